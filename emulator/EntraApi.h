#pragma once
#include "HttpTypes.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QVector>

namespace emu {

class EmulatorState;
class TokenService;

// Microsoft Entra as its clients (MSAL, Azure Identity, older ADAL-era tools) see it: OpenID Connect
// discovery for v2.0 and v1, instance discovery, the token signing keys (JWKS) and the v2.0 and v1 token
// endpoints. Every URL in the documents is built from the scheme and Host the client used, so they hold
// for http and https and for 127.0.0.1 or localhost. Rules and sources: emulator/README.md "Entra".
class EntraApi
{
public:
    EntraApi(EmulatorState &state, TokenService &tokens);

    bool matches(const QString &path) const;
    // scheme: the listener's ("http" or "https"); fallbackHost: host[:port] when the Host header is unusable.
    HttpResponse handle(const HttpRequest &request, const QString &scheme, const QString &fallbackHost,
                        QString *clientId);

private:
    enum class Kind { TokenV2, TokenV1, ConfigV2, ConfigV1, Keys, InstanceDiscovery };
    struct Route
    {
        Kind kind;
        QRegularExpression regex;
    };

    HttpResponse configuration(bool v2, const QString &tenant, const QString &origin) const;
    HttpResponse keys() const;
    HttpResponse instanceDiscovery(const HttpRequest &request, const QString &origin) const;
    static HttpResponse document(const QJsonObject &body);

    EmulatorState &m_state;
    TokenService &m_tokens;
    QVector<Route> m_routes;
};

} // namespace emu
