#include "app/onboarding/OnboardRollbackJobType.h"

#include <QJsonArray>

#include "app/api/ApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/domain/JsonReader.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {

QJsonObject made(const JobRequest &rollback)
{
    return rollback.items.value(0).params.value(QLatin1String("created")).toObject();
}

// Sends one delete; done or gone already (404) is success.
JobStep deleteStep(const QString &name, const std::function<ApiCall *(StepCall *)> &send)
{
    return {name, [send](StepCall *call) {
                if (!call->client())
                    return call->fail(OnboardRollbackJobType::tr("The connection is not open."));
                call->await(send(call), [call](const ApiResponse &r) {
                    if (r.ok() || r.httpStatus == 404)
                        return call->succeed({{QStringLiteral("deleted"), r.ok()}}, r.requestId);
                    call->fail(r.error);
                });
            }};
}

} // namespace

void OnboardRollbackJobType::registerWith(JobTypeRegistry &types, CustomerRegistry *registry)
{
    types.registerType(typeName(), [registry](const QJsonObject &jobParams, const QJsonObject &itemParams) {
        return plan(jobParams, itemParams, registry);
    });
}

QVector<JobStep> OnboardRollbackJobType::plan(const QJsonObject &, const QJsonObject &itemParams,
                                              CustomerRegistry *registry)
{
    const QJsonObject made = itemParams.value(QLatin1String("created")).toObject();
    const QString profile = jsonString(made, "profileId"), workspace = jsonString(made, "workspaceId");
    const QString adminOf = jsonString(made, "adminWorkspaceId"), admin = jsonString(made, "adminProfileId");
    const QString owner = jsonString(itemParams, "profileId"); // the workspace's Admin; the SP is no member
    const QString customerId = jsonString(itemParams, "customerId");
    QVector<JobStep> steps;
    if (!adminOf.isEmpty())
        steps << deleteStep(QStringLiteral("admin"), [adminOf, admin](StepCall *call) {
            const QString sp = call->session()->connection().servicePrincipalObjectId;
            return call->client()->deleteGroupUser(QString(), adminOf, sp, admin);
        });
    if (!workspace.isEmpty())
        steps << deleteStep(QStringLiteral("workspace"), [owner, workspace](StepCall *call) {
            return call->client()->deleteGroup(owner, workspace);
        });
    if (!profile.isEmpty())
        steps << deleteStep(QStringLiteral("profile"),
                            [profile](StepCall *call) { return call->client()->deleteProfile(profile); });
    if (itemParams.value(QLatin1String("registry")).toBool())
        steps << JobStep{
            QStringLiteral("registry"), [registry, customerId](StepCall *call) {
                const QString conn = call->session() ? call->session()->connection().id : QString();
                if (registry && !registry->find(conn, customerId).customerId.isEmpty() &&
                    !registry->remove(conn, customerId))
                    return call->fail(tr("Could not remove customer %1 from the registry.").arg(customerId));
                call->succeed({{QStringLiteral("removed"), true}});
            }};
    return steps;
}

JobRequest OnboardRollbackJobType::request(const QString &connectionId, const JobItemInfo &onboardItem,
                                           CustomerRegistry *registry)
{
    const Customer entry = registry ? registry->find(connectionId, onboardItem.key) : Customer();
    const QJsonObject made = onboardingCreated(onboardItem.result, entry.onboarding);
    auto used = [&onboardItem](const char *step, const char *key) {
        return jsonString(onboardItem.result.value(QLatin1String(step)).toObject(), key);
    };
    QString profileId = used("profile", "profileId");
    if (profileId.isEmpty())
        profileId = made.value(QLatin1String("profileId")).toString(entry.profileId);
    QJsonArray importsKept; // imported into a workspace it did not create
    const QJsonArray imports = onboardItem.result.value(QLatin1String("import"))
                                   .toObject()
                                   .value(QLatin1String("imports"))
                                   .toArray();
    for (const QJsonValue &v : imports) {
        if (!made.contains(QLatin1String("workspaceId")) &&
            v.toObject().value(QLatin1String("created")).toBool())
            importsKept.append(v.toObject().value(QLatin1String("datasetId")));
    }
    JobRequest r;
    if (made.isEmpty() && entry.customerId.isEmpty())
        return r;
    r.type = typeName();
    r.title = tr("Roll back the onboarding of %1").arg(onboardItem.key);
    r.connectionId = connectionId;
    r.items << JobItemSpec{onboardItem.key,
                           onboardItem.displayName,
                           {{QStringLiteral("customerId"), onboardItem.key},
                            {QStringLiteral("created"), made},
                            {QStringLiteral("profileId"), profileId},
                            {QStringLiteral("workspaceId"), used("workspace", "workspaceId")},
                            {QStringLiteral("importsKept"), importsKept},
                            {QStringLiteral("registry"), !entry.customerId.isEmpty()}}};
    return r;
}

QStringList OnboardRollbackJobType::deletes(const JobRequest &rollback)
{
    const QJsonObject m = made(rollback);
    QStringList out;
    if (m.contains(QLatin1String("adminWorkspaceId")))
        out << tr("Remove profile %1 from workspace %2")
                   .arg(jsonString(m, "adminProfileId"), jsonString(m, "adminWorkspaceId"));
    if (m.contains(QLatin1String("workspaceId")))
        out << tr("Delete workspace \"%1\" (%2) and the content imported into it")
                   .arg(jsonString(m, "workspaceName"), jsonString(m, "workspaceId"));
    if (m.contains(QLatin1String("profileId")))
        out << tr("Delete profile \"%1\" (%2)").arg(jsonString(m, "profileName"), jsonString(m, "profileId"));
    if (rollback.items.value(0).params.value(QLatin1String("registry")).toBool())
        out << tr("Remove customer %1 from the registry").arg(rollback.items.value(0).key);
    return out;
}

QStringList OnboardRollbackJobType::keeps(const JobRequest &rollback)
{
    const QJsonObject p = rollback.items.value(0).params, m = made(rollback);
    QStringList out;
    for (const QJsonValue &id : p.value(QLatin1String("importsKept")).toArray())
        out << tr("Imported model %1 in the existing workspace (delete it by hand if needed)")
                   .arg(id.toString());
    if (!m.contains(QLatin1String("workspaceId")) && !jsonString(p, "workspaceId").isEmpty())
        out << tr("Workspace %1 (it existed before)").arg(jsonString(p, "workspaceId"));
    if (!m.contains(QLatin1String("profileId")) && !jsonString(p, "profileId").isEmpty())
        out << tr("Profile %1 (it existed before)").arg(jsonString(p, "profileId"));
    return out;
}

} // namespace td
