#pragma once
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace td {

// A connection's non-secret settings (kept in QSettings). The client secret is in the OS keychain.
struct Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    QString id;                               // local id (GUID) of this connection; the keychain key
    QString name;                             // display name
    QString cloud = QStringLiteral("Public"); // "Public" or "Custom"
    QUrl apiBaseUrl;                          // REST root ending in /v1.0/myorg
    QUrl loginUrl;                            // token authority root
    QString tenantId;
    QString clientId;                 // application (client) id
    QString servicePrincipalObjectId; // optional; shown and used for access entries
    bool demo = false;                // connected to the built-in emulator
    // Optional PEM file of one more CA to trust, beside the system's, for a test environment (e.g. the
    // emulator's caCertFile). Certificate errors are never ignored.
    QString caCertificateFile;

    static QUrl publicApiBaseUrl(); // https://api.powerbi.com/v1.0/myorg
    static QUrl publicLoginUrl();   // https://login.microsoftonline.com

    // Empty when valid; else one message per problem (bad GUID, missing name, plain http to a
    // non-loopback host, URL without scheme, ...).
    // A CA certificate file that cannot be read or holds no PEM certificate is a problem too.
    QStringList validate() const;
    static bool isGuid(const QString &text);
    static bool isAllowedUrl(const QUrl &url); // https anywhere, http only to loopback
};

} // namespace td
