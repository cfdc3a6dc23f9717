#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace emu {

// The emulator's RS256 token signing key (OpenSSL libcrypto): signs access tokens as compact JWTs,
// verifies them, and publishes the public part as a JSON Web Key. Without a key file the key is made
// on first use and lives in memory; with one it is loaded, or made once and written there (mode 0600).
class JwtSigner
{
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    // Loads the PEM private key from path, or makes a new one and writes it there.
    bool useKeyFile(const QString &path, QString *error);

    QString sign(const QJsonObject &claims);
    // The claims of a token this key signed (RS256, well-formed, signature valid); nothing otherwise.
    std::optional<QJsonObject> verify(const QString &token);
    QString keyId();
    QJsonObject jwk(); // {"kty","use","kid","x5t","n","e","alg"}

private:
    struct Key;
    Key &key();

    std::unique_ptr<Key> m_key;
};

} // namespace emu
