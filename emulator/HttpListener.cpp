#include "HttpListener.h"

#include "ConnectionGuard.h"
#include "RequestFraming.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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

HttpListener::HttpListener(QObject *parent) : QAbstractHttpServer(parent), m_guard(new ConnectionGuard(this))
{}

void HttpListener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

quint16 HttpListener::open(const QHostAddress &address, quint16 port, QString *error)
{
    QTcpServer *server = m_guard->listen(address, port, m_tls ? &*m_tls : nullptr, error);
    if (!server)
        return 0;
    bind(server);
    return server->serverPort();
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_guard->requestStarted(socket);
    // Responses go out in several writes (status line and headers, then the body); without TCP_NODELAY
    // Nagle's algorithm meets the client's delayed ACK and every answer waits ~40 ms on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const HttpResponse refused = RequestFraming::problem(request.headers());
    if (refused.status != 0) {
        reply(socket, refused.serialize(true), true, 0);
        return true;
    }
    const HttpRequest r = HttpRequest::fromParts(methodName(request.method()), request.url(),
                                                 request.headers(), request.body(), request.remoteAddress());
    if (m_handler)
        m_handler(r, socket);
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    reply(socket, HttpResponse::empty(404).serialize(false), false, 0);
}

void HttpListener::reply(QTcpSocket *socket, const QByteArray &bytes, bool close, int delayMs)
{
    QPointer<QTcpSocket> sock(socket);
    QPointer<ConnectionGuard> guard(m_guard);
    auto write = [sock, guard, bytes, close] {
        if (!sock || sock->state() != QAbstractSocket::ConnectedState)
            return;
        sock->write(bytes);
        if (guard)
            guard->answered(sock);
        if (close)
            sock->disconnectFromHost();
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}

void HttpListener::drop(QTcpSocket *socket, int delayMs)
{
    QPointer<QTcpSocket> sock(socket);
    QTimer::singleShot(qMax(0, delayMs), this, [sock] {
        if (sock)
            sock->abort();
    });
}

} // namespace emu
