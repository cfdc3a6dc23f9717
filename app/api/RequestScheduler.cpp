#include "app/api/RequestScheduler.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include "app/api/ActivityLog.h"
#include "app/api/HttpSend.h"
#include "app/api/ResponseCheck.h"
#include "app/api/RetryMath.h"
#include "app/audit/AuditLog.h"
#include "app/audit/RequestAudit.h"
#include "app/auth/TokenProvider.h"
#include "app/util/Clock.h"
#include "app/util/Logging.h"

namespace td {

namespace {
enum State { Queued, AwaitingToken, InFlight, WaitingRetry };
} // namespace

struct RequestScheduler::Entry
{
    ApiCall *job = nullptr;
    int state = Queued;
    quint64 serial = 0; // changes on every step, so stale callbacks are ignored
    QPointer<QNetworkReply> reply;
    QTimer *retryTimer = nullptr;
    QElapsedTimer elapsed;
    QDateTime submittedUtc;
    QUrl url;
    QString token; // token of the in-flight attempt (memory only)
    int attempts = 0;
    int redirects = 0;
    bool tokenRetried = false;
    int lastStatus = 0;
    QString lastRequestId;
};

RequestScheduler::RequestScheduler(QNetworkAccessManager *nam, TokenProvider *tokens, const QUrl &apiBaseUrl,
                                   ActivityLog *log, const Clock *clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_tokens(tokens), m_apiBaseUrl(apiBaseUrl), m_log(log),
      m_clock(clock ? clock : Clock::system()), m_throttleTimer(new QTimer(this))
{
    m_throttleTimer->setSingleShot(true);
    m_throttleTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5% early
    connect(m_throttleTimer, &QTimer::timeout, this, [this] {
        m_throttledUntil = 0;
        pump();
    });
}

RequestScheduler::~RequestScheduler()
{
    m_throttleTimer->stop();
    cancelAll(); // every pending job completes (Cancelled) exactly once
}

void RequestScheduler::setMaxConcurrency(int n)
{
    m_maxConcurrency = qMax(1, n);
    pump();
}

int RequestScheduler::maxConcurrency() const
{
    return m_maxConcurrency;
}
void RequestScheduler::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}
RetryPolicy RequestScheduler::retryPolicy() const
{
    return m_policy;
}
AuditLog *RequestScheduler::auditLog() const
{
    return m_audit;
}

void RequestScheduler::setAuditLog(AuditLog *audit, const QString &connectionId)
{
    m_audit = audit;
    m_auditConnectionId = connectionId;
}

void RequestScheduler::audit(const Entry *entry, int status, const QByteArray &body, const QString &requestId,
                             const QString &error)
{
    const ApiRequest &req = entry->job->request();
    if (!m_audit || !RequestAudit::audits(req))
        return;
    AuditEntry e = RequestAudit::entry(req, status, body, requestId, error, entry->attempts);
    e.connectionId = m_auditConnectionId;
    m_audit->append(e);
}

QUrl RequestScheduler::apiBaseUrl() const
{
    return m_apiBaseUrl;
}
void RequestScheduler::setTlsConfiguration(const QSslConfiguration &tls)
{
    m_tls = tls;
}
int RequestScheduler::queuedCount() const
{
    return m_queue.size();
}
int RequestScheduler::inFlightCount() const
{
    return m_active;
}

int RequestScheduler::handoffLimit() const
{
    constexpr int qnamHttp1HostConnections = 6; // QHttpNetworkConnection's channel count
    constexpr int prefetch = 2;
    const bool http1 = m_apiBaseUrl.scheme() == QLatin1String("http");
    return http1 && m_maxConcurrency >= qnamHttp1HostConnections ? m_maxConcurrency + prefetch
                                                                 : m_maxConcurrency;
}

qint64 RequestScheduler::throttledUntilMsecs() const
{
    return m_throttledUntil > m_clock->nowMsecsSinceEpoch() ? m_throttledUntil : 0;
}

QUrl RequestScheduler::urlFor(const ApiRequest &request) const
{
    QUrl url = m_apiBaseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = request.path;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    url.setPath(base + QLatin1Char('/') + path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *RequestScheduler::submit(const ApiRequest &request)
{
    auto *job = new ApiCall(request, this);
    auto entry = std::make_unique<Entry>();
    entry->job = job;
    entry->elapsed.start();
    entry->submittedUtc = QDateTime::currentDateTimeUtc();
    entry->url = urlFor(request);
    m_entries.emplace(job, std::move(entry));
    m_queue.push_back(job);
    Q_EMIT loadChanged();
    // Start on the next event loop turn, so the caller can connect to finished() first.
    QTimer::singleShot(0, this, &RequestScheduler::pump);
    return job;
}

void RequestScheduler::cancelAll()
{
    std::vector<ApiCall *> jobs;
    for (const auto &kv : m_entries)
        jobs.push_back(kv.first);
    for (ApiCall *job : jobs)
        cancelJob(job);
}

void RequestScheduler::setState(Entry *entry, int state)
{
    const bool wasActive = entry->state == AwaitingToken || entry->state == InFlight;
    const bool isActive = state == AwaitingToken || state == InFlight;
    m_active += int(isActive) - int(wasActive);
    entry->state = state;
    entry->serial = ++m_serial;
}

void RequestScheduler::cancelJob(ApiCall *job)
{
    auto it = m_entries.find(job);
    if (it == m_entries.end())
        return;
    Entry *e = it->second.get();
    if (e->reply) {
        // Sent (or about to be): the service may act on it, so it is audited with an unknown outcome.
        audit(e, 0, {}, {}, tr("cancelled before the answer"));
        QNetworkReply *reply = e->reply;
        e->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    fail(e, ApiError::make(ApiError::Kind::Cancelled, QString()));
}

void RequestScheduler::pump()
{
    if (m_throttledUntil > 0) {
        const qint64 wait = m_throttledUntil - m_clock->nowMsecsSinceEpoch();
        if (wait > 0) {
            if (!m_throttleTimer->isActive())
                m_throttleTimer->start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
            return;
        }
        m_throttledUntil = 0;
    }
    bool changed = false;
    const int limit = handoffLimit();
    while (m_active < limit && !m_queue.isEmpty()) {
        ApiCall *job = m_queue.takeFirst();
        auto it = m_entries.find(job);
        if (it == m_entries.end())
            continue;
        changed = true;
        requestTokenFor(it->second.get());
    }
    if (changed)
        Q_EMIT loadChanged();
}

void RequestScheduler::requestTokenFor(Entry *entry)
{
    setState(entry, AwaitingToken);
    if (!m_tokens) {
        fail(entry, ApiError::make(ApiError::Kind::Config, tr("no token provider")));
        return;
    }
    const QPointer<ApiCall> job = entry->job;
    const quint64 serial = entry->serial;
    m_tokens->requestToken(this, [this, job, serial](const QString &token, const ApiError &error) {
        if (!job)
            return;
        auto it = m_entries.find(job.data());
        if (it == m_entries.end() || it->second->serial != serial)
            return;
        Entry *e = it->second.get();
        if (error.isError()) {
            fail(e, error);
            failAllQueued(error); // the same credentials would fail the same way
            return;
        }
        send(e, token);
    });
}

void RequestScheduler::failAllQueued(const ApiError &error)
{
    const QList<ApiCall *> queued = m_queue;
    m_queue.clear();
    for (ApiCall *job : queued) {
        auto it = m_entries.find(job);
        if (it != m_entries.end())
            fail(it->second.get(), error);
    }
}

void RequestScheduler::send(Entry *entry, const QString &token)
{
    const ApiRequest &req = entry->job->request();
    entry->token = token;
    entry->attempts += 1;
    setState(entry, InFlight);
    QString bodyError;
    QNetworkReply *reply = sendHttp(m_nam, req, entry->url, token, m_tls ? &*m_tls : nullptr, &bodyError);
    if (!reply) { // a refused URL or an unreadable file to upload: nothing was sent
        fail(entry, ApiError::make(ApiError::Kind::Config, bodyError));
        return;
    }
    entry->reply = reply;
    ApiCall *job = entry->job;
    if (!req.uploadFilePath.isEmpty())
        connect(reply, &QNetworkReply::uploadProgress, job, &ApiCall::uploadProgress);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] {
        auto it = m_entries.find(job);
        if (it == m_entries.end() || it->second->reply != reply) {
            reply->deleteLater();
            return;
        }
        onReplyFinished(it->second.get(), reply);
    });
    qCDebug(lcApi) << "send" << req.method << entry->url.path() << "attempt" << entry->attempts
                   << (req.profileId.isEmpty() ? "as SP" : "as profile");
}

void RequestScheduler::onReplyFinished(Entry *entry, QNetworkReply *reply)
{
    entry->reply = nullptr;
    reply->deleteLater();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (status > 0) {
        // A 4xx/5xx still has headers and a body: read them, not only reply->error().
        const QByteArray body = reply->readAll();
        const QString requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("RequestId")));
        audit(entry, status, body, requestId, QString());
        handleHttp(entry, status, body, requestId, reply->rawHeader(QByteArrayLiteral("Retry-After")),
                   reply->rawHeader(QByteArrayLiteral("Location")));
        return;
    }
    const QNetworkReply::NetworkError err = reply->error();
    if (err != QNetworkReply::ConnectionRefusedError && err != QNetworkReply::HostNotFoundError)
        audit(entry, 0, {}, {}, reply->errorString()); // may have reached the service
    handleNoAnswer(entry, int(reply->error()), noAnswerText(reply));
}

void RequestScheduler::handleHttp(Entry *entry, int status, const QByteArray &body, const QString &requestId,
                                  const QByteArray &retryAfter, const QByteArray &location)
{
    const ApiRequest &req = entry->job->request();
    entry->lastStatus = status;
    entry->lastRequestId = requestId;
    ApiResponse r;
    r.httpStatus = status;
    r.body = body;
    r.requestId = requestId;

    if (status >= 200 && status < 300) {
        r.error = checkSuccessBody(status, body, requestId, req.expectJson);
        if (r.error.isError())
            r.body.clear();
        finish(entry, r);
        return;
    }
    const bool redirect = status == 307 || status == 308 ||
                          ((status == 301 || status == 302 || status == 303) && req.method == "GET");
    if (redirect && !location.isEmpty()) {
        const QUrl target = entry->url.resolved(QUrl::fromEncoded(location));
        const bool sameHost = target.host().compare(entry->url.host(), Qt::CaseInsensitive) == 0 &&
                              target.scheme() == entry->url.scheme() && target.port() == entry->url.port();
        if (sameHost && entry->redirects < 5) {
            entry->redirects += 1;
            entry->url = target;
            entry->attempts -= 1; // a redirect is the same attempt
            requeueFront(entry);
            return;
        }
        qCWarning(lcApi) << "refused redirect to another host" << target.host();
    }

    r.error = ApiError::fromHttp(status, body, requestId);
    if (status == 429)
        r.error.retryAfterSecs = RetryMath::parseRetryAfterSecs(retryAfter, m_clock->nowMsecsSinceEpoch());
    const bool canRetry = entry->attempts < qMax(1, m_policy.maxAttempts);
    if (status == 429 && canRetry) { // the server did not act on it: safe to retry, even for a create
        int secs = r.error.retryAfterSecs;
        if (secs < 0)
            secs = qMax(1, RetryMath::backoffDelayMs(m_policy, entry->attempts, 0.5) / 1000);
        if (secs <= m_policy.maxRetryAfterSecs) {
            const qint64 until = m_clock->nowMsecsSinceEpoch() + qint64(secs) * 1000;
            m_throttledUntil = qMax(m_throttledUntil, until);
            m_throttleTimer->stop(); // re-armed by pump() for the new deadline
            qCInfo(lcApi) << "throttled: Retry-After" << secs << "s";
            Q_EMIT throttled(secs);
            requeueFront(entry);
            return;
        }
    }
    const bool tokenProblem =
        (status == 401 &&
         (r.error.code.isEmpty() || r.error.code == QLatin1String("PowerBINotAuthorizedException"))) ||
        (status == 403 && r.error.code == QLatin1String("TokenExpired"));
    if (tokenProblem && !entry->tokenRetried && m_tokens) { // rejected before acting: safe to resend
        entry->tokenRetried = true;
        m_tokens->invalidateToken(entry->token);
        requeueFront(entry);
        return;
    }
    if (status >= 500 && req.idempotent && canRetry) {
        retryLater(entry);
        return;
    }
    finish(entry, r);
}

void RequestScheduler::handleNoAnswer(Entry *entry, int networkError, const QString &errorText)
{
    const ApiRequest &req = entry->job->request();
    const auto err = QNetworkReply::NetworkError(networkError);
    const bool timeout = err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError;
    const bool refused = err == QNetworkReply::ConnectionRefusedError;
    const bool dropped =
        err == QNetworkReply::RemoteHostClosedError || err == QNetworkReply::TemporaryNetworkFailureError ||
        err == QNetworkReply::NetworkSessionFailedError || err == QNetworkReply::UnknownNetworkError ||
        err == QNetworkReply::ProxyConnectionClosedError || err == QNetworkReply::ContentReSendError;
    const bool canRetry = entry->attempts < qMax(1, m_policy.maxAttempts);
    // A refused connection never reached the server; a drop or timeout may have been acted upon.
    if (canRetry && (refused || ((dropped || timeout) && req.idempotent))) {
        retryLater(entry);
        return;
    }
    ApiError error = ApiError::make(timeout ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                                    timeout ? tr("no answer within %1 ms").arg(req.timeoutMs) : errorText);
    if (!timeout)
        error.code = QStringLiteral("NetworkError%1").arg(networkError);
    fail(entry, error);
}

void RequestScheduler::retryLater(Entry *entry)
{
    const int delayMs =
        RetryMath::backoffDelayMs(m_policy, entry->attempts, QRandomGenerator::global()->generateDouble());
    setState(entry, WaitingRetry);
    if (!entry->retryTimer) {
        entry->retryTimer = new QTimer(this);
        entry->retryTimer->setSingleShot(true);
        entry->retryTimer->setTimerType(Qt::PreciseTimer);
        ApiCall *job = entry->job;
        connect(entry->retryTimer, &QTimer::timeout, this, [this, job] {
            auto it = m_entries.find(job);
            if (it != m_entries.end() && it->second->state == WaitingRetry)
                requeueFront(it->second.get());
        });
    }
    qCDebug(lcApi) << "retry in" << delayMs << "ms";
    entry->retryTimer->start(delayMs);
    Q_EMIT loadChanged();
    pump();
}

void RequestScheduler::requeueFront(Entry *entry)
{
    setState(entry, Queued);
    m_queue.prepend(entry->job);
    Q_EMIT loadChanged();
    pump();
}

void RequestScheduler::finish(Entry *entry, ApiResponse response)
{
    ApiCall *job = entry->job;
    const ApiRequest &req = job->request();
    setState(entry, Queued); // leaves the active count
    m_queue.removeAll(job);
    if (entry->retryTimer) {
        entry->retryTimer->stop();
        entry->retryTimer->deleteLater();
        entry->retryTimer = nullptr;
    }
    response.attempts = entry->attempts;
    response.elapsedMs = entry->elapsed.elapsed();
    if (response.error.isError()) {
        response.error.sends = entry->attempts;
        response.error.method = QString::fromLatin1(req.method);
        response.error.path = entry->url.path();
        if (response.error.requestId.isEmpty())
            response.error.requestId = entry->lastRequestId;
        if (response.error.httpStatus == 0 && response.error.kind != ApiError::Kind::Cancelled &&
            response.error.kind != ApiError::Kind::Auth)
            response.error.httpStatus = response.httpStatus;
    }
    if (m_log) {
        ActivityEntry a;
        a.time = entry->submittedUtc;
        a.method = QString::fromLatin1(req.method);
        a.url = entry->url.toString(QUrl::FullyEncoded);
        a.profileId = req.profileId;
        a.httpStatus = response.httpStatus;
        a.durationMs = response.elapsedMs;
        a.requestId = response.requestId.isEmpty() ? entry->lastRequestId : response.requestId;
        a.attempts = entry->attempts;
        if (response.error.isError())
            a.errorCode =
                response.error.code.isEmpty() ? ApiError::kindName(response.error.kind) : response.error.code;
        m_log->append(a);
    }
    qCDebug(lcApi) << "done" << req.method << entry->url.path() << "status" << response.httpStatus
                   << "attempts" << entry->attempts << ApiError::kindName(response.error.kind);
    m_entries.erase(job); // destroys entry
    job->complete(response);
    Q_EMIT loadChanged();
    QTimer::singleShot(0, this, &RequestScheduler::pump);
}

void RequestScheduler::fail(Entry *entry, const ApiError &error)
{
    ApiResponse r;
    r.httpStatus = error.httpStatus;
    r.requestId = error.requestId;
    r.error = error;
    finish(entry, r);
}

} // namespace td
