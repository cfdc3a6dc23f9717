#include "app/onboarding/OnboardJobParams.h"

#include <QDir>
#include <QJsonArray>

namespace td {

namespace {
QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}
} // namespace

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
    p.naming.profileTemplate = str(o, "profileTemplate", p.naming.profileTemplate);
    p.naming.workspaceTemplate = str(o, "workspaceTemplate", p.naming.workspaceTemplate);
    p.naming.datasetTemplate = str(o, "datasetTemplate", p.naming.datasetTemplate);
    p.csvDir = str(o, "csvDir");
    p.nameConflict = str(o, "nameConflict", p.nameConflict);
    p.pollMs = qMax(10, o.value(QLatin1String("pollMs")).toInt(p.pollMs));
    p.retries = qBound(0, o.value(QLatin1String("retries")).toInt(p.retries), 20);
    p.retryDelayMs = qMax(0, o.value(QLatin1String("retryDelayMs")).toInt(p.retryDelayMs));
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
    return QJsonObject{{QStringLiteral("customerId"), row.customerId},
                       {QStringLiteral("displayName"), row.displayName},
                       {QStringLiteral("capacityId"), row.capacityId},
                       {QStringLiteral("pbix"), row.pbixPath},
                       {QStringLiteral("line"), row.line},
                       {QStringLiteral("parameters"), params}};
}

OnboardingRow onboardRowFromParams(const QJsonObject &params, const QString &csvDir)
{
    OnboardingRow row;
    row.line = params.value(QLatin1String("line")).toInt();
    row.customerId = str(params, "customerId");
    row.displayName = str(params, "displayName");
    row.capacityId = str(params, "capacityId");
    row.pbixPath = str(params, "pbix");
    if (!row.pbixPath.isEmpty() && QDir::isRelativePath(row.pbixPath) && !csvDir.isEmpty())
        row.pbixPath = QDir::cleanPath(QDir(csvDir).absoluteFilePath(row.pbixPath));
    const QJsonArray arr = params.value(QLatin1String("parameters")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        row.parameters.append({str(o, "name"), str(o, "value")});
    }
    return row;
}

} // namespace td
