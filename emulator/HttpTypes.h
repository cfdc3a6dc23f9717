#pragma once
#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace emu {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP request, detached from QtHttpServer (so answers can be written later).
struct HttpRequest
{
    QString method;   // upper case, e.g. "GET"
    QString path;     // decoded path, e.g. /v1.0/myorg/groups
    QString rawQuery; // as received (encoded)
    QUrlQuery query;
    HeaderList headers; // every header line as received
    QByteArray body;
    QHostAddress remote;

    // Every value of a header (name matched case-insensitively; comma lists are not split).
    QList<QByteArray> headerValues(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const; // first value or empty
    QString queryValue(const QString &key) const;    // fully decoded, "" if absent
    bool hasQuery(const QString &key) const;

    // The request a parsed request line (method, target URL) and header block make.
    static HttpRequest fromParts(const QString &method, const QUrl &url, const HeaderList &headers,
                                 const QByteArray &body, const QHostAddress &remote);
};

// One HTTP answer; serialized by the server (Content-Length is added there).
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    HeaderList headers;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;
    QByteArray serialize(bool closeConnection) const;

    static HttpResponse json(int status, const QJsonDocument &doc,
                             const QByteArray &contentType = restJsonContentType());
    static HttpResponse empty(int status = 200);
    static HttpResponse text(int status, const QByteArray &body);
    // Content type logged for real Power BI JSON answers (docs/powerbi-rest/API-NOTES.md §0).
    static QByteArray restJsonContentType();
    static QByteArray reasonPhrase(int status);
};

} // namespace emu
