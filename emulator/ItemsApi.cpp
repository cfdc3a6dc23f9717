#include "ItemsApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

namespace emu {

namespace {
const QString kApp = QStringLiteral("https://app.powerbi.com");
} // namespace

QJsonObject ItemsApi::reportJson(const Workspace &w, const Report &r)
{
    const bool paginated = r.reportType == QLatin1String("PaginatedReport");
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("reportType"), r.reportType},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("webUrl"),
         QStringLiteral("%1/groups/%2/%3/%4")
             .arg(kApp, w.id, paginated ? QStringLiteral("rdlreports") : QStringLiteral("reports"), r.id)},
        {QStringLiteral("embedUrl"),
         QStringLiteral("%1/%2?reportId=%3&groupId=%4")
             .arg(kApp, paginated ? QStringLiteral("rdlEmbed") : QStringLiteral("reportEmbed"), r.id, w.id)},
        {QStringLiteral("isOwnedByMe"), true},
        {QStringLiteral("users"), QJsonArray()},
        {QStringLiteral("subscriptions"), QJsonArray()}};
    // docs/powerbi-rest/API-NOTES.md §5: datasetId is absent for paginated reports.
    if (!r.datasetId.isEmpty())
        o.insert(QStringLiteral("datasetId"), r.datasetId);
    if (!r.description.isEmpty())
        o.insert(QStringLiteral("description"), r.description);
    return o;
}

QJsonObject ItemsApi::datasetJson(const Workspace &w, const Dataset &d)
{
    // docs/powerbi-rest/API-NOTES.md §6: the wire spelling is camelCase (the swagger: IsRefreshable...).
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("webUrl"), QStringLiteral("%1/groups/%2/datasets/%3").arg(kApp, w.id, d.id)},
            {QStringLiteral("addRowsAPIEnabled"), d.addRowsAPIEnabled},
            {QStringLiteral("configuredBy"), d.configuredBy},
            {QStringLiteral("isRefreshable"), d.isRefreshable},
            {QStringLiteral("isEffectiveIdentityRequired"), d.isEffectiveIdentityRequired},
            {QStringLiteral("isEffectiveIdentityRolesRequired"), d.isEffectiveIdentityRolesRequired},
            {QStringLiteral("isOnPremGatewayRequired"), d.isOnPremGatewayRequired},
            {QStringLiteral("targetStorageMode"), d.targetStorageMode},
            {QStringLiteral("createdDate"), d.createdDate},
            {QStringLiteral("createReportEmbedURL"),
             QStringLiteral("%1/reportEmbed?groupId=%2&datasetId=%3").arg(kApp, w.id, d.id)},
            {QStringLiteral("qnaEmbedURL"),
             QStringLiteral("%1/qnaEmbed?groupId=%2&datasetId=%3").arg(kApp, w.id, d.id)},
            {QStringLiteral("upstreamDatasets"), QJsonArray()},
            {QStringLiteral("users"), QJsonArray()},
            {QStringLiteral("queryScaleOutSettings"),
             QJsonObject{{QStringLiteral("autoSyncReadOnlyReplicas"), true},
                         {QStringLiteral("maxReadOnlyReplicas"), 0}}}};
}

QJsonObject ItemsApi::dashboardJson(const Workspace &w, const Dashboard &d)
{
    // docs/powerbi-rest/API-NOTES.md §7: dashboards use displayName, not name.
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("displayName"), d.displayName},
            {QStringLiteral("isReadOnly"), d.isReadOnly},
            {QStringLiteral("webUrl"), QStringLiteral("%1/groups/%2/dashboards/%3").arg(kApp, w.id, d.id)},
            {QStringLiteral("embedUrl"),
             QStringLiteral("%1/dashboardEmbed?dashboardId=%2&groupId=%3").arg(kApp, d.id, w.id)},
            {QStringLiteral("users"), QJsonArray()},
            {QStringLiteral("subscriptions"), QJsonArray()}};
}

QJsonObject ItemsApi::dataflowJson(const Workspace &w, const Dataflow &d)
{
    // docs/powerbi-rest/API-NOTES.md §8: dataflows use objectId, not id.
    QJsonObject o{{QStringLiteral("objectId"), d.objectId},
                  {QStringLiteral("name"), d.name},
                  {QStringLiteral("modelUrl"),
                   QStringLiteral("https://tenantdeskdemo.dfs.core.windows.net/powerbi/%1/%2/model.json")
                       .arg(w.id, QString::fromLatin1(QUrl::toPercentEncoding(d.name)))},
                  {QStringLiteral("configuredBy"), d.configuredBy},
                  {QStringLiteral("users"), QJsonArray()}};
    if (!d.description.isEmpty())
        o.insert(QStringLiteral("description"), d.description);
    return o;
}

void ItemsApi::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/");
    for (const QString &kind : {QStringLiteral("reports"), QStringLiteral("datasets"),
                                QStringLiteral("dashboards"), QStringLiteral("dataflows")}) {
        router.add(QStringLiteral("GET"), base + kind,
                   [this, kind](const RouteContext &c) { return listOf(c, kind); });
    }
    router.add(QStringLiteral("GET"), base + QStringLiteral("reports/([^/]+)"),
               [this](const RouteContext &c) { return getReport(c); });
    router.add(QStringLiteral("GET"), base + QStringLiteral("datasets/([^/]+)"),
               [this](const RouteContext &c) { return getDataset(c); });
}

HttpResponse ItemsApi::listOf(const RouteContext &ctx, const QString &kind)
{
    HttpResponse error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    QJsonArray value;
    if (kind == QLatin1String("reports")) {
        for (const Report &r : w->reports)
            value.append(reportJson(*w, r));
    } else if (kind == QLatin1String("datasets")) {
        for (const Dataset &d : w->datasets)
            value.append(datasetJson(*w, d));
    } else if (kind == QLatin1String("dashboards")) {
        for (const Dashboard &d : w->dashboards)
            value.append(dashboardJson(*w, d));
    } else {
        for (const Dataflow &d : w->dataflows)
            value.append(dataflowJson(*w, d));
    }
    return api::ok(api::collection(kind, value));
}

HttpResponse ItemsApi::getReport(const RouteContext &ctx)
{
    HttpResponse error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    for (const Report &r : w->reports) {
        if (r.id.compare(ctx.arg(2), Qt::CaseInsensitive) == 0)
            return api::ok(reportJson(*w, r));
    }
    return ErrorBodies::notFound();
}

HttpResponse ItemsApi::getDataset(const RouteContext &ctx)
{
    HttpResponse error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    for (const Dataset &d : w->datasets) {
        if (d.id.compare(ctx.arg(2), Qt::CaseInsensitive) == 0)
            return api::ok(datasetJson(*w, d));
    }
    return ErrorBodies::notFound();
}

} // namespace emu
