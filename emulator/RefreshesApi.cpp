#include "RefreshesApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QTimer>

namespace emu {

namespace {
constexpr int kDefaultHistory = 60; // [SW] without $top the last 60 entries
constexpr int kMaxHistory = 60;     // entries kept per model
constexpr int kSharedRefreshesPerDay = 8;

QString exceptionJson(const QString &code)
{
    return QStringLiteral("{\"errorCode\":\"%1\"}").arg(code);
}
} // namespace

void RefreshesApi::registerRoutes(Router &router)
{
    const QString path = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/datasets/([^/]+)/refreshes");
    router.add(QStringLiteral("POST"), path, [this](const RouteContext &c) { return startRefresh(c); });
    router.add(QStringLiteral("GET"), path, [this](const RouteContext &c) { return history(c); });
    router.add(QStringLiteral("GET"), path + QStringLiteral("/([^/]+)"),
               [this](const RouteContext &c) { return details(c); });
}

QJsonObject RefreshesApi::refreshJson(const RefreshEntry &r)
{
    QJsonObject o{{QStringLiteral("requestId"), r.requestId},
                  {QStringLiteral("refreshType"), r.refreshType},
                  {QStringLiteral("startTime"), r.startTime},
                  {QStringLiteral("status"), r.status}};
    if (!r.endTime.isEmpty()) // absent while running [EX]
        o.insert(QStringLiteral("endTime"), r.endTime);
    if (!r.serviceExceptionJson.isEmpty())
        o.insert(QStringLiteral("serviceExceptionJson"), r.serviceExceptionJson);
    return o;
}

HttpResponse RefreshesApi::startRefresh(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = nullptr;
    Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), true, &error, &w);
    if (!d)
        return error;
    QJsonObject body;
    if (!ctx.request.body.trimmed().isEmpty()) {
        const auto parsed = api::readJsonObject(ctx.request, &error);
        if (!parsed)
            return error;
        body = *parsed;
    }
    if (const QJsonValue n = api::field(body, QStringLiteral("notifyOption")); !n.isUndefined()) {
        const QString notify =
            api::enumValue(n.toString(), {QStringLiteral("NoNotification"), QStringLiteral("MailOnFailure"),
                                          QStringLiteral("MailOnCompletion")});
        if (notify.isEmpty())
            return ErrorBodies::badRequest(QStringLiteral("Invalid value for notifyOption."));
    }
    if (!d->isRefreshable)
        return ErrorBodies::badRequest(QStringLiteral("The semantic model cannot be refreshed."));
    for (const RefreshEntry &r : d->refreshes) {
        if (r.status == QLatin1String("Unknown"))
            // Assumption: the service's message for a second concurrent refresh, as commonly reported.
            return ErrorBodies::badRequest(QStringLiteral(
                "Invalid dataset refresh request. Another refresh request is already executing"));
    }
    // Any field other than notifyOption makes it an enhanced refresh [SW] (x-ms-request-id + Location).
    bool enhanced = false;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("notifyOption"), Qt::CaseInsensitive) != 0)
            enhanced = true;
    }
    // [SW] Datasets_RefreshDatasetInGroup: on shared capacity only notifyOption may be given (enhanced
    // refresh is not supported), and at most eight refreshes a day may be started. Assumptions: "a day" is
    // the UTC calendar day, refreshes started by anything count, and both refusals are 400 InvalidRequest.
    if (w->capacityId.isEmpty()) {
        if (enhanced)
            return ErrorBodies::badRequest(
                QStringLiteral("Enhanced refresh is not supported for shared capacities: only notifyOption "
                               "can be specified in the request body."));
        const QString today = api::nowIso().left(10);
        int started = 0;
        for (const RefreshEntry &r : d->refreshes)
            started += r.startTime.startsWith(today) ? 1 : 0;
        if (started >= kSharedRefreshesPerDay)
            return ErrorBodies::badRequest(QStringLiteral(
                "For Shared capacities, a maximum of eight refreshes per day can be initiated."));
    }
    RefreshEntry entry;
    entry.requestId = EmulatorState::newId();
    entry.refreshType = enhanced ? QStringLiteral("ViaEnhancedApi") : QStringLiteral("ViaApi");
    entry.startTime = api::nowIso();
    entry.status = QStringLiteral("Unknown");
    d->refreshes.prepend(entry);
    if (d->refreshes.size() > kMaxHistory)
        d->refreshes.resize(kMaxHistory);
    bool forceFail = false;
    if (m_jobs.failNextRefreshes > 0) {
        --m_jobs.failNextRefreshes;
        forceFail = true;
    }
    m_state.markChanged();
    const QString wid = w->id, did = d->id, rid = entry.requestId;
    QTimer::singleShot(qMax(0, m_jobs.refreshDelayMs), &m_state,
                       [this, wid, did, rid, forceFail] { finish(wid, did, rid, forceFail); });
    HttpResponse r = HttpResponse::empty(202);
    if (enhanced) {
        r.setHeader("x-ms-request-id", rid.toLatin1());
        r.setHeader("Location",
                    QStringLiteral("https://api.powerbi.com/v1.0/myorg/groups/%1/datasets/%2/refreshes/%3")
                        .arg(wid, did, rid)
                        .toLatin1());
    }
    return r;
}

void RefreshesApi::finish(const QString &workspaceId, const QString &datasetId, const QString &requestId,
                          bool forceFail)
{
    Workspace *w = m_state.findWorkspace(workspaceId);
    Dataset *d = w ? w->findDataset(datasetId) : nullptr;
    if (!d)
        return;
    for (RefreshEntry &r : d->refreshes) {
        if (r.requestId != requestId || r.status != QLatin1String("Unknown"))
            continue;
        bool credentialsMissing = false;
        for (const ModelDatasource &s : d->datasources)
            credentialsMissing = credentialsMissing || !s.hasCredentials();
        r.endTime = api::nowIso();
        if (credentialsMissing) {
            r.status = QStringLiteral("Failed");
            r.serviceExceptionJson =
                exceptionJson(QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"));
        } else if (forceFail) {
            // Assumption: a plausible data source error code for the control hook's forced failure.
            r.status = QStringLiteral("Failed");
            r.serviceExceptionJson =
                exceptionJson(QStringLiteral("DM_GWPipeline_Gateway_DataSourceAccessError"));
        } else {
            r.status = QStringLiteral("Completed");
        }
        m_state.markChanged();
        return;
    }
}

HttpResponse RefreshesApi::history(const RouteContext &ctx)
{
    HttpResponse error;
    const Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), false, &error);
    if (!d)
        return error;
    int top = kDefaultHistory;
    if (ctx.request.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        top = ctx.request.queryValue(QStringLiteral("$top")).trimmed().toInt(&ok);
        if (!ok || top < 1) // [SW] $top must be >= 1
            return ErrorBodies::badRequest(QStringLiteral("Invalid value for query parameter $top"));
    }
    QJsonArray value;
    for (int i = 0; i < d->refreshes.size() && i < top; ++i)
        value.append(refreshJson(d->refreshes.at(i)));
    return api::ok(api::collection(QStringLiteral("refreshes"), value));
}

HttpResponse RefreshesApi::details(const RouteContext &ctx)
{
    HttpResponse error;
    const Dataset *d = api::workspaceDataset(m_state, ctx.caller, ctx.arg(1), ctx.arg(2), false, &error);
    if (!d)
        return error;
    for (const RefreshEntry &r : d->refreshes) {
        if (r.requestId.compare(ctx.arg(3), Qt::CaseInsensitive) != 0)
            continue;
        const bool running = r.status == QLatin1String("Unknown");
        // DatasetRefreshDetail [SW][EX]; the emulator refreshes the whole model (type Full).
        QJsonObject o{{QStringLiteral("startTime"), r.startTime},
                      {QStringLiteral("type"), QStringLiteral("Full")},
                      {QStringLiteral("commitMode"), QStringLiteral("Transactional")},
                      {QStringLiteral("status"), r.status},
                      {QStringLiteral("extendedStatus"), running ? QStringLiteral("InProgress") : r.status},
                      {QStringLiteral("currentRefreshType"), QStringLiteral("Full")},
                      {QStringLiteral("numberOfAttempts"), running ? 0 : 1}};
        if (!running)
            o.insert(QStringLiteral("endTime"), r.endTime);
        if (!r.serviceExceptionJson.isEmpty()) {
            const QString code = QJsonDocument::fromJson(r.serviceExceptionJson.toUtf8())
                                     .object()
                                     .value(QLatin1String("errorCode"))
                                     .toString();
            o.insert(QStringLiteral("messages"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("code"), code},
                         {QStringLiteral("message"), QStringLiteral("The refresh failed: %1").arg(code)},
                         {QStringLiteral("type"), QStringLiteral("Error")}}});
        }
        return HttpResponse::json(running ? 202 : 200, QJsonDocument(o));
    }
    return ErrorBodies::notFound();
}

} // namespace emu
