#include "app/health/HealthFixJobType.h"

#include <QSet>

#include "app/api/ApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/audit/AuditLog.h"
#include "app/domain/JsonReader.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/ops/ContentOps.h"
#include "app/ops/OpStep.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {

using Action = HealthFix::Action;

ApiCall *send(StepCall *call, const HealthFix &x)
{
    PowerBiClient *client = call->client();
    if (x.action == Action::RemoveMember)
        return client->deleteGroupUser(x.asProfileId, x.workspaceId, x.identifier, x.memberProfileId);
    if (x.action == Action::DeleteProfile)
        return client->deleteProfile(x.targetId); // as the SP, never with the header
    GroupUser u;
    u.identifier = x.identifier;
    u.principalType = QStringLiteral("App");
    u.groupUserAccessRight = QStringLiteral("Admin");
    u.profileId = x.memberProfileId;
    return client->updateGroupUser(x.asProfileId, x.workspaceId, u);
}

JobStep requestStep(const HealthFix &x)
{
    return {QStringLiteral("fix"), [x](StepCall *call) {
                if (!call->client())
                    return call->fail(HealthFixJobType::tr("The connection is not open."));
                const bool isDelete = x.action != Action::SetAdmin;
                const bool again = call->context().attempt > 1;
                call->await(send(call, x), [call, isDelete, again](const ApiResponse &r) {
                    if (r.ok() || (isDelete && again && r.httpStatus == 404))
                        return call->succeed({}, r.requestId);
                    call->fail(r.error);
                });
            }};
}

JobStep opStep(const HealthFix &x, int pollMs)
{
    // A refresh is not run twice on its own; an assignment is harmless to repeat and waits out 429s.
    const OpStep::Retry retry = x.action == Action::Refresh ? OpStep::Retry{0, RetryDefaults::BaseDelayMs, false}
                                                            : OpStep::Retry{RetryDefaults::StepRetries,
                                                                            RetryDefaults::BaseDelayMs, true};
    return {QStringLiteral("fix"), [x, pollMs, retry](StepCall *call) {
                OpStep::run(
                    call,
                    [x, pollMs](StepCall *k) -> AsyncOp * {
                        AsyncOp *op =
                            x.action == Action::Refresh
                                ? static_cast<AsyncOp *>(
                                      new RefreshOp(k->session(), x.asProfileId, x.workspaceId, x.targetId, k))
                                : new AssignCapacityOp(k->session(), x.asProfileId, x.workspaceId, x.targetId,
                                                       k);
                        op->setPollInterval(pollMs);
                        return op;
                    },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, retry);
            }};
}

void auditRegistry(StepCall *call, const HealthFix &x, const QString &ruleId, const QString &action, bool ok,
                   const QString &error)
{
    AuditLog *audit = call->session() ? call->session()->auditLog() : nullptr;
    if (!audit)
        return;
    AuditEntry e;
    e.connectionId = call->session()->connection().id;
    e.action = action;
    e.targetKind = QStringLiteral("customer");
    e.targetId = x.targetId;
    e.targetName = x.targetName;
    e.ok = ok;
    e.error = ok ? QString() : error;
    e.details = QStringLiteral("health fix %1: %2").arg(ruleId, x.preview);
    audit->append(e);
}

// A registry fix, or (afterDelete) the offboarding of the entry of the profile the fix deleted.
JobStep registryStep(const HealthFix &fix, const QString &ruleId, bool afterDelete, CustomerRegistry *registry)
{
    return {QStringLiteral("registry"), [fix, ruleId, afterDelete, registry](StepCall *call) {
                if (!registry || !call->session())
                    return call->fail(HealthFixJobType::tr("The customer registry is not available."));
                HealthFix x = fix;
                if (afterDelete) {
                    x.action = Action::RegistryOffboard;
                    x.targetId = fix.registryCustomerId;
                }
                const QString conn = call->session()->connection().id;
                const bool add = x.action == Action::RegistryAdd;
                Customer c = add ? Customer() : registry->find(conn, x.targetId);
                if (!add && c.customerId.isEmpty()) {
                    if (afterDelete) // nothing registered for the deleted profile
                        return call->succeed();
                    return call->fail(HealthFixJobType::tr("Registry entry %1 is gone.").arg(x.targetId));
                }
                if (afterDelete)
                    x.targetName = c.displayName;
                QString action = QStringLiteral("registryAdd");
                if (x.action == Action::RegistryOffboard) {
                    action = QStringLiteral("registryOffboard");
                    c.status = QStringLiteral("offboarded");
                } else if (x.action == Action::RegistrySetWorkspaces) {
                    action = QStringLiteral("registryUpdate");
                    c.workspaceIds = x.workspaceIds;
                } else {
                    c.customerId = x.targetId;
                    c.displayName = x.targetName;
                    c.connectionId = conn;
                    c.identity = Customer::Identity::Profile;
                    c.profileId = x.memberProfileId;
                    c.workspaceIds = x.workspaceIds;
                }
                QString error;
                // Added again after an interruption: the entry is there, which is what the fix wants.
                const bool ok = add ? registry->add(c, &error) ||
                                          (call->context().attempt > 1 &&
                                           !registry->find(conn, c.customerId).customerId.isEmpty())
                                    : registry->upsert(c, &error);
                auditRegistry(call, x, ruleId, action, ok, error);
                if (!ok)
                    return call->fail(error);
                call->succeed({{QStringLiteral("customerId"), x.targetId}});
            }};
}

} // namespace

void HealthFixJobType::registerWith(JobTypeRegistry &types, CustomerRegistry *registry)
{
    types.registerType(typeName(), [registry](const QJsonObject &jobParams, const QJsonObject &itemParams) {
        return plan(jobParams, itemParams, registry);
    });
}

QVector<JobStep> HealthFixJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                        CustomerRegistry *registry)
{
    const HealthFix x = HealthFix::fromJson(itemParams.value(QLatin1String("fix")).toObject());
    const QString ruleId = jsonString(itemParams, "ruleId");
    switch (x.action) {
    case Action::RemoveMember:
    case Action::SetAdmin:
        return {requestStep(x)};
    case Action::DeleteProfile:
        if (x.registryCustomerId.isEmpty())
            return {requestStep(x)};
        return {requestStep(x), registryStep(x, ruleId, true, registry)};
    case Action::Refresh:
    case Action::AssignCapacity:
        return {opStep(x, jsonInt(jobParams, "pollMs", RetryDefaults::PollMs))};
    case Action::RegistryOffboard:
    case Action::RegistrySetWorkspaces:
    case Action::RegistryAdd:
        return {registryStep(x, ruleId, false, registry)};
    case Action::None:
        break;
    }
    return {{QStringLiteral("fix"),
             [](StepCall *call) { call->fail(HealthFixJobType::tr("This fix cannot be applied here.")); }}};
}

JobRequest HealthFixJobType::request(const QString &connectionId, const QVector<HealthFinding> &findings,
                                     int pollMs)
{
    JobRequest r;
    r.type = typeName();
    r.connectionId = connectionId;
    r.params = {{QStringLiteral("pollMs"), pollMs}};
    QSet<QString> keys;
    for (const HealthFinding &f : findings) {
        if (!f.fix.isAvailable())
            continue;
        QString key = f.key();
        for (int n = 2; keys.contains(key); ++n) // two findings about the same objects
            key = f.key() + QStringLiteral("#%1").arg(n);
        keys.insert(key);
        r.items << JobItemSpec{key, f.fix.preview,
                               {{QStringLiteral("findingKey"), f.key()},
                                {QStringLiteral("ruleId"), f.ruleId},
                                {QStringLiteral("fix"), f.fix.toJson()}}};
    }
    r.title = tr("Apply %n health fix(es)", nullptr, int(r.items.size()));
    return r;
}

HealthFixResult HealthFixJobType::result(const JobItemInfo &item)
{
    HealthFixResult r;
    r.key = jsonString(item.params, "findingKey");
    r.ruleId = jsonString(item.params, "ruleId");
    r.ok = item.state == ItemState::Done;
    r.message = r.ok ? item.displayName
                     : (item.error.isEmpty() ? tr("Not applied (%1).").arg(displayName(item.state)) : item.error);
    r.requestId = item.requestId;
    return r;
}

} // namespace td
