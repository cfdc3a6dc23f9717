#include "ControlApi.h"

#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace emu {

namespace {
HttpResponse jsonOk(const QJsonObject &o)
{
    return HttpResponse::json(200, QJsonDocument(o), "application/json; charset=utf-8");
}

QJsonObject faultsJson(const FaultSettings &f)
{
    return {{QStringLiteral("latencyMs"), f.latencyMs},
            {QStringLiteral("serverErrorShare"), f.serverErrorShare},
            {QStringLiteral("throttleShare"), f.throttleShare},
            {QStringLiteral("throttleRetryAfterSecs"), f.throttleRetryAfterSecs},
            {QStringLiteral("dropShare"), f.dropShare}};
}

// A control call comes from this machine's own tools: a loopback Host (so that a web page cannot reach
// the endpoints through a DNS name rebound to 127.0.0.1) and no Origin header (browsers add one to
// cross-origin requests, "simple" text/plain POSTs included).
bool isLocalTool(const HttpRequest &request)
{
    if (!request.header("Origin").isEmpty())
        return false;
    QByteArray host = request.header("Host").trimmed().toLower();
    if (host.startsWith('[')) // [::1]:port
        host = host.mid(1, host.indexOf(']') - 1);
    else if (host.count(':') == 1)
        host = host.left(host.indexOf(':'));
    return host == "localhost" || host == "::1" || QHostAddress(QString::fromLatin1(host)).isLoopback();
}

std::optional<QJsonObject> body(const HttpRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    if (!isLocalTool(request))
        return ErrorBodies::withMessage(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Control endpoints answer only local tools: a loopback "
                           "Host and no Origin header."));
    const QString path = request.path.endsWith(QLatin1Char('/')) ? request.path.chopped(1) : request.path;
    if (path == QLatin1String("/_emulator/faults"))
        return faults(request);
    if (path == QLatin1String("/_emulator/requests"))
        return requests(request);
    if (path == QLatin1String("/_emulator/settings"))
        return settings(request);
    if (path == QLatin1String("/_emulator/tokens/expire") && request.method == QLatin1String("POST")) {
        m_server.expireAllTokens();
        return HttpResponse::empty(200);
    }
    if (path == QLatin1String("/_emulator/credentials"))
        return credentials(request);
    if (path == QLatin1String("/_emulator/info") && request.method == QLatin1String("GET")) {
        QJsonObject info = m_server.startupInfo();
        info.remove(QStringLiteral("clientSecret"));
        return jsonOk(info);
    }
    if (path.startsWith(QLatin1String("/_emulator/capacities/")))
        return capacity(request, path.mid(int(qstrlen("/_emulator/capacities/"))));
    if (path == QLatin1String("/_emulator/state") && request.method == QLatin1String("GET"))
        return jsonOk(m_server.state()->toJson());
    return ErrorBodies::noRoute();
}

HttpResponse ControlApi::faults(const HttpRequest &request)
{
    if (request.method == QLatin1String("PUT")) {
        const auto o = body(request);
        if (!o)
            return ErrorBodies::badRequest(QStringLiteral("JSON object expected"));
        FaultSettings f = m_server.faults();
        f.latencyMs = o->value(QLatin1String("latencyMs")).toInt(f.latencyMs);
        f.serverErrorShare = o->value(QLatin1String("serverErrorShare")).toDouble(f.serverErrorShare);
        f.throttleShare = o->value(QLatin1String("throttleShare")).toDouble(f.throttleShare);
        f.throttleRetryAfterSecs =
            o->value(QLatin1String("throttleRetryAfterSecs")).toInt(f.throttleRetryAfterSecs);
        f.dropShare = o->value(QLatin1String("dropShare")).toDouble(f.dropShare);
        m_server.setFaults(f);
        if (o->contains(QLatin1String("seed")))
            m_server.setRandomSeed(quint32(o->value(QLatin1String("seed")).toDouble()));
    } else if (request.method != QLatin1String("GET")) {
        return ErrorBodies::noRoute();
    }
    return jsonOk(faultsJson(m_server.faults()));
}

HttpResponse ControlApi::requests(const HttpRequest &request)
{
    if (request.method == QLatin1String("DELETE")) {
        m_server.clearRequestLog();
        return HttpResponse::empty(200);
    }
    if (request.method != QLatin1String("GET"))
        return ErrorBodies::noRoute();
    QJsonArray value;
    for (const RequestRecord &r : m_server.requestLog()) {
        value.append(
            QJsonObject{{QStringLiteral("method"), r.method},
                        {QStringLiteral("path"), r.path},
                        {QStringLiteral("query"), r.query},
                        {QStringLiteral("profileHeaders"), QJsonArray::fromStringList(r.profileHeaders)},
                        {QStringLiteral("servicePrincipalId"), r.servicePrincipalId},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("requestId"), r.requestId}});
    }
    return jsonOk(QJsonObject{{QStringLiteral("value"), value}});
}

HttpResponse ControlApi::settings(const HttpRequest &request)
{
    if (request.method == QLatin1String("PUT")) {
        const auto o = body(request);
        if (!o)
            return ErrorBodies::badRequest(QStringLiteral("JSON object expected"));
        if (o->contains(QLatin1String("tokenLifetimeSecs")))
            m_server.setTokenLifetimeSecs(o->value(QLatin1String("tokenLifetimeSecs")).toInt());
        if (o->contains(QLatin1String("requestBudget")) || o->contains(QLatin1String("budgetWindowSecs")))
            m_server.setRequestBudget(
                o->value(QLatin1String("requestBudget")).toInt(m_server.requestBudget()),
                o->value(QLatin1String("budgetWindowSecs")).toInt(m_server.budgetWindowSecs()));
        JobSettings jobs = m_server.jobSettings();
        jobs.importDelayMs = o->value(QLatin1String("importDelayMs")).toInt(jobs.importDelayMs);
        jobs.refreshDelayMs = o->value(QLatin1String("refreshDelayMs")).toInt(jobs.refreshDelayMs);
        jobs.failNextImports = o->value(QLatin1String("failNextImports")).toInt(jobs.failNextImports);
        jobs.failNextRefreshes = o->value(QLatin1String("failNextRefreshes")).toInt(jobs.failNextRefreshes);
        jobs.assignmentPolls = o->value(QLatin1String("assignmentPolls")).toInt(jobs.assignmentPolls);
        jobs.failNextAssignments =
            o->value(QLatin1String("failNextAssignments")).toInt(jobs.failNextAssignments);
        m_server.setJobSettings(jobs);
    } else if (request.method != QLatin1String("GET")) {
        return ErrorBodies::noRoute();
    }
    return jsonOk(
        QJsonObject{{QStringLiteral("tokenLifetimeSecs"), m_server.tokenLifetimeSecs()},
                    {QStringLiteral("requestBudget"), m_server.requestBudget()},
                    {QStringLiteral("budgetWindowSecs"), m_server.budgetWindowSecs()},
                    {QStringLiteral("importDelayMs"), m_server.jobSettings().importDelayMs},
                    {QStringLiteral("refreshDelayMs"), m_server.jobSettings().refreshDelayMs},
                    {QStringLiteral("failNextImports"), m_server.jobSettings().failNextImports},
                    {QStringLiteral("failNextRefreshes"), m_server.jobSettings().failNextRefreshes},
                    {QStringLiteral("assignmentPolls"), m_server.jobSettings().assignmentPolls},
                    {QStringLiteral("failNextAssignments"), m_server.jobSettings().failNextAssignments}});
}

HttpResponse ControlApi::capacity(const HttpRequest &request, const QString &capacityId)
{
    EmulatorState *state = m_server.state();
    Capacity *c = state->capacities().find(capacityId);
    if (!c)
        return ErrorBodies::notFound();
    if (request.method == QLatin1String("DELETE")) { // the capacity is gone (deleted in Azure)
        state->capacities().remove(capacityId);
        state->markChanged();
        return HttpResponse::empty(200);
    }
    if (request.method != QLatin1String("PUT"))
        return ErrorBodies::noRoute();
    const auto o = body(request);
    if (!o)
        return ErrorBodies::badRequest(QStringLiteral("JSON object expected"));
    if (o->contains(QLatin1String("state")))
        c->state = o->value(QLatin1String("state")).toString();
    for (const auto v : o->value(QLatin1String("rights")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString profile = r.value(QLatin1String("profileId")).toString();
        const QString key =
            profile.isEmpty()
                ? principalKeyForSp(r.value(QLatin1String("servicePrincipalObjectId")).toString())
                : principalKeyForProfile(profile);
        const QString right = r.value(QLatin1String("right")).toString();
        if (right.isEmpty())
            c->rights.remove(key);
        else
            c->rights.insert(key, right); // None | Assign | Admin
    }
    state->markChanged();
    return HttpResponse::empty(200);
}

// PUT {clientId?, secretExpired?, enabled?}: the application's credential faults (clientId defaults to
// the primary service principal). GET ?clientId=... or without: the primary one.
HttpResponse ControlApi::credentials(const HttpRequest &request)
{
    EmulatorState *state = m_server.state();
    QString clientId = request.queryValue(QStringLiteral("clientId"));
    std::optional<QJsonObject> o;
    if (request.method == QLatin1String("PUT")) {
        o = body(request);
        if (!o)
            return ErrorBodies::badRequest(QStringLiteral("JSON object expected"));
        clientId = o->value(QLatin1String("clientId")).toString(clientId);
    } else if (request.method != QLatin1String("GET")) {
        return ErrorBodies::noRoute();
    }
    if (clientId.isEmpty())
        clientId = state->primaryClientId();
    if (!state->findSpByClientId(clientId))
        return ErrorBodies::badRequest(QStringLiteral("No application with client id %1").arg(clientId));
    if (o) {
        if (o->contains(QLatin1String("secretExpired")))
            state->setSecretExpired(clientId, o->value(QLatin1String("secretExpired")).toBool());
        if (o->contains(QLatin1String("enabled")))
            state->setServicePrincipalEnabled(clientId, o->value(QLatin1String("enabled")).toBool());
    }
    return jsonOk(QJsonObject{{QStringLiteral("clientId"), clientId},
                              {QStringLiteral("secretExpired"), state->isSecretExpired(clientId)},
                              {QStringLiteral("enabled"), state->isServicePrincipalEnabled(clientId)}});
}

} // namespace emu
