#include "app/domain/ContentTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "app/domain/JsonFields.h"

namespace td {

namespace {
QLatin1String k(const char *s)
{
    return QLatin1String(s);
}

const JsonFields<Import> kImportFields{
    {"id", &Import::id}, {"name", &Import::name}, {"importState", &Import::importState}};

const JsonFields<MashupParameter> kParameterFields{{"name", &MashupParameter::name},
                                                   {"type", &MashupParameter::type},
                                                   {"isRequired", &MashupParameter::isRequired},
                                                   {"currentValue", &MashupParameter::currentValue}};

const JsonFields<Datasource> kDatasourceFields{{"datasourceType", &Datasource::datasourceType},
                                               {"gatewayId", &Datasource::gatewayId},
                                               {"datasourceId", &Datasource::datasourceId}};

const JsonFields<RefreshEntry> kRefreshFields{
    {"requestId", &RefreshEntry::requestId}, {"refreshType", &RefreshEntry::refreshType},
    {"status", &RefreshEntry::status},       {"startTime", &RefreshEntry::startTime},
    {"endTime", &RefreshEntry::endTime},     {"serviceExceptionJson", &RefreshEntry::serviceExceptionJson}};

const JsonFields<EmbedToken> kEmbedTokenFields{{"token", &EmbedToken::token},
                                               {"tokenId", &EmbedToken::tokenId},
                                               {"expiration", &EmbedToken::expiration}};

const JsonFields<CapacityAssignment> kAssignmentFields{{"status", &CapacityAssignment::status},
                                                       {"capacityId", &CapacityAssignment::capacityId},
                                                       {"startTime", &CapacityAssignment::startTime},
                                                       {"endTime", &CapacityAssignment::endTime},
                                                       {"activityId", &CapacityAssignment::activityId}};

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray idObjects(const QStringList &ids)
{
    QJsonArray a;
    for (const QString &id : ids)
        a.append(QJsonObject{{QStringLiteral("id"), id}});
    return a;
}

const EnumKey<DatasourceCredentials::Type> kCredentialTypes[] = {
    {DatasourceCredentials::Type::Basic, "Basic"},
    {DatasourceCredentials::Type::Key, "Key"},
    {DatasourceCredentials::Type::OAuth2, "OAuth2"}};
} // namespace

Import Import::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Import i = kImportFields.readApi(o);
    for (const QJsonValue &v : r.array(k("reports")))
        i.reports.append(Report::fromJson(v.toObject()));
    for (const QJsonValue &v : r.array(k("datasets")))
        i.datasets.append(Dataset::fromJson(v.toObject()));
    const JsonReader err(r.object(k("error")));
    i.errorCode = err.string(k("code"));
    i.errorMessage = err.string(k("message"));
    i.raw = o;
    return i;
}

MashupParameter MashupParameter::fromJson(const QJsonObject &o)
{
    MashupParameter p = kParameterFields.readApi(o);
    for (const QJsonValue &v : JsonReader(o).array(k("suggestedValues")))
        p.suggestedValues.append(v.toString());
    p.raw = o;
    return p;
}

QString Datasource::describe() const
{
    const JsonReader r(connectionDetails);
    QStringList where;
    for (const char *key : {"server", "database", "url", "path", "account"}) {
        const QString v = r.string(k(key));
        if (!v.isEmpty())
            where.append(v);
    }
    return where.isEmpty() ? datasourceType
                           : QStringLiteral("%1: %2").arg(datasourceType, where.join(QStringLiteral(" / ")));
}

Datasource Datasource::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Datasource d = kDatasourceFields.readApi(o);
    d.connectionDetails = r.object(k("connectionDetails"));
    if (d.connectionDetails.isEmpty()) // gateway data sources carry it as a JSON string
        d.connectionDetails = QJsonDocument::fromJson(r.string(k("connectionDetails")).toUtf8()).object();
    d.raw = o;
    return d;
}

QString RefreshEntry::errorCode() const
{
    if (serviceExceptionJson.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(serviceExceptionJson.toUtf8()).object();
    const QString code = JsonReader(o).string(k("errorCode"));
    return code.isEmpty() ? serviceExceptionJson.left(200) : code;
}

RefreshEntry RefreshEntry::fromJson(const QJsonObject &o)
{
    RefreshEntry e = kRefreshFields.readApi(o);
    e.raw = o;
    return e;
}

EmbedToken EmbedToken::fromJson(const QJsonObject &o)
{
    return kEmbedTokenFields.readApi(o);
}

bool CapacityAssignment::isFinished() const
{
    return status == QLatin1String("CompletedSuccessfully") || status == QLatin1String("AssignmentFailed");
}

CapacityAssignment CapacityAssignment::fromJson(const QJsonObject &o)
{
    return kAssignmentFields.readApi(o);
}

QJsonObject EffectiveIdentity::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username}};
    if (!roles.isEmpty())
        o.insert(QStringLiteral("roles"), strings(roles));
    if (!datasets.isEmpty())
        o.insert(QStringLiteral("datasets"), strings(datasets));
    if (!customData.isEmpty())
        o.insert(QStringLiteral("customData"), customData);
    return o;
}

QJsonObject GenerateTokenRequest::toJson() const
{
    QJsonObject o;
    if (!reportIds.isEmpty())
        o.insert(QStringLiteral("reports"), idObjects(reportIds));
    if (!datasetIds.isEmpty())
        o.insert(QStringLiteral("datasets"), idObjects(datasetIds));
    if (!targetWorkspaceIds.isEmpty())
        o.insert(QStringLiteral("targetWorkspaces"), idObjects(targetWorkspaceIds));
    if (!identities.isEmpty()) {
        QJsonArray a;
        for (const EffectiveIdentity &i : identities)
            a.append(i.toJson());
        o.insert(QStringLiteral("identities"), a);
    }
    if (lifetimeInMinutes > 0)
        o.insert(QStringLiteral("lifetimeInMinutes"), lifetimeInMinutes);
    return o;
}

QString DatasourceCredentials::typeName(Type type)
{
    return enumKey(kCredentialTypes, type, "Anonymous");
}

QJsonObject DatasourceCredentials::toJson() const
{
    auto pair = [](const QString &name, const QString &value) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    };
    QJsonObject data;
    switch (type) {
    case Type::Basic:
        data.insert(QStringLiteral("credentialData"), QJsonArray{pair(QStringLiteral("username"), username),
                                                                 pair(QStringLiteral("password"), secret)});
        break;
    case Type::Key:
        data.insert(QStringLiteral("credentialData"), QJsonArray{pair(QStringLiteral("key"), secret)});
        break;
    case Type::OAuth2:
        data.insert(QStringLiteral("credentialData"),
                    QJsonArray{pair(QStringLiteral("accessToken"), secret)});
        break;
    case Type::Anonymous:
        data.insert(QStringLiteral("credentialData"), QString());
        break;
    }
    const QJsonObject details{
        {QStringLiteral("credentialType"), typeName(type)},
        {QStringLiteral("credentials"),
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
        {QStringLiteral("encryptedConnection"),
         encryptedConnection ? QStringLiteral("Encrypted") : QStringLiteral("NotEncrypted")},
        {QStringLiteral("encryptionAlgorithm"), QStringLiteral("None")},
        {QStringLiteral("privacyLevel"), privacyLevel},
    };
    return QJsonObject{{QStringLiteral("credentialDetails"), details}};
}

} // namespace td
