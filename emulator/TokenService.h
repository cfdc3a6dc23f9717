#pragma once
#include "HttpTypes.h"

#include <QHash>
#include <QString>

namespace emu {

class EmulatorState;

// Microsoft Entra v2.0 client-credentials token endpoint (docs/powerbi-rest/API-NOTES.md §16) and the token
// store. Tokens are opaque random strings (not JWTs), kept in memory only.
class TokenService
{
public:
    enum class TokenCheck { Valid, Invalid, Expired };

    explicit TokenService(EmulatorState &state);

    void setLifetimeSecs(int secs) { m_lifetimeSecs = secs; }
    int lifetimeSecs() const { return m_lifetimeSecs; }

    // POST /{tenant}/oauth2/v2.0/token. *clientId receives the authenticated client id ("" on failure).
    HttpResponse handle(const QString &tenant, const HttpRequest &request, QString *clientId);

    TokenCheck check(const QString &token, QString *clientId) const;
    QString issue(const QString &clientId);
    void expireAll();
    void revokeAll() { m_tokens.clear(); }

private:
    struct TokenInfo
    {
        QString clientId;
        qint64 expiresAtMs = 0;
    };

    HttpResponse aadError(int status, const QString &error, int code, const QString &description) const;
    void prune();

    EmulatorState &m_state;
    int m_lifetimeSecs = 3599;
    QHash<QString, TokenInfo> m_tokens;
    int m_issuedSincePrune = 0;
};

} // namespace emu
