#pragma once
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrlQuery>

// Helpers for tests that run the pbi-emulator executable (PBI_EMULATOR_PATH) in its own process.

// Starts it and returns its startup line, or an empty object when none came within 15 s. Its log goes
// to the test's stderr.
inline QJsonObject startEmulatorProcess(QProcess &process, const QStringList &args)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(PBI_EMULATOR_PATH), args);
    if (!process.waitForStarted(5000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!process.canReadLine() && t.elapsed() < 15000)
        process.waitForReadyRead(200);
    return QJsonDocument::fromJson(process.readLine()).object();
}

struct ProcessAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
};

// One request (QSignalSpy::wait; tests only), trusting the PEM CA in caFile when given.
inline ProcessAnswer callEmulatorProcess(QNetworkAccessManager &nam, const QByteArray &method,
                                         const QUrl &url, const QByteArray &body,
                                         const QByteArray &contentType, const QString &token = {},
                                         const QString &caFile = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(caFile));
        req.setSslConfiguration(ssl);
    }
    QNetworkReply *reply =
        body.isEmpty() ? nam.sendCustomRequest(req, method) : nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    ProcessAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    delete reply;
    return a;
}

// The client-credentials token request of the startup line's app (loginUrl's host replaced when given).
inline ProcessAnswer emulatorProcessToken(QNetworkAccessManager &nam, const QJsonObject &info,
                                          const QString &caFile = {}, const QString &host = {})
{
    QUrl url(info.value(QLatin1String("loginUrl")).toString());
    if (!host.isEmpty())
        url.setHost(host);
    url.setPath(QLatin1Char('/') + info.value(QLatin1String("tenantId")).toString() +
                QLatin1String("/oauth2/v2.0/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), info.value(QLatin1String("clientId")).toString());
    form.addQueryItem(QStringLiteral("client_secret"), info.value(QLatin1String("clientSecret")).toString());
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://analysis.windows.net/powerbi/api/.default"));
    return callEmulatorProcess(nam, "POST", url, form.toString(QUrl::FullyEncoded).toUtf8(),
                               "application/x-www-form-urlencoded", {}, caFile);
}
