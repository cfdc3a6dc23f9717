#pragma once
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>
#include <optional>
#include <unordered_map>

#include "app/api/ApiCall.h"
#include "app/api/RetryMath.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace td {

class ActivityLog;
class AuditLog;
class Clock;
class TokenProvider;

// Per connection: concurrency limit, bearer token, profile header, retries (429 honours Retry-After,
// shared by the whole connection; 5xx/reset/timeout get capped exponential back-off with jitter),
// a 401 triggers one token refresh and one retry, cancellation, transfer timeouts, the activity log.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    RequestScheduler(QNetworkAccessManager *nam, TokenProvider *tokens, const QUrl &apiBaseUrl,
                     ActivityLog *log, const Clock *clock, QObject *parent = nullptr);
    ~RequestScheduler() override; // pending jobs complete as Cancelled

    void setMaxConcurrency(int n); // default 6 (QNetworkAccessManager's HTTP/1.1 per-host limit)
    int maxConcurrency() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    QUrl apiBaseUrl() const;
    // TLS settings of every request from now on (the connection's trusted CAs); unset: Qt's default.
    void setTlsConfiguration(const QSslConfiguration &tls);
    // One audit row per send of a request other than GET, when its answer (or its loss) is known:
    // RequestAudit names it; the token endpoint is never audited. Null: nothing is audited.
    void setAuditLog(AuditLog *audit, const QString &connectionId);
    AuditLog *auditLog() const;

    // Queues a request; the returned job completes exactly once.
    ApiCall *submit(const ApiRequest &request);
    void cancelAll();

    int queuedCount() const;
    int inFlightCount() const; // handed to the network (or waiting for a token), see handoffLimit()
    // How many requests are handed to QNetworkAccessManager at once. Over plain HTTP (HTTP/1.1: the
    // emulator on loopback) QNAM opens at most 6 connections per host and queues the rest itself; with a
    // limit of 6 or more, two more are handed over so that a connection that frees up sends the next
    // request from QNAM's network thread at once, without a round trip through this thread first. The
    // wire concurrency stays at 6. Over HTTPS (HTTP/2 multiplexes) the limit is maxConcurrency().
    int handoffLimit() const;
    qint64 throttledUntilMsecs() const; // 0 when not throttled

Q_SIGNALS:
    void throttled(int retryAfterSecs); // a 429 paused the connection
    void loadChanged();                 // queued / in-flight counts changed

private:
    friend class ApiCall;
    struct Entry;
    void cancelJob(ApiCall *job);
    void pump();
    void requestTokenFor(Entry *entry);
    void send(Entry *entry, const QString &token);
    void onReplyFinished(Entry *entry, QNetworkReply *reply);
    void handleHttp(Entry *entry, int status, const QByteArray &body, const QString &requestId,
                    const QByteArray &retryAfter, const QByteArray &location);
    void handleNoAnswer(Entry *entry, int networkError, const QString &errorText);
    void audit(const Entry *entry, int status, const QByteArray &body, const QString &requestId,
               const QString &error);
    void retryLater(Entry *entry); // after the back-off of its attempts so far
    void requeueFront(Entry *entry);
    void finish(Entry *entry, ApiResponse response);
    void fail(Entry *entry, const ApiError &error); // finish() without an answer to keep
    void setState(Entry *entry, int state);
    void failAllQueued(const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_nam;
    QPointer<TokenProvider> m_tokens;
    QUrl m_apiBaseUrl;
    std::optional<QSslConfiguration> m_tls;
    QPointer<ActivityLog> m_log;
    QPointer<AuditLog> m_audit;
    QString m_auditConnectionId;
    const Clock *m_clock;
    int m_maxConcurrency = 6;
    RetryPolicy m_policy;
    std::unordered_map<ApiCall *, std::unique_ptr<Entry>> m_entries;
    QList<ApiCall *> m_queue;
    int m_active = 0;
    quint64 m_serial = 0;
    qint64 m_throttledUntil = 0;
    QTimer *m_throttleTimer;
};

} // namespace td
