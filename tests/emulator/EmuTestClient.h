#pragma once
#include "EmulatorServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

// Result of one real loopback HTTP call to the in-process emulator.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QString errorCode() const; // error.code of a Power BI error body
};

// Small synchronous test client (QSignalSpy::wait; tests only) around QNetworkAccessManager.
class EmuTestClient
{
public:
    explicit EmuTestClient(emu::EmulatorServer &server) : m_server(server) {}

    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &contentType = "application/json");

    // REST call under /v1.0/myorg (path relative to it, e.g. "groups"); profileId adds the header once.
    HttpResult rest(const QByteArray &method, const QString &path, const QString &token,
                    const QString &profileId = {}, const QJsonObject &body = {}, const QUrlQuery &query = {});

    HttpResult tokenRequest(const QString &tenant, const QUrlQuery &form,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QUrlQuery tokenForm(const QString &clientId, const QString &secret);
    QString token(const QString &clientId, const QString &secret);
    QString primaryToken();

    // Raw request over a QTcpSocket (to send a header twice, which QNetworkRequest cannot).
    int rawStatus(const QByteArray &requestText);

private:
    emu::EmulatorServer &m_server;
    QNetworkAccessManager m_nam;
};
