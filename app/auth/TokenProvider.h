#pragma once
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QVector>
#include <functional>
#include <optional>

#include "app/api/ApiError.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace td {

class ActivityLog;
class Clock;

struct ClientCredentials
{
    QUrl loginUrl; // authority root; token URL = {loginUrl}/{tenantId}/oauth2/v2.0/token
    QString tenantId;
    QString clientId;
    QString clientSecret; // held in memory only while the session lives; never logged
    QString scope = QStringLiteral("https://analysis.windows.net/powerbi/api/.default");
};

// Client-credentials token for one connection. The token lives in memory only. It is refreshed ahead
// of expiry (5 minutes before, i.e. at 55 of 60 minutes); concurrent requests share one fetch.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &accessToken, const td::ApiError &error)>;

    TokenProvider(QNetworkAccessManager *nam, const Clock *clock, QObject *parent = nullptr);
    void setCredentials(const ClientCredentials &credentials);
    void setRefreshMarginSecs(int secs); // default 300
    // TLS settings of the token requests (the connection's trusted CAs); unset: Qt's default.
    void setTlsConfiguration(const QSslConfiguration &tls);

    // Calls back (asynchronously, through the event loop) with a valid token, or with an error.
    // The callback is dropped when context is destroyed first.
    void requestToken(QObject *context, Callback callback);
    void invalidate(); // after a 401: the next requestToken() fetches a new token
    // Invalidates only when `token` is still the current one (many 401s for one token: one refresh).
    void invalidateToken(const QString &token);
    void setActivityLog(ActivityLog *log); // token endpoint calls are logged (URL only)
    int fetchCount() const;                // token requests sent so far

    bool hasValidToken() const;
    qint64 expiresAtMsecs() const; // 0 if none
    ApiError lastError() const;

Q_SIGNALS:
    void stateChanged(); // token obtained, refreshed, invalidated or failed

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    bool needsRefresh() const;
    void startFetch();
    void onFetchFinished(QNetworkReply *reply, qint64 startedMs);
    void deliver(const QString &token, const ApiError &error);
    QUrl tokenUrl() const;

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    ClientCredentials m_credentials;
    std::optional<QSslConfiguration> m_tls;
    QPointer<ActivityLog> m_log;
    int m_marginSecs = 300;
    const int m_timeoutMs = 30000; // transfer timeout of the token request
    QString m_token;
    qint64 m_expiresAt = 0;
    qint64 m_lifetimeMs = 0;
    ApiError m_lastError;
    QVector<Waiter> m_waiters;
    QPointer<QNetworkReply> m_reply;
    int m_fetchCount = 0;
    int m_fetchAttempt = 0;      // sends of the current fetch (a dropped or 5xx answer is retried twice)
    bool m_retryPending = false; // waiting to re-send the current fetch
};

} // namespace td
