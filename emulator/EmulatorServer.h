#pragma once
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include "ConnectionLimits.h"
#include "JobSettings.h"

#include <deque>
#include <memory>

class QTcpSocket;
class QTemporaryDir;
class QTimer;

// The local Power BI REST + Entra token emulator. Never includes the TenantDesk core (app/).
namespace emu {

struct FaultSettings
{
    int latencyMs = 0;              // added to every response (answered later, never blocking)
    double serverErrorShare = 0.0;  // share of REST requests answered 500/503
    double throttleShare = 0.0;     // share of REST requests answered 429
    int throttleRetryAfterSecs = 1; // Retry-After on injected 429s
    double dropShare = 0.0;         // share of requests whose connection is closed without an answer
};

struct ServicePrincipalInfo
{
    QString tenantId;
    QString clientId; // application (client) id
    QString clientSecret;
    QString objectId; // service principal object id (used in group users, principalType App)
    QString displayName;
};

// One request as the emulator saw it (for tests: header isolation, counts).
struct RequestRecord
{
    QString method;
    QString path; // e.g. /v1.0/myorg/groups
    QString query;
    QStringList profileHeaders; // every X-PowerBI-Profile-Id value received (case-insensitive name)
    QString servicePrincipalId; // client id resolved from the bearer token ("" if none/invalid)
    int status = 0;
    QString requestId;
};

// HTTPS: a certificate and key of the caller's, or (both empty) a local CA and a server certificate
// generated into dir (default: "<statePath>.tls" beside the state file, else a temporary directory).
struct TlsOptions
{
    bool enabled = false;
    QString certPath;
    QString keyPath;
    QString dir;
};

struct EmulatorOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback only
    quint16 port = 0;                               // 0 = a free port
    QString statePath;                              // JSON state file; empty = in memory only
    QString seed = QStringLiteral("demo");          // "demo" | "empty" | "large" (when no state file exists)
    int tokenLifetimeSecs = 3599;
    int requestBudget = 0; // per identity per window; 0 = unlimited
    int budgetWindowSecs = 60;
    FaultSettings faults;
    quint32 randomSeed = 0; // fault-injection RNG seed; 0 = random
    int saveDelayMs = 300;  // debounce of state-file writes after changes (at least 10x the last save)
    JobSettings jobs;       // import / refresh delays and forced failures
    TlsOptions tls;
    ConnectionLimits connections; // idle timeout and cap on open connections
};

class ConnectionGuard;
class EmulatorState;
class HttpListener;
class TokenService;
class EntraApi;
class IdentityResolver;
class Router;
class FaultInjector;
class Throttler;
class ControlApi;
class ProfilesApi;
class GroupsApi;
class GroupUsersApi;
class ItemsApi;
class CapacitiesApi;
class ImportsApi;
class ModelSettingsApi;
class RefreshesApi;
class GatewaysApi;
class EmbedTokenApi;
struct HttpRequest;
struct HttpResponse;

class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(QObject *parent = nullptr);
    ~EmulatorServer() override;

    bool start(const EmulatorOptions &options, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>/v1.0/myorg
    QUrl
    loginUrl() const; // http(s)://127.0.0.1:<port>  (token URL = {loginUrl}/{tenantId}/oauth2/v2.0/token)
    // With TLS: the generated CA a client trusts (absolute path); empty otherwise or for the caller's
    // own certificate.
    QString caCertFile() const { return m_caCertFile; }

    // The seed's main (demo) service principal: well-known demo credentials.
    ServicePrincipalInfo primaryServicePrincipal() const;
    // {"baseUrl","loginUrl","tenantId","clientId","clientSecret","servicePrincipalObjectId"} and, with a
    // generated CA, "caCertFile"
    QJsonObject startupInfo() const;

    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const;
    void setTokenLifetimeSecs(int secs);
    void setRequestBudget(int requestsPerWindow, int windowSecs);
    int tokenLifetimeSecs() const;
    int requestBudget() const;
    int budgetWindowSecs() const;
    // Asynchronous operations: delays and "fail the next N imports / refreshes" (client tests).
    void setJobSettings(const JobSettings &jobs) { m_jobs = jobs; }
    JobSettings jobSettings() const { return m_jobs; }
    void setRandomSeed(quint32 seed);            // reseeds the fault-injection RNG
    void expireAllTokens();                      // every issued token answers 403 TokenExpired from now on
    QString issueToken(const QString &clientId); // a valid token without the HTTP round trip (tests)
    // The idle timeout and the cap on open connections (setLimits() at any time), what is open.
    ConnectionGuard &connections() const;

    // The answer to one request as it would be sent, without a socket (fuzzing, tests): logged, faults
    // applied; status 0 means the connection is dropped without an answer.
    HttpResponse answer(const HttpRequest &request);

    QVector<RequestRecord> requestLog() const;
    qsizetype requestLogBytes() const; // what the log holds, roughly (bounded at 32 MB)
    void clearRequestLog();

    // Direct state access for tests and benchmarks (bypasses HTTP).
    ServicePrincipalInfo addServicePrincipal(const QString &displayName); // in the primary tenant
    QStringList bulkCreateProfiles(const QString &clientId, int count, const QString &namePrefix);
    EmulatorState *state() const;
    void saveState();        // writes the state file now (also done automatically after changes)
    void savePendingState(); // writes it only when a change is waiting for the debounced save

private:
    void onRequest(const HttpRequest &request, QTcpSocket *socket);
    HttpResponse handleRest(const HttpRequest &request, RequestRecord *record, int *decision);
    void appendRecord(const RequestRecord &record);
    int saveDebounceMs() const;
    bool setUpTls(QString *error);

    EmulatorOptions m_options;
    HttpListener *m_listener = nullptr;
    EmulatorState *m_state = nullptr;
    QTimer *m_saveTimer = nullptr;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<EntraApi> m_entra;
    std::unique_ptr<IdentityResolver> m_identity;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<Throttler> m_throttler;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<ProfilesApi> m_profilesApi;
    std::unique_ptr<GroupsApi> m_groupsApi;
    std::unique_ptr<GroupUsersApi> m_groupUsersApi;
    std::unique_ptr<ItemsApi> m_itemsApi;
    std::unique_ptr<CapacitiesApi> m_capacitiesApi;
    JobSettings m_jobs;
    std::unique_ptr<ImportsApi> m_importsApi;
    std::unique_ptr<ModelSettingsApi> m_modelSettingsApi;
    std::unique_ptr<RefreshesApi> m_refreshesApi;
    std::unique_ptr<GatewaysApi> m_gatewaysApi;
    std::unique_ptr<EmbedTokenApi> m_embedTokenApi;
    std::deque<RequestRecord> m_log;
    qsizetype m_logBytes = 0;
    quint16 m_port = 0;
    QString m_caCertFile;
    std::unique_ptr<QTemporaryDir> m_tlsTempDir; // generated certificates when there is no state file
    qint64 m_lastSaveMs = 0; // duration of the last state-file write (scales the debounce)
};

} // namespace emu
