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

} // namespace td

Q_DECLARE_METATYPE(td::ApiResponse)
