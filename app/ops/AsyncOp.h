#pragma once
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

#include "app/api/ApiError.h"
#include "app/api/RetryMath.h"

namespace td {

class ConnectionSession;
class PagedApiCall;
class ApiCall;
struct ApiResponse;
struct ListResult;

// The value an operation ends with. output holds ids and facts (never a secret or token).
struct OpResult
{
    bool ok = false;
    QJsonObject output;
    ApiError error;    // when !ok
    QString requestId; // of the call that decided the outcome
    bool cancelled() const { return !ok && error.kind == ApiError::Kind::Cancelled; }
};

// A multi-request operation (check, create, poll ...) with one completion path: finished() fires exactly
// once, then the object deletes itself. cancel() aborts the request in flight and any wait. Every
// operation is idempotent: run again, it finds what an earlier run made instead of making it twice.
class AsyncOp : public QObject
{
    Q_OBJECT
public:
    explicit AsyncOp(ConnectionSession *session, QObject *parent = nullptr);
    ~AsyncOp() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setPollTimeout(int ms) { m_pollTimeoutMs = ms; }

Q_SIGNALS:
    void finished(const td::OpResult &result);
    void progress(const QString &what); // a short, translated description of the current step

protected:
    virtual void run() = 0;
    ConnectionSession *session() const { return m_session; }
    void succeed(const QJsonObject &output, const QString &requestId = {});
    void fail(const ApiError &error);
    void failWith(const QString &message, const QString &requestId = {});
    // Sends and tracks; the callback runs only while this op is alive and not finished.
    void call(ApiCall *job, std::function<void(const ApiResponse &)> then);
    void list(PagedApiCall *job, std::function<void(const ListResult &)> then);
    // The same for an answer the op cannot go on without: an error fails the op, then runs on success only.
    void callOrFail(ApiCall *job, std::function<void(const ApiResponse &)> then);
    void listOrFail(PagedApiCall *job, std::function<void(const ListResult &)> then);
    // Calls again after the poll interval, until the poll timeout is spent (then fails with Timeout).
    void pollLater(std::function<void()> next);

private:
    void complete(const OpResult &result);

    QPointer<ConnectionSession> m_session;
    QPointer<ApiCall> m_job;
    QPointer<PagedApiCall> m_list;
    QTimer m_pollTimer;
    std::function<void()> m_pollNext;
    qint64 m_pollSpentMs = 0;
    int m_pollMs = RetryDefaults::PollMs;
    int m_pollTimeoutMs = RetryDefaults::PollTimeoutMs;
    bool m_finished = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::OpResult)
