#include "app/api/HttpSend.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "app/api/MultipartFileBody.h"
#include "app/api/OneShotBody.h"
#include "app/util/ServiceUrl.h"

namespace td {

QNetworkReply *sendHttp(QNetworkAccessManager *nam, const ApiRequest &req, const QUrl &url,
                        const QString &token, QString *error)
{
    const QString refused = ServiceUrl::problem(url);
    if (!refused.isEmpty()) { // never a bearer token in clear text, whatever opened the session
        if (error)
            *error = refused;
        return nullptr;
    }
    QNetworkRequest nr(url);
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

} // namespace td
