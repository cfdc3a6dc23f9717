#pragma once
#include <QSslConfiguration>
#include <QString>

namespace emu {

// HTTPS for the emulator: either the caller's certificate and key, or a local CA and a server
// certificate for localhost / 127.0.0.1 / ::1 generated with OpenSSL's libcrypto (Qt cannot make
// certificates). The CA's private key is discarded once it has signed the server certificate, so a
// client that trusts ca.pem trusts nothing else that could ever be minted with it.
struct TlsFiles
{
    QString certPath;   // server certificate (PEM)
    QString keyPath;    // its private key (PEM, mode 0600)
    QString caCertPath; // the generated CA (PEM); empty for a certificate the caller brought
};

class TlsSetup
{
public:
    // ca.pem, server.pem and server.key in dir: reused when they are there and the server certificate
    // is valid for another day, else (re)generated.
    static bool ensureGenerated(const QString &dir, TlsFiles *files, QString *error);
    // The server side of a TLS configuration from PEM files (RSA or EC key).
    static bool load(const TlsFiles &files, QSslConfiguration *config, QString *error);
};

} // namespace emu
