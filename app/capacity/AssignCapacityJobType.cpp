#include "app/capacity/AssignCapacityJobType.h"

#include <QTimer>

#include "app/audit/AuditLog.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/ops/OpStep.h"
#include "app/ops/ContentOps.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void audit(AuditLog *log, StepCall *call, const QJsonObject &item, const QString &capacityId,
           const OpResult &r, const AssignCapacityJobParams &job)
{
    if (!log || !call->session())
        return;
    AuditEntry e;
    e.connectionId = call->session()->connection().id;
    e.identity = str(item, "profileId");
    e.action = QStringLiteral("assignToCapacity");
    e.targetKind = QStringLiteral("workspace");
    e.targetId = str(item, "workspaceId");
    e.targetName = str(item, "workspaceName");
    e.ok = r.ok;
    e.error = r.ok ? QString() : r.error.summary();
    e.requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
    e.details = job.rollbackOf.isEmpty()
                    ? QStringLiteral("capacity %1 (job %2)").arg(capacityId, call->context().jobId)
                    : QStringLiteral("rollback to capacity %1 (job %2, of job %3)")
                          .arg(capacityId, call->context().jobId, job.rollbackOf);
    log->append(e);
}
} // namespace

QJsonObject AssignCapacityJobParams::toJson() const
{
    return {{QStringLiteral("capacityId"), capacityId}, {QStringLiteral("capacityName"), capacityName},
            {QStringLiteral("pollMs"), pollMs},         {QStringLiteral("pollTimeoutMs"), pollTimeoutMs},
            {QStringLiteral("retries"), retries},       {QStringLiteral("retryDelayMs"), retryDelayMs},
            {QStringLiteral("rollbackOf"), rollbackOf}};
}

AssignCapacityJobParams AssignCapacityJobParams::fromJson(const QJsonObject &o)
{
    AssignCapacityJobParams p;
    p.capacityId = str(o, "capacityId");
    p.capacityName = str(o, "capacityName");
    p.pollMs = o.value(QLatin1String("pollMs")).toInt(p.pollMs);
    p.pollTimeoutMs = o.value(QLatin1String("pollTimeoutMs")).toInt(p.pollTimeoutMs);
    p.retries = o.value(QLatin1String("retries")).toInt(p.retries);
    p.retryDelayMs = o.value(QLatin1String("retryDelayMs")).toInt(p.retryDelayMs);
    p.rollbackOf = str(o, "rollbackOf");
    return p;
}

QJsonObject assignItemParams(const AssignTarget &t, const QString &capacityIdOverride)
{
    QJsonObject o{{QStringLiteral("workspaceId"), t.workspaceId},
                  {QStringLiteral("workspaceName"), t.workspaceName},
                  {QStringLiteral("profileId"), t.adminProfileId},
                  {QStringLiteral("previousCapacityId"),
                   isSharedCapacity(t.currentCapacityId) ? QString() : t.currentCapacityId}};
    if (!capacityIdOverride.isEmpty())
        o.insert(QStringLiteral("capacityId"), normalizedCapacityId(capacityIdOverride));
    if (!t.customerId.isEmpty())
        o.insert(QStringLiteral("customerId"), t.customerId);
    return o;
}

void AssignCapacityJobType::registerWith(JobTypeRegistry &types, AuditLog *audit)
{
    types.registerType(typeName(), [audit](const QJsonObject &jobParams, const QJsonObject &itemParams) {
        return plan(jobParams, itemParams, audit);
    });
}

namespace {
struct AssignCtx
{
    AssignCapacityJobParams job;
    QJsonObject item;
    QString target;
    AuditLog *log = nullptr;
};

// One run of AssignCapacityOp. A 429 (the scheduler already waited its Retry-After several times) is
// tried again after a pause, without limit: throttling slows the job down and never fails a workspace.
// Other transient errors (5xx, network, timeout) are tried again job.retries times; assigning again is
// harmless. Cancelling the step cancels the op.
void attempt(StepCall *call, const AssignCtx &c, int transientTries, int throttledTries)
{
    if (call->isCancelRequested()) {
        call->fail(ApiError::make(ApiError::Kind::Cancelled, AssignCapacityJobType::tr("Cancelled.")));
        return;
    }
    auto *op = new AssignCapacityOp(call->session(), str(c.item, "profileId"), str(c.item, "workspaceId"),
                                    c.target, call);
    op->setPollInterval(c.job.pollMs);
    op->setPollTimeout(c.job.pollTimeoutMs);
    QObject::connect(call, &StepCall::cancelRequested, op, &AsyncOp::cancel);
    QObject::connect(
        op, &AsyncOp::finished, call, [call, c, transientTries, throttledTries](const OpResult &r) {
            if (call->isFinished())
                return;
            if (r.ok) {
                audit(c.log, call, c.item, c.target, r, c.job);
                QJsonObject o = r.output;
                o.insert(QStringLiteral("capacityId"), c.target);
                o.insert(QStringLiteral("previousCapacityId"), str(c.item, "previousCapacityId"));
                call->succeed(o, r.requestId);
                return;
            }
            const bool again = !r.cancelled() && !call->isCancelRequested();
            const bool throttled = r.error.kind == ApiError::Kind::Http && r.error.httpStatus == 429;
            if (again && (throttled || (transientTries < c.job.retries && OpStep::isTransient(r.error)))) {
                const int n = throttled ? throttledTries : transientTries;
                const int pause = qMin(qMax(1, c.job.retryDelayMs) << qMin(n, 6), 30000);
                QTimer::singleShot(pause, call, [call, c, transientTries, throttledTries, throttled] {
                    if (!call->isFinished())
                        attempt(call, c, transientTries + (throttled ? 0 : 1),
                                throttledTries + (throttled ? 1 : 0));
                });
                return;
            }
            if (!r.cancelled())
                audit(c.log, call, c.item, c.target, r, c.job);
            call->fail(r.error);
        });
    op->start();
}
} // namespace

QVector<JobStep> AssignCapacityJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                             AuditLog *log)
{
    AssignCtx c;
    c.job = AssignCapacityJobParams::fromJson(jobParams);
    c.item = itemParams;
    c.target = str(itemParams, "capacityId").isEmpty() ? normalizedCapacityId(c.job.capacityId)
                                                       : str(itemParams, "capacityId");
    c.log = log;
    return {JobStep{stepName(), [c](StepCall *call) { attempt(call, c, 0, 0); }}};
}

JobRequest AssignCapacityJobType::request(const QString &connectionId, const CapacityPlan &plan,
                                          const AssignCapacityJobParams &params, const QString &title)
{
    AssignCapacityJobParams p = params;
    p.capacityId = normalizedCapacityId(plan.target.id);
    if (p.capacityName.isEmpty())
        p.capacityName =
            plan.target.isShared() ? CapacityInfo::shared().displayName : plan.target.displayName;
    JobRequest r;
    r.type = typeName();
    r.connectionId = connectionId;
    r.params = p.toJson();
    const QVector<AssignTarget> moves = plan.moves();
    r.title = title.isEmpty()
                  ? tr("Move %n workspace(s) to %1", nullptr, int(moves.size())).arg(p.capacityName)
                  : title;
    for (const AssignTarget &t : moves)
        r.items << JobItemSpec{t.workspaceId, t.workspaceName, assignItemParams(t)};
    return r;
}

QString AssignCapacityJobType::previousCapacityId(const JobItemInfo &item)
{
    return str(item.params, "previousCapacityId");
}

QString AssignCapacityJobType::targetCapacityId(const JobItemInfo &item, const QJsonObject &jobParams)
{
    const QString own = str(item.params, "capacityId");
    return own.isEmpty() ? normalizedCapacityId(str(jobParams, "capacityId")) : own;
}

} // namespace td
