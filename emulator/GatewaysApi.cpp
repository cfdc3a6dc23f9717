#include "GatewaysApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QJsonDocument>

namespace emu {

namespace {

// The names credentialData must carry per type [SW][EX]; Windows credentials look like Basic.
QStringList requiredNames(const QString &type)
{
    if (type == QLatin1String("Basic") || type == QLatin1String("Windows"))
        return {QStringLiteral("username"), QStringLiteral("password")};
    if (type == QLatin1String("Key"))
        return {QStringLiteral("key")};
    if (type == QLatin1String("OAuth2"))
        return {QStringLiteral("accessToken")};
    if (type == QLatin1String("SAS"))
        return {QStringLiteral("token")};
    return {};
}

// Checks the credentials string without ever putting its content into a message.
QString checkCredentials(const QString &type, const QString &algorithm, const QString &credentials)
{
    if (algorithm == QLatin1String("RSA-OAEP"))
        return credentials.isEmpty() ? QStringLiteral("credentials must not be empty") : QString();
    const QJsonDocument doc = QJsonDocument::fromJson(credentials.toUtf8());
    if (!doc.isObject() || !doc.object().contains(QLatin1String("credentialData")))
        return QStringLiteral("credentials must be a JSON string with credentialData");
    const QJsonValue data = doc.object().value(QLatin1String("credentialData"));
    if (type == QLatin1String("Anonymous"))
        return QString();
    QStringList present;
    for (const auto v : data.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QLatin1String("value")).toString().isEmpty())
            present.append(o.value(QLatin1String("name")).toString());
    }
    for (const QString &name : requiredNames(type)) {
        if (!present.contains(name))
            return QStringLiteral("credentialData of type %1 needs a non-empty '%2'").arg(type, name);
    }
    return QString();
}

} // namespace

ModelDatasource *GatewaysApi::findSource(const RouteContext &ctx, Dataset **model)
{
    ModelDatasource *source = nullptr;
    for (const Workspace *cw : m_state.workspacesOf(ctx.caller.principalKey())) {
        Workspace *w = m_state.findWorkspace(cw->id);
        for (Dataset &d : w->datasets) {
            for (ModelDatasource &s : d.datasources) {
                if (s.datasourceId.compare(ctx.arg(2), Qt::CaseInsensitive) == 0 &&
                    s.gatewayId.compare(ctx.arg(1), Qt::CaseInsensitive) == 0) {
                    *model = &d;
                    source = &s;
                }
            }
        }
    }
    return source;
}

HttpResponse GatewaysApi::datasourceStatus(const RouteContext &ctx)
{
    Dataset *model = nullptr;
    const ModelDatasource *source = findSource(ctx, &model);
    if (!source)
        return ErrorBodies::notFound();
    if (source->hasCredentials())
        return HttpResponse::empty(200);
    // Assumption (docs/powerbi-rest/API-NOTES.md §10 documents only "400 with error when unreachable"): a
    // data source without credentials answers 400 with this code and a message naming the cause.
    return ErrorBodies::withMessage(400, QStringLiteral("DM_GWPipeline_Gateway_DataSourceAccessError"),
                                    QStringLiteral("Credentials are not specified for this data source."));
}

void GatewaysApi::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"),
               QStringLiteral("/v1\\.0/myorg/gateways/([^/]+)/datasources/([^/]+)/status"),
               [this](const RouteContext &c) { return datasourceStatus(c); });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/v1\\.0/myorg/gateways/([^/]+)/datasources/([^/]+)"),
               [this](const RouteContext &c) { return updateDatasource(c); });
}

HttpResponse GatewaysApi::updateDatasource(const RouteContext &ctx)
{
    Dataset *model = nullptr;
    ModelDatasource *source = findSource(ctx, &model);
    if (!source)
        return ErrorBodies::notFound();
    // [SW] "With cloud data sources, user must be the data source owner." Assumption: otherwise
    // 401 PowerBINotAuthorizedException.
    if (model->configuredBy.compare(ctx.caller.ownerName(), Qt::CaseInsensitive) != 0)
        return ErrorBodies::notAuthorized();
    HttpResponse error;
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const QJsonObject cd = api::field(*body, QStringLiteral("credentialDetails")).toObject();
    if (cd.isEmpty())
        return ErrorBodies::badRequest(QStringLiteral("credentialDetails is required."));
    struct Enum
    {
        const char *field;
        QStringList allowed;
        QString value;
    };
    Enum enums[] = {
        {"credentialType",
         {QStringLiteral("Basic"), QStringLiteral("Windows"), QStringLiteral("Anonymous"),
          QStringLiteral("OAuth2"), QStringLiteral("Key"), QStringLiteral("SAS")},
         {}},
        {"encryptedConnection", {QStringLiteral("Encrypted"), QStringLiteral("NotEncrypted")}, {}},
        {"encryptionAlgorithm", {QStringLiteral("None"), QStringLiteral("RSA-OAEP")}, {}},
        {"privacyLevel",
         {QStringLiteral("None"), QStringLiteral("Public"), QStringLiteral("Organizational"),
          QStringLiteral("Private")},
         {}}};
    for (Enum &e : enums) {
        const QString name = QLatin1String(e.field);
        e.value = api::enumValue(api::field(cd, name).toString(), e.allowed);
        if (e.value.isEmpty())
            return ErrorBodies::badRequest(QStringLiteral("credentialDetails.%1 is missing or not one of %2.")
                                               .arg(name, e.allowed.join(QStringLiteral(", "))));
    }
    const QJsonValue credentials = api::field(cd, QStringLiteral("credentials"));
    if (!credentials.isString())
        return ErrorBodies::badRequest(QStringLiteral("credentialDetails.credentials must be a string."));
    const QString problem = checkCredentials(enums[0].value, enums[2].value, credentials.toString());
    if (!problem.isEmpty())
        return ErrorBodies::badRequest(QStringLiteral("Invalid credentials: %1.").arg(problem));
    source->credentialType = enums[0].value;
    source->encryptedConnection = enums[1].value;
    source->privacyLevel = enums[3].value;
    m_state.markChanged();
    return HttpResponse::empty(200);
}

} // namespace emu
