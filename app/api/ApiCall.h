#pragma once
#include <QObject>
#include <functional>

#include "app/api/ApiRequest.h"

namespace td {

class RequestScheduler;

// One job per request: submitted to a RequestScheduler, completes exactly once through finished()
// (success, error, timeout or cancel alike). Deletes itself (deleteLater) after finished().
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const ApiResponse &response() const { return m_response; }

    // Cancels at any point: queued, waiting for a token, in flight, or waiting to retry.
    void cancel();

Q_SIGNALS:
    void finished(const td::ApiResponse &response);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal); // file uploads only

private:
    friend class RequestScheduler;
    friend class CheckedCreate;
    ApiCall(const ApiRequest &request, RequestScheduler *scheduler);
    void complete(const ApiResponse &response); // the single completion path

    // Jobs driven by an operation (not by the scheduler queue) cancel through this instead.
    std::function<void()> m_cancelHandler;

    ApiRequest m_request;
    ApiResponse m_response;
    RequestScheduler *m_scheduler;
    bool m_finished = false;
};

// Stops waiting for a call that may still run (an ApiCall, a PagedApiCall, ...): disconnects it from
// receiver first, so that none of receiver's handlers runs for it, then cancels it. Null: nothing.
template<typename Call> void cancelCall(Call *call, const QObject *receiver)
{
    if (call) {
        QObject::disconnect(call, nullptr, receiver, nullptr);
        call->cancel();
    }
}

// The same for each call of a list of QPointers.
template<typename Calls> void cancelCalls(const Calls &calls, const QObject *receiver)
{
    for (const auto &call : calls)
        cancelCall(call.data(), receiver);
}

} // namespace td

Q_DECLARE_METATYPE(td::ApiResponse)
