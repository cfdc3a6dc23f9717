#include "app/api/HttpSend.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include "app/api/MultipartFileBody.h"
#include "app/api/OneShotBody.h"
#include "app/util/InputFile.h"
#include "app/util/ServiceUrl.h"

namespace td {

QNetworkReply *sendHttp(QNetworkAccessManager *nam, const ApiRequest &req, const QUrl &url,
                        const QString &token, const QSslConfiguration *tls, QString *error)
{
    const QString refused = ServiceUrl::problem(url);
    if (!refused.isEmpty()) { // never a bearer token in clear text, whatever opened the session
        if (error)
            *error = refused;
        return nullptr;
    }
    QNetworkRequest nr(url);
    if (tls)
        nr.setSslConfiguration(*tls);
    nr.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    nr.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!req.body.isEmpty() || req.method == "POST" || req.method == "PUT" || req.method == "PATCH")
        nr.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType);
    if (!req.profileId.isEmpty()) // setRawHeader replaces, never appends: exactly one value
        nr.setRawHeader(QByteArrayLiteral("X-PowerBI-Profile-Id"), req.profileId.toUtf8());
    nr.setTransferTimeout(qMax(1, req.timeoutMs));
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (!req.uploadFilePath.isEmpty()) {
        auto *body = new MultipartFileBody(req.uploadFilePath, req.uploadFileName);
        if (!body->openForUpload()) {
            if (error)
                *error = QCoreApplication::translate("RequestScheduler", "Cannot read %1: %2")
                             .arg(req.uploadFilePath, body->errorString());
            delete body;
            return nullptr;
        }
        nr.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
        nr.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = nam->sendCustomRequest(nr, req.method, body);
        body->setParent(reply);
        return reply;
    }
    if (!req.idempotent) {
        auto *body = new OneShotBody(req.body);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, req.body.size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = nam->sendCustomRequest(nr, req.method, body);
        body->setParent(reply);
        return reply;
    }
    if (req.body.isEmpty())
        return nam->sendCustomRequest(nr, req.method);
    return nam->sendCustomRequest(nr, req.method, req.body);
}

QSslConfiguration connectionTlsConfiguration(const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        // Setting CA certificates on a configuration ends Qt's on-demand loading of the system's roots:
        // list them explicitly, so that public endpoints stay trusted beside the extra CA.
        QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
        cas += readCaCertificates(caFile);
        tls.setCaCertificates(cas);
    }
    return tls;
}

QList<QSslCertificate> readCaCertificates(const QString &caFile)
{
    QByteArray pem;
    if (!InputFile::read(caFile, InputFile::CertificateLimit, &pem))
        return {};
    return QSslCertificate::fromData(pem, QSsl::Pem);
}

QString noAnswerText(const QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return QCoreApplication::translate("td::HttpSend",
                                           "The server's TLS certificate is not trusted (%1). For a test "
                                           "environment, set the connection's extra trusted CA file.")
            .arg(reply->errorString());
    return reply->errorString();
}

} // namespace td
