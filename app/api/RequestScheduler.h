#pragma once
#include <QObject>
#include <QUrl>

#include "api/RequestJob.h"

class QNetworkAccessManager;

namespace td {

class ActivityLog;
class Clock;
class TokenProvider;

struct RetryPolicy
{
    int maxAttempts = 5;          // including the first
    int baseDelayMs = 500;        // exponential back-off base for 5xx / resets / timeouts
    int maxDelayMs = 30000;       // cap of one back-off delay
    double jitter = 0.2;          // +/- share of the delay
    int maxRetryAfterSecs = 3600; // a longer Retry-After fails the request instead of waiting
};

// Per connection: concurrency limit, bearer token, profile header, retries (429 honours Retry-After,
// shared by the whole connection; 5xx/reset/timeout get capped exponential back-off with jitter),
// a 401 triggers one token refresh and one retry, cancellation, transfer timeouts, the activity log.
class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    RequestScheduler(QNetworkAccessManager *nam, TokenProvider *tokens, const QUrl &apiBaseUrl,
                     ActivityLog *log, const Clock *clock, QObject *parent = nullptr);

    void setMaxConcurrency(int n); // default 6 (QNetworkAccessManager's HTTP/1.1 per-host limit)
    int maxConcurrency() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    QUrl apiBaseUrl() const;

    // Queues a request; the returned job completes exactly once.
    RequestJob *submit(const ApiRequest &request);
    void cancelAll();

    int queuedCount() const;
    int inFlightCount() const;
    qint64 throttledUntilMsecs() const; // 0 when not throttled

Q_SIGNALS:
    void throttled(int retryAfterSecs); // a 429 paused the connection
    void loadChanged();                 // queued / in-flight counts changed

private:
    friend class RequestJob;
    void cancelJob(RequestJob *job);
    // (other members are the implementation's choice)
};

} // namespace td
