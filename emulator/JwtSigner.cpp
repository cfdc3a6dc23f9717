#include "JwtSigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace emu {

namespace {
constexpr QByteArray::Base64Options kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(kB64Url);
}

QByteArray bigNumber(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(pkey, name, &bn))
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}
} // namespace

struct JwtSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    QString kid;
    ~Key() { EVP_PKEY_free(pkey); }

    void deriveKeyId()
    {
        // Entra's kid is the signing certificate's SHA-1 thumbprint; here: of the public key.
        unsigned char *der = nullptr;
        const int len = i2d_PUBKEY(pkey, &der);
        const QByteArray spki(reinterpret_cast<const char *>(der), qMax(0, len));
        OPENSSL_free(der);
        kid = QString::fromLatin1(b64url(QCryptographicHash::hash(spki, QCryptographicHash::Sha1)));
    }
};

namespace {
void *newRsaKey()
{
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
}
} // namespace

JwtSigner::JwtSigner() = default;

JwtSigner::~JwtSigner()
{
    if (m_pending.valid())
        EVP_PKEY_free(static_cast<EVP_PKEY *>(m_pending.get()));
}

void JwtSigner::prepare()
{
    if (!m_key && !m_pending.valid())
        m_pending = std::async(std::launch::async, newRsaKey);
}

JwtSigner::Key &JwtSigner::key()
{
    if (!m_key) {
        m_key = std::make_unique<Key>();
        m_key->pkey = static_cast<EVP_PKEY *>(m_pending.valid() ? m_pending.get() : newRsaKey());
        m_key->deriveKeyId();
    }
    return *m_key;
}

bool JwtSigner::useKeyFile(const QString &path, QString *error)
{
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read signing key %1").arg(path);
            return false;
        }
        const QByteArray pem = in.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!pkey || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
            EVP_PKEY_free(pkey);
            *error =
                QStringLiteral("invalid signing key %1 (an RSA private key in PEM is expected)").arg(path);
            return false;
        }
        if (m_pending.valid())
            EVP_PKEY_free(static_cast<EVP_PKEY *>(m_pending.get()));
        m_key = std::make_unique<Key>();
        m_key->pkey = pkey;
        m_key->deriveKeyId();
        return true;
    }
    m_key.reset();
    Key &k = key();
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, k.pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(len));
    BIO_free(bio);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(pem) != pem.size()) {
        *error = QStringLiteral("cannot write signing key %1").arg(path);
        return false;
    }
    qCInfo(lcEmulator) << "new token signing key written to" << path;
    return true;
}

QString JwtSigner::keyId()
{
    return key().kid;
}

QString JwtSigner::sign(const QJsonObject &claims)
{
    Key &k = key();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("x5t"), k.kid},
                             {QStringLiteral("kid"), k.kid}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, k.pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        sig.resize(int(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           size_t(input.size())) != 1)
            sig.clear();
        sig.resize(int(len));
    }
    EVP_MD_CTX_free(ctx);
    return QString::fromLatin1(input + '.' + b64url(sig));
}

std::optional<QJsonObject> JwtSigner::verify(const QString &token)
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3 || token.size() > 16384)
        return std::nullopt;
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64Encoding(part, kB64Url | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decode(parts[0]);
    const auto payload = decode(parts[1]);
    const auto sig = decode(parts[2]);
    if (!header || !payload || !sig)
        return std::nullopt;
    const QJsonObject h = QJsonDocument::fromJson(*header).object();
    if (h.value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return std::nullopt;
    Key &k = key();
    const QByteArray input = parts[0] + '.' + parts[1];
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, k.pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>((*sig).constData()),
                         size_t((*sig).size()), reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    const QJsonDocument claims = QJsonDocument::fromJson(*payload);
    if (!claims.isObject())
        return std::nullopt;
    return claims.object();
}

QJsonObject JwtSigner::jwk()
{
    Key &k = key();
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("kid"), k.kid},
            {QStringLiteral("x5t"), k.kid},
            {QStringLiteral("n"), QString::fromLatin1(b64url(bigNumber(k.pkey, OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"), QString::fromLatin1(b64url(bigNumber(k.pkey, OSSL_PKEY_PARAM_RSA_E)))},
            {QStringLiteral("alg"), QStringLiteral("RS256")}};
}

} // namespace emu
