#pragma once
#include <QObject>

#include "app/api/ApiError.h"
#include "app/connections/Connection.h"

class QNetworkAccessManager;

namespace td {

class ActivityLog;
class AuditLog;
class Clock;
class ContentClient;
class PowerBiClient;
class RequestScheduler;
class TokenProvider;

// Everything one open connection needs: token provider, scheduler, typed client, activity log.
// The network manager and the clock are injected.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    ConnectionSession(const Connection &connection, const QString &clientSecret, QNetworkAccessManager *nam,
                      const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const Connection &connection() const { return m_connection; }
    TokenProvider *tokens() const { return m_tokens; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    PowerBiClient *client() const { return m_client; }
    ContentClient *content() const { return m_content; }
    ActivityLog *activity() const { return m_activity; }
    // Every mutating request sent from now on is audited there (null: none); it must outlive the session.
    void setAuditLog(AuditLog *audit);
    AuditLog *auditLog() const; // for local changes that go with a request (a registry entry)

    // "Test connection": get a token, then list one page of profiles. Completes through tested().
    void test();

Q_SIGNALS:
    void tested(const td::ApiError &error, int profileCount); // error.kind None = success

private:
    Connection m_connection;
    TokenProvider *m_tokens;
    RequestScheduler *m_scheduler;
    PowerBiClient *m_client;
    ContentClient *m_content = nullptr;
    ActivityLog *m_activity;
};

} // namespace td
