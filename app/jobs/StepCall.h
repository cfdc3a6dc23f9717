#pragma once
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

#include "app/api/ApiRequest.h"
#include "app/jobs/JobStep.h"

namespace td {

class ConnectionSession;
class PagedApiCall;
class PowerBiClient;
class ApiCall;
struct ListResult;

// What a step sees while it runs.
struct StepContext
{
    QString jobId;
    QString itemKey;
    QString stepName;
    int stepIndex = 0;
    int attempt = 1;       // 1 on the first run of this step, more after an interruption or a retry
    QJsonObject jobParams; // the job's parameters
    QJsonObject params;    // the item's parameters
    QJsonObject outputs;   // outputs of the item's finished steps, by step name (from the journal)
    QPointer<ConnectionSession> session; // the job's connection; null for a job without one
    QJsonObject input;                   // the input given to this step after it asked (needInput), {} before
    QString secret; // the item's secret (JobItemSpec::secret or an input's "secret"), memory only
};

// One run of one step. Completes exactly once (later calls are ignored with a warning); the engine
// receives completed() on the next event-loop turn, so a step may succeed() synchronously.
// Destroying a StepCall (engine gone mid-run) cancels the requests it awaits and emits nothing.
class StepCall : public QObject
{
    Q_OBJECT
public:
    explicit StepCall(const StepContext &context, QObject *parent = nullptr);
    ~StepCall() override;

    const StepContext &context() const { return m_context; }
    const QJsonObject &params() const { return m_context.params; }
    const QJsonObject &jobParams() const { return m_context.jobParams; }
    QJsonObject output(const QString &stepName) const; // {} when that step has no output
    const QJsonObject &input() const { return m_context.input; }
    const QString &secret() const { return m_context.secret; }
    ConnectionSession *session() const;
    PowerBiClient *client() const; // null when the job has no open connection
    bool isCancelRequested() const { return m_cancelRequested; }
    bool isFinished() const { return m_finished; }
    const StepResult &result() const { return m_result; }

    void succeed(const QJsonObject &output = {}, const QString &requestId = {});
    void fail(const ApiError &error);
    void fail(const QString &message, const QString &requestId = {}); // the item shows this message
    // Stops the item until JobEngine::provideInput() answers; the request is journaled (no secrets in
    // it). Then this step runs again with input().
    void needInput(const QJsonObject &request);

    // Awaits a request: a cancel of the step cancels it. When it finishes, onDone runs; without onDone
    // the step succeeds with the response's JSON object (fails with its error).
    void await(ApiCall *job, const std::function<void(const ApiResponse &)> &onDone = {});
    // Awaits a list: without onDone the step succeeds with {"value": [...]} (fails with its error).
    void await(PagedApiCall *job, const std::function<void(const ListResult &)> &onDone = {});

    // The engine: asks the step to stop. Awaited requests are cancelled; a step with its own work
    // should watch cancelRequested() and fail(ApiError::make(Kind::Cancelled, ...)).
    void requestCancel();

    // Progress within the step (e.g. an upload's bytes), for views that follow the item; not journaled.
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progress(done, total); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void cancelRequested();
    void completed(const td::StepResult &result); // exactly once, queued after succeed()/fail()

private:
    void finish(const StepResult &result);

    StepContext m_context;
    StepResult m_result;
    QVector<QPointer<ApiCall>> m_requests;
    QVector<QPointer<PagedApiCall>> m_lists;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace td
