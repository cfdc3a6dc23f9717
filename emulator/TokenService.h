#pragma once
#include "HttpTypes.h"
#include "JwtSigner.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace emu {

class EmulatorState;

// Microsoft Entra's client-credentials token endpoints (v2.0 with scope=, v1 with resource=;
// docs/powerbi-rest/API-NOTES.md §16, emulator/README.md "Entra") and the tokens they issue: JWTs signed
// RS256 with the emulator's key (published by EntraApi as JWKS), for the resource asked for (aud).
class TokenService
{
public:
    enum class TokenCheck { Valid, Invalid, Expired, WrongAudience };
    enum class Endpoint { V2, V1 };

    explicit TokenService(EmulatorState &state);

    void setLifetimeSecs(int secs) { m_lifetimeSecs = secs; }
    int lifetimeSecs() const { return m_lifetimeSecs; }
    JwtSigner &signer() { return m_signer; }

    // POST /{tenant}/oauth2/v2.0/token or /{tenant}/oauth2/token. origin = scheme://host[:port] the client
    // used (the tokens' issuer is built from it). *clientId receives the authenticated client id.
    HttpResponse handle(Endpoint endpoint, const QString &tenant, const HttpRequest &request,
                        const QString &origin, QString *clientId);

    // A Power BI REST call's bearer token: signed by this emulator, for the Power BI audience, not expired.
    TokenCheck check(const QString &token, QString *clientId);
    QString issue(const QString &clientId, const QString &audience, const QString &origin);
    void expireAll();

    static bool isPowerBiAudience(const QString &audience);
    static QString issuer(const QString &origin, const QString &tenantId); // v1 tokens' iss
    // Entra's error body (docs/powerbi-rest/API-NOTES.md §16).
    static HttpResponse aadError(int status, const QString &error, int code, const QString &description);

private:
    struct TokenInfo
    {
        QString clientId;
        qint64 expiresAtMs = 0;
    };

    QString audienceFromScope(const QString &scope, HttpResponse *error) const;
    void prune();

    EmulatorState &m_state;
    JwtSigner m_signer;
    int m_lifetimeSecs = 3599;
    QHash<QString, TokenInfo> m_tokens; // by the token's uti (unique token id) claim
    qint64 m_allExpiredAtMs = 0;        // tokens issued before (by an earlier run too) count as expired
    int m_issuedSincePrune = 0;
};

} // namespace emu
