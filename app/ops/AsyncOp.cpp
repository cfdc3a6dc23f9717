#include "app/ops/AsyncOp.h"

#include "app/api/ApiCall.h"
#include "app/api/PagedApiCall.h"
#include "app/session/ConnectionSession.h"

namespace td {

AsyncOp::AsyncOp(ConnectionSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_pollSpentMs += m_pollMs;
        if (m_pollNext)
            m_pollNext();
    });
}

AsyncOp::~AsyncOp()
{
    // Disconnect first: a cancelled request may still signal (e.g. upload progress), and this object's
    // derived part is already gone here.
    cancelCall(m_job.data(), this);
    cancelCall(m_list.data(), this);
}

void AsyncOp::start()
{
    if (!m_session) {
        fail(ApiError::make(ApiError::Kind::Config, tr("The connection is closed.")));
        return;
    }
    // From the event loop, so a caller can connect to finished() after start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

void AsyncOp::cancel()
{
    if (m_finished)
        return;
    m_pollTimer.stop();
    if (m_job)
        m_job->cancel();
    if (m_list)
        m_list->cancel();
    fail(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void AsyncOp::succeed(const QJsonObject &output, const QString &requestId)
{
    OpResult r;
    r.ok = true;
    r.output = output;
    r.requestId = requestId;
    complete(r);
}

void AsyncOp::fail(const ApiError &error)
{
    OpResult r;
    r.error = error;
    r.requestId = error.requestId;
    complete(r);
}

void AsyncOp::failWith(const QString &message, const QString &requestId)
{
    ApiError e = ApiError::make(ApiError::Kind::Http, message);
    e.requestId = requestId;
    fail(e);
}

void AsyncOp::complete(const OpResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    Q_EMIT finished(result);
    deleteLater();
}

void AsyncOp::call(ApiCall *job, std::function<void(const ApiResponse &)> then)
{
    m_job = job;
    connect(job, &ApiCall::finished, this, [this, then](const ApiResponse &response) {
        m_job = nullptr;
        if (!m_finished)
            then(response);
    });
}

void AsyncOp::list(PagedApiCall *job, std::function<void(const ListResult &)> then)
{
    m_list = job;
    connect(job, &PagedApiCall::finished, this, [this, then](const ListResult &result) {
        m_list = nullptr;
        if (!m_finished)
            then(result);
    });
}

void AsyncOp::callOrFail(ApiCall *job, std::function<void(const ApiResponse &)> then)
{
    call(job, [this, then](const ApiResponse &response) {
        if (response.ok())
            then(response);
        else
            fail(response.error);
    });
}

void AsyncOp::listOrFail(PagedApiCall *job, std::function<void(const ListResult &)> then)
{
    list(job, [this, then](const ListResult &result) {
        if (result.ok())
            then(result);
        else
            fail(result.error);
    });
}

void AsyncOp::pollLater(std::function<void()> next)
{
    if (m_pollSpentMs >= m_pollTimeoutMs) {
        fail(ApiError::make(ApiError::Kind::Timeout, tr("Still not finished after %n second(s) of waiting.",
                                                        nullptr, m_pollTimeoutMs / 1000)));
        return;
    }
    m_pollNext = std::move(next);
    m_pollTimer.start(m_pollMs);
}

} // namespace td
