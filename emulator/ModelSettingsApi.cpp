#include "ModelSettingsApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QSet>

namespace emu {

namespace {
constexpr int kMaxParametersPerRequest = 100; // [SW] Datasets_UpdateParametersInGroup limitations
} // namespace

void ModelSettingsApi::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/datasets/([^/]+)/");
    router.add(QStringLiteral("GET"), base + QStringLiteral("parameters"),
               [this](const RouteContext &c) { return getParameters(c); });
    router.add(QStringLiteral("POST"), base + QStringLiteral("Default\\.UpdateParameters"),
               [this](const RouteContext &c) { return updateParameters(c); });
    router.add(QStringLiteral("GET"), base + QStringLiteral("datasources"),
               [this](const RouteContext &c) { return getDatasources(c); });
    router.add(QStringLiteral("POST"), base + QStringLiteral("Default\\.TakeOver"),
               [this](const RouteContext &c) { return takeOver(c); });
}

QJsonObject ModelSettingsApi::datasourceJson(const ModelDatasource &d)
{
    QJsonObject details;
    for (auto it = d.connectionDetails.constBegin(); it != d.connectionDetails.constEnd(); ++it)
        details.insert(it.key(), it.value());
    return {{QStringLiteral("datasourceType"), d.datasourceType},
            {QStringLiteral("connectionDetails"), details},
            {QStringLiteral("datasourceId"), d.datasourceId},
            {QStringLiteral("gatewayId"), d.gatewayId}};
}

HttpResponse ModelSettingsApi::getParameters(const RouteContext &ctx)
{
    HttpResponse error;
    const Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), false, &error);
    if (!d)
        return error;
    QJsonArray value;
    for (const ModelParameter &p : d->parameters)
        value.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("type"), p.type},
                                 {QStringLiteral("isRequired"), p.isRequired},
                                 {QStringLiteral("currentValue"), p.currentValue}});
    return api::ok(api::collection(QStringLiteral("parameters"), value));
}

HttpResponse ModelSettingsApi::updateParameters(const RouteContext &ctx)
{
    HttpResponse error;
    Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), true, &error);
    if (!d)
        return error;
    // [SW] "The user must be the dataset owner." Assumption: otherwise 401 PowerBINotAuthorizedException
    // (the status is not documented); TakeOver first.
    if (d->configuredBy.compare(ctx.caller.ownerName(), Qt::CaseInsensitive) != 0)
        return ErrorBodies::notAuthorized();
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const QJsonValue details = api::field(*body, QStringLiteral("updateDetails"));
    if (!details.isArray() || details.toArray().isEmpty())
        return ErrorBodies::badRequest(
            QStringLiteral("updateDetails must be a non-empty list of parameters."));
    const QJsonArray list = details.toArray();
    if (list.size() > kMaxParametersPerRequest)
        return ErrorBodies::badRequest(QStringLiteral("At most 100 parameters can be updated per request."));
    // Validate everything first: the update is all or nothing.
    QSet<QString> seen;
    QVector<QPair<int, QString>> changes;
    for (const auto v : list) {
        const QJsonObject o = v.toObject();
        const QString name = api::field(o, QStringLiteral("name")).toString();
        const QJsonValue newValue = api::field(o, QStringLiteral("newValue"));
        if (name.isEmpty())
            return ErrorBodies::badRequest(QStringLiteral("Every update needs a parameter name."));
        if (seen.contains(name))
            return ErrorBodies::badRequest(
                QStringLiteral("Parameter '%1' is listed more than once.").arg(name));
        seen.insert(name);
        int index = -1;
        for (int i = 0; i < d->parameters.size(); ++i) {
            if (d->parameters.at(i).name == name) // names are case-sensitive [SW]
                index = i;
        }
        // Assumption: the exact code is not documented; 400 InvalidRequest naming the parameter.
        if (index < 0)
            return ErrorBodies::badRequest(
                QStringLiteral("Parameter '%1' does not exist in the semantic model.").arg(name));
        const ModelParameter &p = d->parameters.at(index);
        if (p.type == QLatin1String("Any") || p.type == QLatin1String("Binary"))
            return ErrorBodies::badRequest(
                QStringLiteral("Parameter '%1' of type %2 cannot be updated.").arg(name, p.type));
        const QString value = newValue.isString() ? newValue.toString() : newValue.toVariant().toString();
        if (p.isRequired && value.isEmpty())
            return ErrorBodies::badRequest(
                QStringLiteral("Parameter '%1' is required and needs a value.").arg(name));
        if (p.type == QLatin1String("Number")) {
            bool ok = false;
            value.toDouble(&ok);
            if (!ok)
                return ErrorBodies::badRequest(QStringLiteral("Parameter '%1' expects a number.").arg(name));
        }
        changes.append({index, value});
    }
    for (const auto &c : changes) {
        ModelParameter &p = d->parameters[c.first];
        // Assumption: the model's queries use their parameters for the connection (the seed's and the
        // sample's Server/Database), so a data source detail equal to the old value follows the new
        // one, as Get Datasources shows after an update; the data source keeps its id and credentials.
        for (ModelDatasource &s : d->datasources) {
            for (auto it = s.connectionDetails.begin(); it != s.connectionDetails.end(); ++it) {
                if (!p.currentValue.isEmpty() && it.value() == p.currentValue)
                    it.value() = c.second;
            }
        }
        p.currentValue = c.second;
    }
    m_state.markChanged();
    return HttpResponse::empty(200);
}

HttpResponse ModelSettingsApi::getDatasources(const RouteContext &ctx)
{
    HttpResponse error;
    const Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), false, &error);
    if (!d)
        return error;
    QJsonArray value;
    for (const ModelDatasource &s : d->datasources)
        value.append(datasourceJson(s));
    return api::ok(api::collection(QStringLiteral("datasources"), value));
}

HttpResponse ModelSettingsApi::takeOver(const RouteContext &ctx)
{
    HttpResponse error;
    Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), true, &error);
    if (!d)
        return error;
    const QString owner = ctx.caller.ownerName();
    if (d->configuredBy.compare(owner, Qt::CaseInsensitive) != 0) {
        d->configuredBy = owner;
        // Choice (documented in emulator/README.md): cloud data source credentials belong to the
        // owner; after a takeover Power BI asks the new owner to enter them again, so they are
        // cleared and a refresh fails with ModelRefreshFailed_CredentialsNotSpecified until the new
        // owner PATCHes them. Taking over a model one already owns changes nothing.
        for (ModelDatasource &s : d->datasources) {
            s.credentialType.clear();
            s.privacyLevel.clear();
            s.encryptedConnection.clear();
        }
        m_state.markChanged();
    }
    return HttpResponse::empty(200);
}

} // namespace emu
