#include "HttpListener.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace emu {

namespace {
QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}
} // namespace

HttpListener::HttpListener(QObject *parent) : QAbstractHttpServer(parent) {}

void HttpListener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Responses go out in several writes (status line and headers, then the body); without TCP_NODELAY
    // Nagle's algorithm meets the client's delayed ACK and every answer waits ~40 ms on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.rawQuery = url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    r.headers = request.headers();
    r.body = request.body();
    r.remote = request.remoteAddress();
    if (m_handler)
        m_handler(r, socket);
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(HttpResponse::empty(404).serialize(false));
}

} // namespace emu
