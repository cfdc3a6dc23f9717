#pragma once
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

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
    QString clientId;     // application (client) id
    QString clientSecret;
    QString objectId;     // service principal object id (used in group users, principalType App)
    QString displayName;
};

// One request as the emulator saw it (for tests: header isolation, counts).
struct RequestRecord
{
    QString method;
    QString path;                // e.g. /v1.0/myorg/groups
    QString query;
    QStringList profileHeaders;  // every X-PowerBI-Profile-Id value received (case-insensitive name)
    QString servicePrincipalId;  // client id resolved from the bearer token ("" if none/invalid)
    int status = 0;
    QString requestId;
};

struct EmulatorOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback only
    quint16 port = 0;                               // 0 = a free port
    QString statePath;                              // JSON state file; empty = in memory only
    QString seed = QStringLiteral("demo");          // "demo" | "empty" (used when no state file exists)
    int tokenLifetimeSecs = 3599;
    int requestBudget = 0;      // per identity per window; 0 = unlimited
    int budgetWindowSecs = 60;
    FaultSettings faults;
};

class EmulatorState;

class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(QObject *parent = nullptr);
    ~EmulatorServer() override;

    bool start(const EmulatorOptions &options, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:<port>/v1.0/myorg
    QUrl loginUrl() const; // http://127.0.0.1:<port>  (token URL = {loginUrl}/{tenantId}/oauth2/v2.0/token)

    // The seed's main (demo) service principal: well-known demo credentials.
    ServicePrincipalInfo primaryServicePrincipal() const;
    // {"baseUrl","loginUrl","tenantId","clientId","clientSecret","servicePrincipalObjectId"}
    QJsonObject startupInfo() const;

    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const;
    void setTokenLifetimeSecs(int secs);
    void setRequestBudget(int requestsPerWindow, int windowSecs);

    QVector<RequestRecord> requestLog() const;
    void clearRequestLog();

    // Direct state access for tests and benchmarks (bypasses HTTP).
    ServicePrincipalInfo addServicePrincipal(const QString &displayName); // in the primary tenant
    QStringList bulkCreateProfiles(const QString &clientId, int count, const QString &namePrefix);
    EmulatorState *state() const;
    void saveState(); // writes the state file now (also done automatically after changes)

private:
    // (members are the implementation's choice)
};

} // namespace emu
