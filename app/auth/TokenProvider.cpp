#include "app/auth/TokenProvider.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "app/api/ActivityLog.h"
#include "app/api/HttpSend.h"
#include "app/domain/JsonReader.h"
#include "app/util/Clock.h"
#include "app/util/Logging.h"
#include "app/util/ServiceUrl.h"

namespace td {

TokenProvider::TokenProvider(QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock ? clock : Clock::system())
{}

void TokenProvider::setCredentials(const ClientCredentials &credentials)
{
    m_credentials = credentials;
    m_token.clear();
    m_expiresAt = 0;
    Q_EMIT stateChanged();
}

void TokenProvider::setTlsConfiguration(const QSslConfiguration &tls)
{
    m_tls = tls;
}

void TokenProvider::setRefreshMarginSecs(int secs)
{
    m_marginSecs = qMax(0, secs);
}
void TokenProvider::setActivityLog(ActivityLog *log)
{
    m_log = log;
}
int TokenProvider::fetchCount() const
{
    return m_fetchCount;
}
qint64 TokenProvider::expiresAtMsecs() const
{
    return m_token.isEmpty() ? 0 : m_expiresAt;
}
ApiError TokenProvider::lastError() const
{
    return m_lastError;
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->nowMsecsSinceEpoch() < m_expiresAt;
}

bool TokenProvider::needsRefresh() const
{
    if (m_token.isEmpty())
        return true;
    // The margin never eats more than half of a (short) token lifetime.
    const qint64 margin = qMin<qint64>(qint64(m_marginSecs) * 1000, m_lifetimeMs / 2);
    return m_clock->nowMsecsSinceEpoch() >= m_expiresAt - margin;
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        // Inside the refresh margin: refresh in the background, keep serving the still-valid token.
        if (needsRefresh() && !m_reply && !m_retryPending)
            startFetch();
        const QPointer<QObject> ctx = context;
        const QString token = m_token;
        QMetaObject::invokeMethod(
            this,
            [ctx, token, callback] {
                if (ctx)
                    callback(token, ApiError());
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.push_back(Waiter{QPointer<QObject>(context), std::move(callback)});
    if (!m_reply && !m_retryPending)
        startFetch();
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_expiresAt = 0;
    qCInfo(lcAuth) << "token invalidated";
    Q_EMIT stateChanged();
}

void TokenProvider::invalidateToken(const QString &token)
{
    if (!token.isEmpty() && token == m_token)
        invalidate();
}

QUrl TokenProvider::tokenUrl() const
{
    QUrl url = m_credentials.loginUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + m_credentials.tenantId + QLatin1String("/oauth2/v2.0/token"));
    return url;
}

void TokenProvider::startFetch()
{
    const QString refused = ServiceUrl::problem(tokenUrl());
    if (!refused.isEmpty()) { // the secret is never posted in clear text, whatever opened the session
        qCWarning(lcAuth) << "token request refused: not https to" << tokenUrl().host();
        ApiError error = ApiError::make(ApiError::Kind::Config, refused);
        error.method = QStringLiteral("POST");
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_lastError = error;
                m_token.clear();
                m_expiresAt = 0;
                Q_EMIT stateChanged();
                deliver(QString(), error);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_tls)
        request.setSslConfiguration(*m_tls);

    QByteArray form;
    form += "grant_type=client_credentials";
    form += "&client_id=" + QUrl::toPercentEncoding(m_credentials.clientId);
    form += "&client_secret=" + QUrl::toPercentEncoding(m_credentials.clientSecret);
    form += "&scope=" + QUrl::toPercentEncoding(m_credentials.scope);

    ++m_fetchCount;
    ++m_fetchAttempt;
    qCInfo(lcAuth) << "requesting a token from" << request.url().host() << "for tenant"
                   << m_credentials.tenantId;
    const qint64 started = m_clock->nowMsecsSinceEpoch();
    QNetworkReply *reply = m_nam->post(request, form);
    form.fill('\0'); // do not leave the secret lying around in this buffer
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, started] { onFetchFinished(reply, started); });
}

void TokenProvider::onFetchFinished(QNetworkReply *reply, qint64 startedMs)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->readAll();
    const QString requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("x-ms-request-id")));
    const qint64 now = m_clock->nowMsecsSinceEpoch();

    ApiError error;
    QString token;
    qint64 expiresIn = 0;
    if (status == 0) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                             reply->error() == QNetworkReply::TimeoutError;
        error =
            ApiError::make(timeout ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                           timeout ? tr("the token endpoint did not answer in time") : noAnswerText(reply));
    } else if (status >= 200 && status < 300) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const JsonReader r(doc.object());
        token = r.string(QLatin1String("access_token"));
        expiresIn = r.string(QLatin1String("expires_in")).toLongLong();
        if (token.isEmpty()) {
            error = ApiError::fromHttp(status, body, requestId);
            error.kind = ApiError::Kind::BadResponse;
            if (!error.htmlBody)
                error.message = tr("the token endpoint answered without an access token");
        }
    } else {
        error = ApiError::fromTokenEndpoint(status, body, requestId);
    }
    if (error.isError()) {
        error.method = QStringLiteral("POST");
        error.path = reply->url().path();
    }

    if (m_log) {
        ActivityEntry a;
        a.time = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
        a.method = QStringLiteral("POST");
        a.url = reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        a.httpStatus = status;
        a.durationMs = now - startedMs;
        a.requestId = requestId;
        a.attempts = 1;
        a.errorCode = error.isError() ? (error.code.isEmpty() ? ApiError::kindName(error.kind) : error.code)
                                      : QString();
        m_log->append(a);
    }

    // An untrusted certificate stays untrusted: not retried.
    const bool transient = (status == 0 && error.kind != ApiError::Kind::Cancelled &&
                            reply->error() != QNetworkReply::SslHandshakeFailedError) ||
                           status >= 500 || status == 429;
    if (error.isError() && transient && m_fetchAttempt < 3) {
        int delayMs = 500 * m_fetchAttempt;
        if (status == 429)
            delayMs = qBound(1, reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt(), 30) * 1000;
        qCInfo(lcAuth) << "token request failed transiently (" << status << "), retrying in" << delayMs
                       << "ms";
        m_retryPending = true;
        QTimer::singleShot(delayMs, this, [this] {
            m_retryPending = false;
            if (!m_reply)
                startFetch();
        });
        return;
    }
    m_fetchAttempt = 0;
    if (error.isError()) {
        qCWarning(lcAuth) << "token request failed:" << ApiError::kindName(error.kind) << error.code
                          << status;
        m_lastError = error;
        m_token.clear();
        m_expiresAt = 0;
    } else {
        m_lastError = ApiError();
        m_token = token;
        m_lifetimeMs = qMax<qint64>(1, expiresIn) * 1000;
        m_expiresAt = now + m_lifetimeMs;
        qCInfo(lcAuth) << "token obtained, lifetime" << expiresIn << "s";
    }
    Q_EMIT stateChanged();
    deliver(token, error);
}

void TokenProvider::deliver(const QString &token, const ApiError &error)
{
    const QVector<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(token, error);
    }
}

} // namespace td
