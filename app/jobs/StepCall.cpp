#include "app/jobs/StepCall.h"

#include <QJsonArray>
#include <QTimer>

#include "app/api/ApiCall.h"
#include "app/api/PagedApiCall.h"
#include "app/jobs/JobsLogging.h"
#include "app/session/ConnectionSession.h"

namespace td {

StepCall::StepCall(const StepContext &context, QObject *parent) : QObject(parent), m_context(context) {}

StepCall::~StepCall()
{
    cancelCalls(m_requests, this);
    cancelCalls(m_lists, this);
}

QJsonObject StepCall::output(const QString &stepName) const
{
    return m_context.outputs.value(stepName).toObject();
}

ConnectionSession *StepCall::session() const
{
    return m_context.session;
}

PowerBiClient *StepCall::client() const
{
    return m_context.session ? m_context.session->client() : nullptr;
}

void StepCall::succeed(const QJsonObject &output, const QString &requestId)
{
    StepResult r;
    r.ok = true;
    r.output = output;
    r.requestId = requestId;
    finish(r);
}

void StepCall::fail(const ApiError &error)
{
    StepResult r;
    r.error = error.isError() ? error : ApiError::make(ApiError::Kind::BadResponse, tr("The step failed."));
    r.requestId = error.requestId;
    finish(r);
}

void StepCall::fail(const QString &message, const QString &requestId)
{
    StepResult r;
    r.error = ApiError::make(ApiError::Kind::BadResponse, message);
    r.error.requestId = requestId;
    r.message = message;
    r.requestId = requestId;
    finish(r);
}

void StepCall::needInput(const QJsonObject &request)
{
    StepResult r;
    r.needsInput = true;
    r.request = request;
    finish(r);
}

void StepCall::finish(const StepResult &result)
{
    if (m_finished) {
        qCWarning(lcJobs) << "step" << m_context.stepName << "completed twice; the second result is ignored";
        return;
    }
    m_finished = true;
    m_result = result;
    QTimer::singleShot(0, this, [this] { Q_EMIT completed(m_result); });
}

void StepCall::requestCancel()
{
    if (m_cancelRequested || m_finished)
        return;
    m_cancelRequested = true;
    Q_EMIT cancelRequested();
}

void StepCall::await(ApiCall *job, const std::function<void(const ApiResponse &)> &onDone)
{
    if (!job) {
        fail(tr("The connection is not open."));
        return;
    }
    m_requests.append(job);
    auto handle = [this, onDone](const ApiResponse &response) {
        if (onDone) {
            onDone(response);
        } else if (response.ok()) {
            succeed(response.json(), response.requestId);
        } else {
            fail(response.error);
        }
    };
    if (job->isFinished()) {
        handle(job->response());
        return;
    }
    connect(job, &ApiCall::finished, this, handle);
    connect(this, &StepCall::cancelRequested, job, &ApiCall::cancel);
    if (m_cancelRequested)
        job->cancel();
}

void StepCall::await(PagedApiCall *job, const std::function<void(const ListResult &)> &onDone)
{
    if (!job) {
        fail(tr("The connection is not open."));
        return;
    }
    m_lists.append(job);
    connect(job, &PagedApiCall::finished, this, [this, onDone](const ListResult &result) {
        if (onDone) {
            onDone(result);
            return;
        }
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        QJsonArray values;
        for (const QJsonObject &o : result.items)
            values.append(o);
        succeed(QJsonObject{{QStringLiteral("value"), values}});
    });
    connect(this, &StepCall::cancelRequested, job, &PagedApiCall::cancel);
    if (m_cancelRequested)
        job->cancel();
}

} // namespace td
