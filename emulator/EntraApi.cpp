#include "EntraApi.h"

#include "EmulatorState.h"
#include "TokenService.h"

#include <QJsonArray>
#include <QUrl>

namespace emu {

namespace {
bool isMultiTenantAlias(const QString &tenant)
{
    const QString t = tenant.toLower();
    return t == QLatin1String("common") || t == QLatin1String("organizations") ||
           t == QLatin1String("consumers");
}

QString hostOf(const HttpRequest &request, const QString &fallback)
{
    // Only a plain host[:port] (or [v6]:port) is echoed back into the documents.
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z0-9.\\-]+(:\\d{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?$"));
    const QString host = QString::fromLatin1(request.header("Host").trimmed());
    return plain.match(host).hasMatch() ? host.toLower() : fallback;
}

QJsonArray strings(std::initializer_list<const char *> values)
{
    QJsonArray out;
    for (const char *v : values)
        out.append(QString::fromLatin1(v));
    return out;
}
} // namespace

EntraApi::EntraApi(EmulatorState &state, TokenService &tokens) : m_state(state), m_tokens(tokens)
{
    const auto add = [this](Kind kind, const char *pattern) {
        m_routes.append({kind, QRegularExpression(QString::fromLatin1(pattern),
                                                  QRegularExpression::CaseInsensitiveOption)});
    };
    add(Kind::TokenV2, "^/([^/]+)/oauth2/v2\\.0/token/?$");
    add(Kind::TokenV1, "^/([^/]+)/oauth2/token/?$");
    add(Kind::ConfigV2, "^/([^/]+)/v2\\.0/\\.well-known/openid-configuration/?$");
    add(Kind::ConfigV1, "^/([^/]+)/\\.well-known/openid-configuration/?$");
    add(Kind::Keys, "^/([^/]+)/discovery(?:/v2\\.0)?/keys/?$");
    add(Kind::InstanceDiscovery, "^/(common)/discovery/instance/?$");
}

bool EntraApi::matches(const QString &path) const
{
    return std::any_of(m_routes.cbegin(), m_routes.cend(),
                       [&](const Route &r) { return r.regex.match(path).hasMatch(); });
}

HttpResponse EntraApi::handle(const HttpRequest &request, const QString &scheme, const QString &fallbackHost,
                              QString *clientId)
{
    clientId->clear();
    const QString origin = scheme + QStringLiteral("://") + hostOf(request, fallbackHost);
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(request.path);
        if (!m.hasMatch())
            continue;
        const QString tenant = m.captured(1);
        switch (route.kind) {
        case Kind::TokenV2:
            return m_tokens.handle(TokenService::Endpoint::V2, tenant, request, origin, clientId);
        case Kind::TokenV1:
            return m_tokens.handle(TokenService::Endpoint::V1, tenant, request, origin, clientId);
        default:
            break;
        }
        if (request.method != QLatin1String("GET"))
            return TokenService::aadError(
                400, QStringLiteral("invalid_request"), 900561,
                QStringLiteral("The endpoint only accepts GET requests. Received a %1 request.")
                    .arg(request.method));
        switch (route.kind) {
        case Kind::ConfigV2:
            return configuration(true, tenant, origin);
        case Kind::ConfigV1:
            return configuration(false, tenant, origin);
        case Kind::Keys:
            return keys();
        case Kind::InstanceDiscovery:
            return instanceDiscovery(request, origin);
        default:
            break;
        }
    }
    return HttpResponse::empty(404);
}

HttpResponse EntraApi::document(const QJsonObject &body)
{
    HttpResponse r = HttpResponse::json(200, QJsonDocument(body), "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "max-age=86400, private");
    r.setHeader("Access-Control-Allow-Origin", "*");
    return r;
}

HttpResponse EntraApi::configuration(bool v2, const QString &tenant, const QString &origin) const
{
    // The path keeps the tenant as asked (id, domain or alias); the issuer names the tenant's id, or the
    // {tenantid} placeholder for the multi-tenant aliases, as Entra's documents do.
    QString tenantId = QStringLiteral("{tenantid}");
    if (!isMultiTenantAlias(tenant)) {
        const Tenant *tn = m_state.findTenant(tenant);
        if (!tn)
            return TokenService::aadError(
                400, QStringLiteral("invalid_tenant"), 90002,
                QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                               "and are signing into the correct cloud.")
                    .arg(tenant));
        tenantId = tn->id;
    }
    const QString base = origin + QLatin1Char('/') + tenant;
    const QString oauth = base + (v2 ? QStringLiteral("/oauth2/v2.0") : QStringLiteral("/oauth2"));
    QJsonObject doc{
        {QStringLiteral("token_endpoint"), oauth + QStringLiteral("/token")},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         strings({"client_secret_post", "private_key_jwt", "client_secret_basic"})},
        {QStringLiteral("jwks_uri"),
         base + (v2 ? QStringLiteral("/discovery/v2.0/keys") : QStringLiteral("/discovery/keys"))},
        {QStringLiteral("response_modes_supported"), strings({"query", "fragment", "form_post"})},
        {QStringLiteral("subject_types_supported"), strings({"pairwise"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), strings({"RS256"})},
        {QStringLiteral("response_types_supported"),
         strings({"code", "id_token", "code id_token", "id_token token"})},
        {QStringLiteral("issuer"), v2 ? origin + QLatin1Char('/') + tenantId + QStringLiteral("/v2.0")
                                      : TokenService::issuer(origin, tenantId)},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("authorization_endpoint"), oauth + QStringLiteral("/authorize")},
        {QStringLiteral("device_authorization_endpoint"), oauth + QStringLiteral("/devicecode")},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), oauth + QStringLiteral("/logout")},
        {QStringLiteral("claims_supported"),
         strings({"sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name",
                  "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username",
                  "name", "tid", "ver", "at_hash", "c_hash", "email"})},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_graph_host_name"), QStringLiteral("graph.windows.net")},
        {QStringLiteral("msgraph_host"), QStringLiteral("graph.microsoft.com")}};
    if (v2)
        doc.insert(QStringLiteral("scopes_supported"),
                   strings({"openid", "profile", "email", "offline_access"}));
    else
        doc.insert(QStringLiteral("microsoft_multi_refresh_token"), true);
    return document(doc);
}

HttpResponse EntraApi::keys() const
{
    return document(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_tokens.signer().jwk()}}});
}

HttpResponse EntraApi::instanceDiscovery(const HttpRequest &request, const QString &origin) const
{
    // GET /common/discovery/instance?api-version=1.1&authorization_endpoint=<authority>/oauth2/v2.0/authorize
    const QUrl endpoint(request.queryValue(QStringLiteral("authorization_endpoint")));
    const QUrl self(origin);
    const QString tenant = endpoint.path().section(QLatin1Char('/'), 1, 1);
    if (!endpoint.isValid() || endpoint.host().compare(self.host(), Qt::CaseInsensitive) != 0 ||
        endpoint.port() != self.port() || tenant.isEmpty())
        return TokenService::aadError(400, QStringLiteral("invalid_instance"), 50049,
                                      QStringLiteral("Unknown or invalid instance."));
    const QString host = origin.section(QStringLiteral("://"), 1);
    const QJsonObject metadata{{QStringLiteral("preferred_network"), host},
                               {QStringLiteral("preferred_cache"), host},
                               {QStringLiteral("aliases"), QJsonArray{host}}};
    return document(QJsonObject{
        {QStringLiteral("tenant_discovery_endpoint"),
         origin + QLatin1Char('/') + tenant + QStringLiteral("/v2.0/.well-known/openid-configuration")},
        {QStringLiteral("api-version"), QStringLiteral("1.1")},
        {QStringLiteral("metadata"), QJsonArray{metadata}}});
}

} // namespace emu
