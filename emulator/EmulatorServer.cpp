#include "EmulatorServer.h"

#include "CapacitiesApi.h"
#include "ConnectionGuard.h"
#include "ControlApi.h"
#include "DemoSeed.h"
#include "EmbedTokenApi.h"
#include "EmulatorState.h"
#include "EntraApi.h"
#include "ErrorBodies.h"
#include "FaultInjector.h"
#include "GatewaysApi.h"
#include "GroupUsersApi.h"
#include "GroupsApi.h"
#include "HttpListener.h"
#include "IdentityResolver.h"
#include "ImportsApi.h"
#include "ItemsApi.h"
#include "ModelSettingsApi.h"
#include "ProfilesApi.h"
#include "RefreshesApi.h"
#include "Router.h"
#include "Throttler.h"
#include "TlsSetup.h"
#include "TokenService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEmulator, "td.emulator",
                   QtInfoMsg) // per-request lines: QT_LOGGING_RULES=td.emulator.debug=true

namespace emu {

namespace {
// The request log is bounded in memory: each record keeps at most kMaxLoggedText characters of its path
// and of its query, and the oldest records go once the log holds about kMaxLogBytes.
constexpr qsizetype kMaxLogBytes = 32 * 1024 * 1024;
constexpr qsizetype kMaxLoggedText = 2048;

qsizetype recordBytes(const RequestRecord &r)
{
    qsizetype text =
        r.method.size() + r.path.size() + r.query.size() + r.servicePrincipalId.size() + r.requestId.size();
    for (const QString &h : r.profileHeaders)
        text += h.size();
    return qsizetype(sizeof(RequestRecord)) + 2 * text;
}

QString clipped(const QString &text)
{
    return text.size() <= kMaxLoggedText ? text : text.left(kMaxLoggedText) + QStringLiteral("\u2026");
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

EmulatorServer::EmulatorServer(QObject *parent)
    : QObject(parent), m_listener(new HttpListener(this)), m_state(new EmulatorState(this)),
      m_saveTimer(new QTimer(this)), m_tokens(std::make_unique<TokenService>(*m_state)),
      m_entra(std::make_unique<EntraApi>(*m_state, *m_tokens)),
      m_identity(std::make_unique<IdentityResolver>(*m_state, *m_tokens)),
      m_router(std::make_unique<Router>()), m_faults(std::make_unique<FaultInjector>()),
      m_throttler(std::make_unique<Throttler>()), m_control(std::make_unique<ControlApi>(*this)),
      m_profilesApi(std::make_unique<ProfilesApi>(*m_state)),
      m_groupsApi(std::make_unique<GroupsApi>(*m_state)),
      m_groupUsersApi(std::make_unique<GroupUsersApi>(*m_state)),
      m_itemsApi(std::make_unique<ItemsApi>(*m_state)),
      m_capacitiesApi(std::make_unique<CapacitiesApi>(*m_state, m_jobs)),
      m_importsApi(std::make_unique<ImportsApi>(*m_state, m_jobs)),
      m_modelSettingsApi(std::make_unique<ModelSettingsApi>(*m_state)),
      m_refreshesApi(std::make_unique<RefreshesApi>(*m_state, m_jobs)),
      m_gatewaysApi(std::make_unique<GatewaysApi>(*m_state)),
      m_embedTokenApi(std::make_unique<EmbedTokenApi>(*m_state))
{
    m_profilesApi->registerRoutes(*m_router);
    m_groupsApi->registerRoutes(*m_router);
    m_groupUsersApi->registerRoutes(*m_router);
    m_itemsApi->registerRoutes(*m_router);
    m_capacitiesApi->registerRoutes(*m_router);
    m_importsApi->registerRoutes(*m_router);
    m_modelSettingsApi->registerRoutes(*m_router);
    m_refreshesApi->registerRoutes(*m_router);
    m_gatewaysApi->registerRoutes(*m_router);
    m_embedTokenApi->registerRoutes(*m_router);
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, &EmulatorServer::saveState);
    connect(m_state, &EmulatorState::changed, this, [this] {
        // Saving blocks the event loop, so a state that is slow to save (the large seed: seconds) is
        // saved less often: the debounce is at least 10x the last save's duration (at most a minute).
        if (!m_options.statePath.isEmpty() && !m_saveTimer->isActive())
            m_saveTimer->start(saveDebounceMs());
    });
    m_listener->setHandler([this](const HttpRequest &r, QTcpSocket *s) { onRequest(r, s); });
}

EmulatorServer::~EmulatorServer()
{
    savePendingState();
}

void EmulatorServer::savePendingState()
{
    if (m_saveTimer->isActive())
        saveState();
}

bool EmulatorServer::start(const EmulatorOptions &options, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (!options.address.isLoopback())
        return fail(QStringLiteral("the emulator only listens on a loopback address"));
    m_options = options;
    if (!options.statePath.isEmpty() && QFile::exists(options.statePath)) {
        QFile f(options.statePath);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read state file %1").arg(options.statePath));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        QString loadError;
        if (pe.error != QJsonParseError::NoError || !m_state->fromJson(doc.object(), &loadError))
            return fail(QStringLiteral("invalid state file %1: %2")
                            .arg(options.statePath, loadError.isEmpty() ? pe.errorString() : loadError));
        DemoSeed::restoreKnownSecrets(*m_state);
        qCInfo(lcEmulator) << "loaded state from" << options.statePath;
    } else {
        QString seedError;
        if (!DemoSeed::apply(*m_state, options.seed, &seedError))
            return fail(seedError);
        if (!options.statePath.isEmpty())
            saveState();
    }
    QString keyError;
    if (!options.statePath.isEmpty() &&
        !m_tokens->signer().useKeyFile(options.statePath + QStringLiteral(".signing-key.pem"), &keyError))
        return fail(keyError);
    m_tokens->signer().prepare(); // without a key file: made in memory while the server starts
    m_jobs = options.jobs;
    m_tokens->setLifetimeSecs(options.tokenLifetimeSecs);
    m_throttler->setBudget(options.requestBudget, options.budgetWindowSecs);
    m_faults->setSettings(options.faults);
    if (options.randomSeed != 0)
        m_faults->setSeed(options.randomSeed);
    if (options.tls.enabled && !setUpTls(error))
        return false;
    m_listener->guard().setLimits(options.connections);
    QString listenError;
    m_port = m_listener->open(options.address, options.port, &listenError);
    if (m_port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(options.address.toString())
                        .arg(options.port)
                        .arg(listenError));
    qCInfo(lcEmulator) << "listening on" << loginUrl().toString();
    return true;
}

quint16 EmulatorServer::port() const
{
    return m_port;
}

bool EmulatorServer::setUpTls(QString *error)
{
    const TlsOptions &tls = m_options.tls;
    TlsFiles files;
    QString message;
    if (!tls.certPath.isEmpty() || !tls.keyPath.isEmpty()) {
        files.certPath = tls.certPath;
        files.keyPath = tls.keyPath;
    } else {
        QString dir = tls.dir;
        if (dir.isEmpty() && !m_options.statePath.isEmpty())
            dir = m_options.statePath + QStringLiteral(".tls");
        if (dir.isEmpty()) {
            m_tlsTempDir = std::make_unique<QTemporaryDir>();
            dir = m_tlsTempDir->path();
        }
        if (!TlsSetup::ensureGenerated(dir, &files, &message)) {
            if (error)
                *error = message;
            return false;
        }
    }
    QSslConfiguration config;
    if (!TlsSetup::load(files, &config, &message)) {
        if (error)
            *error = message;
        return false;
    }
    m_listener->setTlsConfiguration(config);
    m_caCertFile = files.caCertPath;
    return true;
}

QUrl EmulatorServer::loginUrl() const
{
    QUrl u;
    u.setScheme(m_options.tls.enabled ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_options.address.toString());
    u.setPort(m_port);
    return u;
}

QUrl EmulatorServer::baseUrl() const
{
    QUrl u = loginUrl();
    u.setPath(QStringLiteral("/v1.0/myorg"));
    return u;
}

ServicePrincipalInfo EmulatorServer::primaryServicePrincipal() const
{
    const ServicePrincipalInfo *sp = m_state->findSpByClientId(m_state->primaryClientId());
    return sp ? *sp : ServicePrincipalInfo();
}

QJsonObject EmulatorServer::startupInfo() const
{
    const ServicePrincipalInfo sp = primaryServicePrincipal();
    QJsonObject info{{QStringLiteral("baseUrl"), baseUrl().toString()},
                     {QStringLiteral("loginUrl"), loginUrl().toString()},
                     {QStringLiteral("tenantId"), sp.tenantId},
                     {QStringLiteral("clientId"), sp.clientId},
                     {QStringLiteral("clientSecret"), sp.clientSecret},
                     {QStringLiteral("servicePrincipalObjectId"), sp.objectId}};
    if (!m_caCertFile.isEmpty())
        info.insert(QStringLiteral("caCertFile"), m_caCertFile);
    return info;
}

void EmulatorServer::setFaults(const FaultSettings &faults)
{
    m_faults->setSettings(faults);
}
FaultSettings EmulatorServer::faults() const
{
    return m_faults->settings();
}
void EmulatorServer::setTokenLifetimeSecs(int secs)
{
    m_tokens->setLifetimeSecs(secs);
}
void EmulatorServer::setRequestBudget(int requestsPerWindow, int windowSecs)
{
    m_throttler->setBudget(requestsPerWindow, windowSecs);
}
int EmulatorServer::tokenLifetimeSecs() const
{
    return m_tokens->lifetimeSecs();
}
int EmulatorServer::requestBudget() const
{
    return m_throttler->budget();
}
int EmulatorServer::budgetWindowSecs() const
{
    return m_throttler->windowSecs();
}
ConnectionGuard &EmulatorServer::connections() const
{
    return m_listener->guard();
}
void EmulatorServer::setRandomSeed(quint32 seed)
{
    m_faults->setSeed(seed);
}
void EmulatorServer::expireAllTokens()
{
    m_tokens->expireAll();
}
QString EmulatorServer::issueToken(const QString &clientId)
{
    return m_tokens->issue(clientId, QStringLiteral("https://analysis.windows.net/powerbi/api"),
                           loginUrl().toString(QUrl::RemovePath));
}
EmulatorState *EmulatorServer::state() const
{
    return m_state;
}

QVector<RequestRecord> EmulatorServer::requestLog() const
{
    return QVector<RequestRecord>(m_log.begin(), m_log.end());
}

void EmulatorServer::clearRequestLog()
{
    m_log.clear();
    m_logBytes = 0;
}

void EmulatorServer::appendRecord(const RequestRecord &record)
{
    RequestRecord r = record;
    r.path = clipped(r.path);
    r.query = clipped(r.query);
    r.profileHeaders = r.profileHeaders.mid(0, 8);
    for (QString &h : r.profileHeaders)
        h = clipped(h);
    m_logBytes += recordBytes(r);
    m_log.push_back(std::move(r));
    while (m_logBytes > kMaxLogBytes && !m_log.empty()) {
        m_logBytes -= recordBytes(m_log.front());
        m_log.pop_front();
    }
}

qsizetype EmulatorServer::requestLogBytes() const
{
    return m_logBytes;
}

ServicePrincipalInfo EmulatorServer::addServicePrincipal(const QString &displayName)
{
    ServicePrincipalInfo sp;
    sp.tenantId = m_state->tenants().isEmpty() ? QString() : m_state->tenants().first().id;
    sp.clientId = newGuid();
    sp.objectId = newGuid();
    sp.displayName = displayName;
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    const QString secret =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_state->servicePrincipals().append(sp);
    m_state->setClientSecret(sp.clientId, secret);
    sp.clientSecret = secret;
    m_state->markChanged();
    return sp;
}

QStringList EmulatorServer::bulkCreateProfiles(const QString &clientId, int count, const QString &namePrefix)
{
    QStringList ids;
    int n = m_state->profileCount(clientId);
    for (int i = 0; i < count; ++i) {
        QString name;
        do {
            name = QStringLiteral("%1%2").arg(namePrefix).arg(++n, 6, 10, QLatin1Char('0'));
        } while (m_state->findProfileByName(clientId, name));
        ids.append(m_state->createProfile(clientId, name).id);
    }
    m_state->markChanged();
    return ids;
}

int EmulatorServer::saveDebounceMs() const
{
    return int(qMax<qint64>(m_options.saveDelayMs, qMin<qint64>(m_lastSaveMs * 10, 60000)));
}

void EmulatorServer::saveState()
{
    m_saveTimer->stop();
    if (m_options.statePath.isEmpty())
        return;
    QSaveFile f(m_options.statePath);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcEmulator) << "cannot write state file" << m_options.statePath;
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // Large estates are written compact (a third smaller and faster); small ones stay readable.
    const bool large = m_state->workspaces().size() > 1000;
    f.write(
        QJsonDocument(m_state->toJson()).toJson(large ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (!f.commit())
        qCWarning(lcEmulator) << "cannot commit state file" << m_options.statePath;
    m_lastSaveMs = timer.elapsed();
    if (m_lastSaveMs > 1000)
        qCInfo(lcEmulator) << "state saved in" << m_lastSaveMs << "ms; later saves are debounced by"
                           << saveDebounceMs() << "ms";
}

void EmulatorServer::onRequest(const HttpRequest &request, QTcpSocket *socket)
{
    const bool close = request.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    const bool control = request.path.startsWith(QLatin1String("/_emulator/"));
    const int delayMs = control ? 0 : m_faults->settings().latencyMs;
    const HttpResponse response = answer(request);
    if (response.status == 0)
        m_listener->drop(socket, delayMs);
    else
        m_listener->reply(socket, response.serialize(close), close, delayMs);
}

HttpResponse EmulatorServer::answer(const HttpRequest &request)
{
    const QByteArray requestId = newGuid().toLatin1();
    HttpResponse response;
    if (request.path.startsWith(QLatin1String("/_emulator/"))) {
        // Control calls: loopback only, no faults, not logged.
        response = request.remote.isLoopback() ? m_control->handle(request) : ErrorBodies::notAuthorized();
        response.setHeader("RequestId", requestId);
        return response;
    }
    RequestRecord record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.rawQuery;
    record.requestId = QString::fromLatin1(requestId);
    for (const QByteArray &v : request.headerValues("X-PowerBI-Profile-Id")) {
        for (const QByteArray &part : v.split(','))
            record.profileHeaders.append(QString::fromLatin1(part.trimmed()));
    }
    int decision = 0;
    response = handleRest(request, &record, &decision);
    if (FaultInjector::Decision(decision) == FaultInjector::Decision::Drop) {
        record.status = 0;
        appendRecord(record);
        qCDebug(lcEmulator) << request.method << request.path << "-> dropped";
        return HttpResponse::empty(0);
    }
    record.status = response.status;
    appendRecord(record);
    qCDebug(lcEmulator) << request.method << request.path << "->" << response.status;
    response.setHeader("RequestId", requestId);
    return response;
}

HttpResponse EmulatorServer::handleRest(const HttpRequest &request, RequestRecord *record, int *decision)
{
    const bool isRest = request.path.startsWith(QLatin1String("/v1.0/myorg/"), Qt::CaseInsensitive) ||
                        request.path.compare(QLatin1String("/v1.0/myorg"), Qt::CaseInsensitive) == 0;
    HttpResponse authError;
    QString clientId;
    std::optional<Caller> caller;
    if (isRest) {
        caller = m_identity->resolve(request, &authError, &clientId);
        record->servicePrincipalId = clientId;
    }
    const auto d = m_faults->decide();
    *decision = int(d);
    switch (d) {
    case FaultInjector::Decision::Drop:
        return HttpResponse::empty(0);
    case FaultInjector::Decision::ServerErrorJson:
        return ErrorBodies::serverError(false);
    case FaultInjector::Decision::ServerErrorPlain:
        return ErrorBodies::serverError(true);
    case FaultInjector::Decision::Throttle:
        return ErrorBodies::throttled(qMax(0, m_faults->settings().throttleRetryAfterSecs));
    case FaultInjector::Decision::None:
        break;
    }
    if (m_entra->matches(request.path)) {
        const QUrl login = loginUrl();
        HttpResponse r = m_entra->handle(request, login.scheme(), login.authority(), &clientId);
        record->servicePrincipalId = clientId;
        return r;
    }
    if (!isRest)
        return ErrorBodies::noRoute();
    if (!caller)
        return authError;
    if (const int retryAfter = m_throttler->check(caller->principalKey()); retryAfter > 0)
        return ErrorBodies::throttled(retryAfter);
    HttpResponse out;
    switch (m_router->dispatch(request, *caller, &out)) {
    case Router::Result::Handled:
        return out;
    case Router::Result::NoPath:
        return ErrorBodies::noRoute();
    case Router::Result::WrongMethod:
        // Assumption (docs/powerbi-rest/API-NOTES.md §0): a known path with another verb answers 405 like
        // ASP.NET Web API.
        return HttpResponse::json(
            405,
            QJsonDocument(
                QJsonObject{{QStringLiteral("message"),
                             QStringLiteral("The requested resource does not support http method '%1'.")
                                 .arg(request.method)}}),
            "application/json; charset=utf-8");
    }
    return out;
}

} // namespace emu
