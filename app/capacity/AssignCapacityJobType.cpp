#include "capacity/AssignCapacityJobType.h"

#include "audit/AuditLog.h"
#include "jobs/JobTypeRegistry.h"
#include "jobs/StepCall.h"
#include "onboarding/OpStep.h"
#include "ops/ContentOps.h"
#include "session/ConnectionSession.h"

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

QVector<JobStep> AssignCapacityJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                             AuditLog *log)
{
    const AssignCapacityJobParams job = AssignCapacityJobParams::fromJson(jobParams);
    const QString target = str(itemParams, "capacityId").isEmpty() ? normalizedCapacityId(job.capacityId)
                                                                   : str(itemParams, "capacityId");
    JobStep assign{
        stepName(), [job, itemParams, target, log](StepCall *call) {
            const QString profileId = str(itemParams, "profileId");
            const QString workspaceId = str(itemParams, "workspaceId");
            OpStep::run(
                call,
                [job, profileId, workspaceId, target](StepCall *k) {
                    auto *op = new AssignCapacityOp(k->session(), profileId, workspaceId, target, k);
                    op->setPollInterval(job.pollMs);
                    op->setPollTimeout(job.pollTimeoutMs);
                    return op;
                },
                [job, itemParams, target, log](StepCall *k, const OpResult &r) {
                    audit(log, k, itemParams, target, r, job);
                    QJsonObject o = r.output;
                    o.insert(QStringLiteral("capacityId"), target);
                    o.insert(QStringLiteral("previousCapacityId"), str(itemParams, "previousCapacityId"));
                    k->succeed(o, r.requestId);
                },
                {job.retries, job.retryDelayMs},
                [job, itemParams, target, log](StepCall *k, const OpResult &r) {
                    audit(log, k, itemParams, target, r, job);
                });
        }};
    return {assign};
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
