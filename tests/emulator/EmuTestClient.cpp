#include "EmuTestClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

HttpResult EmuTestClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &contentType)
{
    QUrl url = m_server.loginUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, buffer);
    buffer->setParent(reply);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(20000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

HttpResult EmuTestClient::rest(const QByteArray &method, const QString &path, const QString &token,
                               const QString &profileId, const QJsonObject &body, const QUrlQuery &query)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    if (!profileId.isEmpty())
        headers.append({"X-PowerBI-Profile-Id", profileId.toLatin1()});
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(method, QStringLiteral("/v1.0/myorg/") + path, query, payload, headers);
}

QUrlQuery EmuTestClient::tokenForm(const QString &clientId, const QString &secret)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                                                   "https://analysis.windows.net/powerbi/api/.default"))));
    return form;
}

HttpResult EmuTestClient::tokenRequest(const QString &tenant, const QUrlQuery &form,
                                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant), {},
                form.query(QUrl::FullyEncoded).toLatin1(), headers, "application/x-www-form-urlencoded");
}

QString EmuTestClient::token(const QString &clientId, const QString &secret)
{
    const auto sp = m_server.primaryServicePrincipal();
    const HttpResult r = tokenRequest(sp.tenantId, tokenForm(clientId, secret));
    return r.json.value(QLatin1String("access_token")).toString();
}

QString EmuTestClient::primaryToken()
{
    const auto sp = m_server.primaryServicePrincipal();
    return token(sp.clientId, sp.clientSecret);
}

int EmuTestClient::rawStatus(const QByteArray &requestText)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write(requestText);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (!response.contains("\r\n") && timer.elapsed() < 5000) {
        QSignalSpy spy(&socket, &QTcpSocket::readyRead);
        if (socket.bytesAvailable() == 0)
            spy.wait(500);
        response += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState && socket.bytesAvailable() == 0)
            break; // closed without (more of) an answer
    }
    const QList<QByteArray> parts = response.split(' ');
    return parts.size() > 1 ? parts.at(1).toInt() : -1;
}
