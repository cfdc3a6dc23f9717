#pragma once
#include <QList>
#include <QString>
#include <QUrl>

#include "app/api/ApiRequest.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;
class QSslConfiguration;

namespace td {

// Sends one attempt of a request: bearer token, the profile header exactly once (only when the request
// is made as a profile), JSON content type, transfer timeout, manual redirects. A non-idempotent body
// is one-shot, so Qt cannot silently re-send it after a dropped connection. A file upload is streamed
// from disk. Sends nothing and returns nullptr with a message for the user in *error when the URL breaks
// the ServiceUrl rule or the file to upload cannot be read.
// tls (may be null: Qt's default) carries the connection's trusted CAs.
QNetworkReply *sendHttp(QNetworkAccessManager *nam, const ApiRequest &request, const QUrl &url,
                        const QString &token, const QSslConfiguration *tls, QString *error = nullptr);

// The TLS settings of a connection's requests (token and REST): the system's CAs plus the PEM
// certificates in caFile, if any. Peer verification stays on: certificate errors are never ignored.
QSslConfiguration connectionTlsConfiguration(const QString &caFile);
// The PEM certificates in caFile (none when it cannot be read: not a regular file, over 1 MB).
QList<QSslCertificate> readCaCertificates(const QString &caFile);

// The reason a request got no answer, for people: a certificate the client does not trust says so and
// points to the connection's CA certificate file.
QString noAnswerText(const QNetworkReply *reply);

} // namespace td
