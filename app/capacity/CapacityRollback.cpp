#include "app/capacity/CapacityRollback.h"

#include "app/domain/JsonReader.h"

namespace td {

QVector<JobItemSpec> CapacityRollback::itemsFor(const QVector<JobItemInfo> &items, Scope scope)
{
    QVector<JobItemSpec> out;
    for (const JobItemInfo &item : items) {
        const bool failed = item.state == ItemState::Failed || item.state == ItemState::Cancelled;
        const bool moved = item.state == ItemState::Done;
        const bool in = scope == Scope::All ? (failed || moved) : scope == Scope::Failed ? failed : moved;
        if (!in)
            continue;
        AssignTarget t;
        t.workspaceId = jsonString(item.params, "workspaceId", item.key);
        t.workspaceName = jsonString(item.params, "workspaceName", item.displayName);
        t.adminProfileId = jsonString(item.params, "profileId");
        t.customerId = jsonString(item.params, "customerId");
        // Where it went (or was meant to go) becomes its "previous" capacity in the rollback.
        const QString wentTo = jsonString(item.params, "capacityId");
        t.currentCapacityId = wentTo;
        QJsonObject params =
            assignItemParams(t, normalizedCapacityId(AssignCapacityJobType::previousCapacityId(item)));
        params.insert(QStringLiteral("rollbackOfItem"), item.key);
        out << JobItemSpec{item.key, item.displayName, params};
    }
    return out;
}

JobRequest CapacityRollback::request(const JobInfo &job, const QVector<JobItemInfo> &items, Scope scope,
                                     QString *error)
{
    JobRequest r;
    if (job.type != AssignCapacityJobType::typeName()) {
        if (error)
            *error = tr("Job %1 is not a capacity assignment.").arg(job.id);
        return r;
    }
    QVector<JobItemSpec> specs = itemsFor(items, scope);
    if (specs.isEmpty()) {
        if (error)
            *error = tr("Job %1 has no workspaces to move back.").arg(job.id);
        return r;
    }
    const QString target = AssignCapacityJobParams::fromJson(job.params).capacityId;
    // The forward job's target becomes each item's previousCapacityId (for a rollback of the rollback).
    for (JobItemSpec &s : specs) {
        if (jsonString(s.params, "previousCapacityId").isEmpty())
            s.params.insert(QStringLiteral("previousCapacityId"),
                            isSharedCapacity(target) ? QString() : target);
    }
    AssignCapacityJobParams p = AssignCapacityJobParams::fromJson(job.params);
    p.rollbackOf = job.id;
    p.capacityName = tr("their previous capacities");
    r.type = AssignCapacityJobType::typeName();
    r.connectionId = job.connectionId;
    r.params = p.toJson();
    r.title = tr("Roll back: move %n workspace(s) back", nullptr, int(specs.size()));
    r.items = specs;
    return r;
}

} // namespace td
