#include "HttpListener.h"

#include "ErrorBodies.h"

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
constexpr qsizetype kMaxHeaderBytes = 16 * 1024; // all header lines of one request

// What the emulator refuses in a request's framing, where it can see it (QtHttpServer's parser has
// already split the request): an empty result when the request is well formed.
HttpResponse framingProblem(const HeaderList &headers)
{
    qsizetype bytes = 0;
    bool hasLength = false, hasChunked = false;
    for (const auto &h : headers) {
        bytes += h.first.size() + h.second.size() + 4;
        if (h.second.contains('\r') || h.second.contains('\n') || h.second.contains('\0'))
            return ErrorBodies::badRequest(QStringLiteral("A header value contains CR, LF or NUL."));
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qlonglong n = h.second.trimmed().toLongLong(&ok);
            if (!ok || n < 0 || hasLength)
                return ErrorBodies::badRequest(
                    QStringLiteral("Content-Length is not one non-negative number."));
            hasLength = true;
        }
        if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            hasChunked = true;
    }
    if (bytes > kMaxHeaderBytes)
        return ErrorBodies::withMessage(
            431, QStringLiteral("RequestHeaderFieldsTooLarge"),
            QStringLiteral("The request's headers exceed %1 bytes.").arg(kMaxHeaderBytes));
    if (hasLength && hasChunked) // request smuggling: RFC 9112 §6.1
        return ErrorBodies::badRequest(QStringLiteral("Content-Length and Transfer-Encoding together."));
    return HttpResponse::empty(0);
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
    const HttpResponse refused = framingProblem(request.headers());
    if (refused.status != 0) {
        socket->write(refused.serialize(true));
        socket->disconnectFromHost();
        return true;
    }
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
