#include "TlsSetup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace emu {

namespace {

template<typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

constexpr long kCaDays = 3650;
constexpr long kServerDays = 825; // the longest validity TLS clients commonly accept for a leaf

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key` named `commonName`, signed by issuerKey (self-signed when issuer is null).
CertPtr makeCertificate(EVP_PKEY *key, const char *commonName, long days, X509 *issuer, EVP_PKEY *issuerKey,
                        bool isCa)
{
    CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof(serial)) != 1)
        return nullptr;
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof(serial), nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // tolerate a little clock skew
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("pbi-emulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always") &&
             addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExtension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_X509(bio.get(), cert) == 1 ? bioBytes(bio.get()) : QByteArray();
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1
               ? bioBytes(bio.get())
               : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(bytes) == bytes.size() && f.commit();
}

bool usable(const TlsFiles &files)
{
    if (!QFile::exists(files.caCertPath) || !QFile::exists(files.keyPath))
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(files.certPath);
    return !certs.isEmpty() && certs.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1);
}

} // namespace

bool TlsSetup::ensureGenerated(const QString &dir, TlsFiles *files, QString *error)
{
    const QDir d(dir);
    files->caCertPath = d.absoluteFilePath(QStringLiteral("ca.pem"));
    files->certPath = d.absoluteFilePath(QStringLiteral("server.pem"));
    files->keyPath = d.absoluteFilePath(QStringLiteral("server.key"));
    if (usable(*files)) {
        qCInfo(lcEmulator) << "reusing the TLS certificates in" << dir;
        return true;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    // P-256 keys: generated in microseconds and accepted by every TLS client.
    KeyPtr caKey(EVP_EC_gen("P-256"));
    KeyPtr serverKey(EVP_EC_gen("P-256"));
    CertPtr ca = caKey
                     ? makeCertificate(caKey.get(), "pbi-emulator local CA", kCaDays, nullptr, nullptr, true)
                     : nullptr;
    CertPtr server = ca && serverKey ? makeCertificate(serverKey.get(), "localhost", kServerDays, ca.get(),
                                                       caKey.get(), false)
                                     : nullptr;
    if (!server) {
        *error = QStringLiteral("cannot generate the TLS certificates (OpenSSL)");
        return false;
    }
    if (!writeFile(files->keyPath, keyPem(serverKey.get()), true) ||
        !writeFile(files->certPath, certPem(server.get()), false) ||
        !writeFile(files->caCertPath, certPem(ca.get()), false)) {
        *error = QStringLiteral("cannot write the TLS certificates to %1").arg(dir);
        return false;
    }
    qCInfo(lcEmulator) << "generated a local CA and a server certificate in" << dir;
    return true;
}

bool TlsSetup::load(const TlsFiles &files, QSslConfiguration *config, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(files.certPath);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(files.certPath);
        return false;
    }
    QFile keyFile(files.keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(files.keyPath);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM RSA or EC private key in %1").arg(files.keyPath);
        return false;
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // a server does not ask clients for certificates
    *config = c;
    return true;
}

} // namespace emu
