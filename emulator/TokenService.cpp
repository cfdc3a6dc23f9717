#include "TokenService.h"

#include "EmulatorState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace emu {

namespace {
const QString kPowerBiResource = QStringLiteral("https://analysis.windows.net/powerbi/api");
const QString kPowerBiAppId = QStringLiteral("00000009-0000-0000-c000-000000000000");
const QString kDefaultSuffix = QStringLiteral("/.default");

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s.toLower();
}

bool isOidcScope(const QString &scope)
{
    // Entra accepts the OpenID Connect scopes beside a resource's /.default (emulator/README.md "Entra").
    static const QStringList oidc{QStringLiteral("openid"), QStringLiteral("profile"),
                                  QStringLiteral("offline_access"), QStringLiteral("email")};
    return oidc.contains(scope, Qt::CaseInsensitive);
}

HttpResponse noStore(HttpResponse r)
{
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    return r;
}
} // namespace

TokenService::TokenService(EmulatorState &state) : m_state(state) {}

HttpResponse TokenService::aadError(int status, const QString &error, int code, const QString &description)
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
    HttpResponse r =
        noStore(HttpResponse::json(status, QJsonDocument(body), "application/json; charset=utf-8"));
    r.setHeader("x-ms-request-id", traceId.toLatin1());
    return r;
}

bool TokenService::isPowerBiAudience(const QString &audience)
{
    const QString a = withoutTrailingSlash(audience);
    return a == kPowerBiResource || a == kPowerBiAppId;
}

QString TokenService::issuer(const QString &origin, const QString &tenantId)
{
    // Entra's v1 issuer is https://sts.windows.net/{tid}/; the emulator is its own issuer.
    return origin + QLatin1Char('/') + tenantId + QLatin1Char('/');
}

QString TokenService::audienceFromScope(const QString &scope, HttpResponse *error) const
{
    QStringList resources;
    bool allDefault = true;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isOidcScope(s))
            continue;
        if (!s.endsWith(kDefaultSuffix, Qt::CaseInsensitive) || s.size() == kDefaultSuffix.size()) {
            allDefault = false;
            continue;
        }
        const QString resource = s.chopped(kDefaultSuffix.size());
        const bool seen = std::any_of(resources.cbegin(), resources.cend(), [&](const QString &r) {
            return withoutTrailingSlash(r) == withoutTrailingSlash(resource);
        });
        if (!seen)
            resources.append(resource);
    }
    if (!allDefault || resources.isEmpty()) {
        *error = aadError(400, QStringLiteral("invalid_scope"), 1002012,
                          QStringLiteral("The provided value for scope %1 is not valid. Client credential "
                                         "flows must have a scope value with /.default suffixed to the "
                                         "resource identifier (application ID URI).")
                              .arg(scope));
        return {};
    }
    if (resources.size() > 1) {
        *error = aadError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided request must include a 'scope' input parameter. The provided "
                           "value for the input parameter 'scope' is not valid. The scope %1 is not valid.")
                .arg(scope));
        return {};
    }
    return resources.first();
}

HttpResponse TokenService::handle(Endpoint endpoint, const QString &tenant, const HttpRequest &request,
                                  const QString &origin, QString *clientIdOut)
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
    const QString parameter = endpoint == Endpoint::V2 ? QStringLiteral("scope") : QStringLiteral("resource");
    const QString requested = formValue(form, parameter);
    if (requested.trimmed().isEmpty())
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.").arg(parameter));
    QString audience = requested.trimmed();
    if (endpoint == Endpoint::V2) {
        HttpResponse scopeError;
        audience = audienceFromScope(requested, &scopeError);
        if (audience.isEmpty())
            return scopeError;
    }

    *clientIdOut = sp->clientId;
    const QString token = issue(sp->clientId, audience, origin);
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_lifetimeSecs},
                     {QStringLiteral("ext_expires_in"), m_lifetimeSecs},
                     {QStringLiteral("access_token"), token}};
    if (endpoint == Endpoint::V1) {
        // The v1 endpoint answers numbers as strings and names the resource and the validity window.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        body.insert(QStringLiteral("expires_in"), QString::number(m_lifetimeSecs));
        body.insert(QStringLiteral("ext_expires_in"), QString::number(m_lifetimeSecs));
        body.insert(QStringLiteral("expires_on"), QString::number(now + m_lifetimeSecs));
        body.insert(QStringLiteral("not_before"), QString::number(now));
        body.insert(QStringLiteral("resource"), audience);
    }
    HttpResponse r = noStore(HttpResponse::json(200, QJsonDocument(body), "application/json; charset=utf-8"));
    r.setHeader("x-ms-request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()); // as Entra
    return r;
}

QString TokenService::issue(const QString &clientId, const QString &audience, const QString &origin)
{
    if (++m_issuedSincePrune >= 1000)
        prune();
    m_signer.keyId(); // makes the key first (its generation takes a moment): the lifetime starts after
    const ServicePrincipalInfo *sp = m_state.findSpByClientId(clientId);
    const QString tenantId = sp ? sp->tenantId : QString();
    const QString objectId = sp ? sp->objectId : QString();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = nowMs / 1000;
    const QString uti = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString iss = issuer(origin, tenantId);
    // An app-only v1.0 access token as Entra issues it for Power BI and other Microsoft resources.
    const QJsonObject claims{{QStringLiteral("aud"), audience},
                             {QStringLiteral("iss"), iss},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("nbf"), now},
                             {QStringLiteral("exp"), now + m_lifetimeSecs},
                             {QStringLiteral("appid"), clientId},
                             {QStringLiteral("appidacr"), QStringLiteral("1")},
                             {QStringLiteral("idp"), iss},
                             {QStringLiteral("idtyp"), QStringLiteral("app")},
                             {QStringLiteral("oid"), objectId},
                             {QStringLiteral("roles"), QJsonArray()},
                             {QStringLiteral("sub"), objectId},
                             {QStringLiteral("tid"), tenantId},
                             {QStringLiteral("uti"), uti},
                             {QStringLiteral("ver"), QStringLiteral("1.0")}};
    m_tokens.insert(uti, {clientId, nowMs + qint64(m_lifetimeSecs) * 1000});
    return m_signer.sign(claims);
}

TokenService::TokenCheck TokenService::check(const QString &token, QString *clientId)
{
    const std::optional<QJsonObject> claims = m_signer.verify(token);
    if (!claims)
        return TokenCheck::Invalid;
    *clientId = claims->value(QLatin1String("appid")).toString();
    if (!isPowerBiAudience(claims->value(QLatin1String("aud")).toString()))
        return TokenCheck::WrongAudience;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_tokens.constFind(claims->value(QLatin1String("uti")).toString());
    const qint64 expiresAtMs = it != m_tokens.constEnd()
                                   ? it->expiresAtMs
                                   : qint64(claims->value(QLatin1String("exp")).toDouble()) * 1000;
    const bool issuedBeforeExpireAll =
        it == m_tokens.constEnd() &&
        qint64(claims->value(QLatin1String("iat")).toDouble()) * 1000 < m_allExpiredAtMs;
    if (nowMs >= expiresAtMs || issuedBeforeExpireAll)
        return TokenCheck::Expired;
    return TokenCheck::Valid;
}

void TokenService::expireAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_allExpiredAtMs = now;
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
