#include "TokenService.h"

#include "EmulatorState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace emu {

namespace {
const QString kScope = QStringLiteral("https://analysis.windows.net/powerbi/api/.default");

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

TokenService::TokenService(EmulatorState &state) : m_state(state) {}

HttpResponse TokenService::aadError(int status, const QString &error, int code,
                                    const QString &description) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString ts = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString full = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(code)
                             .arg(description, traceId, correlationId, ts);
    QJsonObject body{{QStringLiteral("error"), error},
                     {QStringLiteral("error_description"), full},
                     {QStringLiteral("error_codes"), QJsonArray{code}},
                     {QStringLiteral("timestamp"), ts},
                     {QStringLiteral("trace_id"), traceId},
                     {QStringLiteral("correlation_id"), correlationId},
                     {QStringLiteral("error_uri"),
                      QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)}};
    HttpResponse r = HttpResponse::json(status, QJsonDocument(body), "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.setHeader("x-ms-request-id", traceId.toLatin1());
    return r;
}

HttpResponse TokenService::handle(const QString &tenant, const HttpRequest &request, QString *clientIdOut)
{
    clientIdOut->clear();
    if (request.method != QLatin1String("POST"))
        return aadError(400, QStringLiteral("invalid_request"), 900561,
                        QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                            .arg(request.method));
    const QString t = tenant.toLower();
    if (t == QLatin1String("common") || t == QLatin1String("organizations") ||
        t == QLatin1String("consumers"))
        // Assumption (docs/powerbi-rest/API-NOTES.md §16): every multi-tenant alias is refused for client
        // credentials.
        return aadError(
            400, QStringLiteral("invalid_request"), 9001023,
            QStringLiteral("The grant type isn't supported over the /common or /consumers endpoints. "
                           "Please use the /organizations or tenant-specific endpoint."));
    const Tenant *tn = m_state.findTenant(tenant);
    if (!tn)
        return aadError(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenant));

    QByteArray formBody = request.body;
    formBody.replace('+', "%20");
    const QUrlQuery form{QString::fromUtf8(formBody)};
    QString clientId = formValue(form, QStringLiteral("client_id"));
    QString secret = formValue(form, QStringLiteral("client_secret"));
    bool hasSecret = form.hasQueryItem(QStringLiteral("client_secret"));
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ") || auth.startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
            hasSecret = true;
        }
    }
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    if (grantType != QLatin1String("client_credentials"))
        return aadError(400, QStringLiteral("unsupported_grant_type"), 70003,
                        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
    if (clientId.isEmpty())
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    const ServicePrincipalInfo *sp = m_state.findSpByClientId(clientId);
    if (!sp || sp->tenantId.compare(tn->id, Qt::CaseInsensitive) != 0)
        return aadError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. "
                           "This can happen if the application has not been installed by the "
                           "administrator of the tenant or consented to by any user in the tenant.")
                .arg(clientId, tenant));
    if (!m_state.isServicePrincipalEnabled(sp->clientId))
        return aadError(
            400, QStringLiteral("unauthorized_client"), 7000112,
            QStringLiteral("Application '%1'(%2) is disabled.").arg(sp->clientId, sp->displayName));
    if (!hasSecret || secret.isEmpty())
        return aadError(401, QStringLiteral("invalid_client"), 7000218,
                        QStringLiteral("The request body must contain the following parameter: "
                                       "'client_assertion' or 'client_secret'."));
    if (!m_state.checkClientSecret(sp->clientId, secret))
        return aadError(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                           "is the client secret value, not the client secret ID, for a secret added "
                           "to app '%1'.")
                .arg(sp->clientId));
    if (m_state.isSecretExpired(sp->clientId))
        return aadError(
            401, QStringLiteral("invalid_client"), 7000222,
            QStringLiteral(
                "The provided client secret keys for app '%1' are expired. Visit the Azure portal to "
                "create new keys for your app: https://aka.ms/NewClientSecret, or consider using "
                "certificate credentials for added security: https://aka.ms/certCreds.")
                .arg(sp->clientId));
    const QString scope = formValue(form, QStringLiteral("scope"));
    if (scope.isEmpty())
        return aadError(400, QStringLiteral("invalid_request"), 900144,
                        QStringLiteral("The request body must contain the following parameter: 'scope'."));
    if (scope.compare(kScope, Qt::CaseInsensitive) != 0)
        return aadError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided request must include a 'scope' input parameter. The provided "
                           "value for the input parameter 'scope' is not valid. The scope %1 is not "
                           "valid.")
                .arg(scope));

    *clientIdOut = sp->clientId;
    const QString token = issue(sp->clientId);
    const QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), m_lifetimeSecs},
                           {QStringLiteral("ext_expires_in"), m_lifetimeSecs},
                           {QStringLiteral("access_token"), token}};
    HttpResponse r = HttpResponse::json(200, QJsonDocument(body), "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.setHeader("x-ms-request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()); // as Entra
    return r;
}

QString TokenService::issue(const QString &clientId)
{
    if (++m_issuedSincePrune >= 1000)
        prune();
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    // Opaque on purpose: "emu1." prefix, never "eyJ" (not a JWT).
    const QString token =
        QStringLiteral("emu1.") +
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {clientId, QDateTime::currentMSecsSinceEpoch() + qint64(m_lifetimeSecs) * 1000});
    return token;
}

TokenService::TokenCheck TokenService::check(const QString &token, QString *clientId) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return TokenCheck::Invalid;
    *clientId = it->clientId;
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return TokenCheck::Expired;
    return TokenCheck::Valid;
}

void TokenService::expireAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto &info : m_tokens)
        info.expiresAtMs = qMin(info.expiresAtMs, now);
}

void TokenService::prune()
{
    m_issuedSincePrune = 0;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAtMs < cutoff)
            it = m_tokens.erase(it);
        else
            ++it;
    }
}

} // namespace emu
