#include "app/capacity/AssignCapacityJobType.h"

#include "app/domain/JsonReader.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/ops/ContentOps.h"
#include "app/ops/OpStep.h"
#include "app/session/ConnectionSession.h"

namespace td {

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
    p.capacityId = jsonString(o, "capacityId");
    p.capacityName = jsonString(o, "capacityName");
    p.pollMs = jsonInt(o, "pollMs", p.pollMs);
    p.pollTimeoutMs = jsonInt(o, "pollTimeoutMs", p.pollTimeoutMs);
    p.retries = jsonInt(o, "retries", p.retries);
    p.retryDelayMs = jsonInt(o, "retryDelayMs", p.retryDelayMs);
    p.rollbackOf = jsonString(o, "rollbackOf");
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

void AssignCapacityJobType::registerWith(JobTypeRegistry &types)
{
    types.registerType(typeName(), &AssignCapacityJobType::plan);
}

QVector<JobStep> AssignCapacityJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams)
{
    const AssignCapacityJobParams job = AssignCapacityJobParams::fromJson(jobParams);
    const QJsonObject item = itemParams;
    const QString target = jsonString(itemParams, "capacityId").isEmpty()
                               ? normalizedCapacityId(job.capacityId)
                               : jsonString(itemParams, "capacityId");
    // Assigning again is harmless. A 429 never fails a workspace: the step waits each Retry-After and runs
    // the op again, without limit; other transient errors share the step's one retry budget.
    OpStep::Retry retry{job.retries, job.retryDelayMs, true};
    return {JobStep{stepName(), [job, item, target, retry](StepCall *call) {
                        OpStep::run(
                            call,
                            [job, item, target](StepCall *k) {
                                auto *op = new AssignCapacityOp(k->session(), jsonString(item, "profileId"),
                                                                jsonString(item, "workspaceId"), target, k);
                                op->setPollInterval(job.pollMs);
                                op->setPollTimeout(job.pollTimeoutMs);
                                return op;
                            },
                            [item, target](StepCall *k, const OpResult &r) {
                                QJsonObject o = r.output;
                                o.insert(QStringLiteral("capacityId"), target);
                                o.insert(QStringLiteral("previousCapacityId"),
                                         jsonString(item, "previousCapacityId"));
                                k->succeed(o, r.requestId);
                            },
                            retry);
                    }}};
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
    return jsonString(item.params, "previousCapacityId");
}

QString AssignCapacityJobType::targetCapacityId(const JobItemInfo &item, const QJsonObject &jobParams)
{
    const QString own = jsonString(item.params, "capacityId");
    return own.isEmpty() ? normalizedCapacityId(jsonString(jobParams, "capacityId")) : own;
}

} // namespace td
