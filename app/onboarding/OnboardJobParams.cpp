#include "app/onboarding/OnboardJobParams.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include "app/domain/JsonReader.h"
#include "app/onboarding/OnboardingPlan.h"

namespace td {

QJsonObject OnboardJobParams::toJson() const
{
    return QJsonObject{{QStringLiteral("profileTemplate"), naming.profileTemplate},
                       {QStringLiteral("workspaceTemplate"), naming.workspaceTemplate},
                       {QStringLiteral("datasetTemplate"), naming.datasetTemplate},
                       {QStringLiteral("csvDir"), csvDir},
                       {QStringLiteral("nameConflict"), nameConflict},
                       {QStringLiteral("pollMs"), pollMs},
                       {QStringLiteral("retries"), retries},
                       {QStringLiteral("retryDelayMs"), retryDelayMs}};
}

OnboardJobParams OnboardJobParams::fromJson(const QJsonObject &o)
{
    OnboardJobParams p;
    p.naming.profileTemplate = jsonString(o, "profileTemplate", p.naming.profileTemplate);
    p.naming.workspaceTemplate = jsonString(o, "workspaceTemplate", p.naming.workspaceTemplate);
    p.naming.datasetTemplate = jsonString(o, "datasetTemplate", p.naming.datasetTemplate);
    p.csvDir = jsonString(o, "csvDir");
    p.nameConflict = jsonString(o, "nameConflict", p.nameConflict);
    p.pollMs = qMax(10, jsonInt(o, "pollMs", p.pollMs));
    p.retries = qBound(0, jsonInt(o, "retries", p.retries), 20);
    p.retryDelayMs = qMax(0, jsonInt(o, "retryDelayMs", p.retryDelayMs));
    return p;
}

QJsonObject onboardItemParams(const OnboardingRow &row)
{
    QJsonArray params;
    for (const auto &p : row.parameters) {
        if (!p.second.isEmpty())
            params.append(
                QJsonObject{{QStringLiteral("name"), p.first}, {QStringLiteral("value"), p.second}});
    }
    QJsonObject item{{QStringLiteral("customerId"), row.customerId},
                     {QStringLiteral("displayName"), row.displayName},
                     {QStringLiteral("capacityId"), row.capacityId},
                     {QStringLiteral("pbix"), row.pbixPath},
                     {QStringLiteral("line"), row.line},
                     {QStringLiteral("parameters"), params}};
    if (row.update) {
        item.insert(QStringLiteral("existing"), QStringLiteral("update"));
        if (!row.profileId.isEmpty())
            item.insert(QStringLiteral("profileId"), row.profileId);
        if (!row.workspaceId.isEmpty())
            item.insert(QStringLiteral("workspaceId"), row.workspaceId);
    }
    return item;
}

OnboardingRow onboardRowFromParams(const QJsonObject &params, const QString &csvDir)
{
    OnboardingRow row;
    row.line = jsonInt(params, "line");
    row.customerId = jsonString(params, "customerId");
    row.displayName = jsonString(params, "displayName");
    row.capacityId = jsonString(params, "capacityId");
    row.pbixPath = jsonString(params, "pbix");
    row.update = jsonString(params, "existing") == QLatin1String("update");
    if (row.update) {
        row.profileId = jsonString(params, "profileId");
        row.workspaceId = jsonString(params, "workspaceId");
    }
    if (!row.pbixPath.isEmpty() && QDir::isRelativePath(row.pbixPath) && !csvDir.isEmpty())
        row.pbixPath = QDir::cleanPath(QDir(csvDir).absoluteFilePath(row.pbixPath));
    const QJsonArray arr = params.value(QLatin1String("parameters")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        row.parameters.append({jsonString(o, "name"), jsonString(o, "value")});
    }
    return row;
}

JobRequest onboardRequest(const OnboardingPlan &plan, int pollMs)
{
    OnboardingRow row;
    row.customerId = plan.customerId;
    row.displayName = plan.displayName;
    row.capacityId = plan.capacityId;
    row.parameters = plan.parameters;
    QJsonObject item = onboardItemParams(row);
    item.remove(QStringLiteral("line"));
    if (plan.createProfile)
        item.insert(QStringLiteral("profileName"), plan.profileName);
    else
        item.insert(QStringLiteral("profileId"), plan.profileId);
    if (plan.createWorkspace)
        item.insert(QStringLiteral("workspaceName"), plan.workspaceName);
    else
        item.insert(QStringLiteral("workspaceId"), plan.workspaceId);
    if (!plan.pbixFiles.isEmpty()) {
        item.insert(QStringLiteral("pbixFiles"), QJsonArray::fromStringList(plan.pbixFiles));
        item.insert(QStringLiteral("reviewParameters"), plan.reviewParameters);
        item.insert(QStringLiteral("refresh"), plan.refresh);
        item.insert(QStringLiteral("embedCheck"), plan.embedCheck);
        if (plan.setCredentials) {
            const DatasourceCredentials &c = plan.credentials;
            item.insert(QStringLiteral("credentials"),
                        QJsonObject{{QStringLiteral("type"), int(c.type)},
                                    {QStringLiteral("username"), c.username},
                                    {QStringLiteral("privacyLevel"), c.privacyLevel},
                                    {QStringLiteral("encryptedConnection"), c.encryptedConnection}});
        }
    }
    OnboardJobParams job;
    job.nameConflict = plan.nameConflict;
    job.pollMs = pollMs;
    job.retries = 0; // the request layer retries; a failed step stops the wizard's run at once
    JobRequest r;
    r.type = QStringLiteral("onboard");
    r.title = QCoreApplication::translate("OnboardJobType", "Onboard %1 (%2)")
                  .arg(plan.customerId, plan.displayName);
    r.connectionId = plan.connectionId;
    r.params = job.toJson();
    r.items << JobItemSpec{plan.customerId, plan.displayName, item};
    if (plan.setCredentials && !plan.credentials.secret.isEmpty())
        r.secrets.insert(plan.customerId, plan.credentials.secret);
    return r;
}

QJsonObject onboardingCreated(const QJsonObject &outputs, const QJsonObject &earlier)
{
    const QJsonObject profile = outputs.value(QLatin1String("profile")).toObject();
    const QJsonObject workspace = outputs.value(QLatin1String("workspace")).toObject();
    QJsonObject made = earlier;
    if (jsonBool(profile, "created")) {
        made.insert(QStringLiteral("profileId"), profile.value(QLatin1String("profileId")));
        made.insert(QStringLiteral("profileName"), profile.value(QLatin1String("displayName")));
    }
    if (jsonBool(workspace, "created")) {
        made.insert(QStringLiteral("workspaceId"), workspace.value(QLatin1String("workspaceId")));
        made.insert(QStringLiteral("workspaceName"), workspace.value(QLatin1String("name")));
    }
    if (jsonBool(workspace, "added")) {
        made.insert(QStringLiteral("adminWorkspaceId"), workspace.value(QLatin1String("workspaceId")));
        made.insert(QStringLiteral("adminProfileId"), profile.value(QLatin1String("profileId")));
    }
    return made;
}

} // namespace td
