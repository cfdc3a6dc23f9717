#include "TinyHttpServer.h"

#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

TinyHttpServer::TinyHttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{}

bool TinyHttpServer::listen(const QSslConfiguration *tls)
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // Over TLS a connection is pending only once its handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TinyHttpServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TinyHttpServer::baseUrl() const
{
    QUrl url = loginUrl();
    url.setPath(QStringLiteral("/v1.0/myorg"));
    return url;
}

QUrl TinyHttpServer::loginUrl() const
{
    const bool tls = qobject_cast<QSslServer *>(m_server.get()) != nullptr;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0));
}

TinyResponse TinyHttpServer::tokenResponse(const QByteArray &token, int expiresIn)
{
    return json(200, "{\"token_type\":\"Bearer\",\"expires_in\":" + QByteArray::number(expiresIn) +
                         ",\"access_token\":\"" + token + "\"}");
}

TinyResponse TinyHttpServer::json(int status, const QByteArray &body)
{
    TinyResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = body;
    return r;
}

void TinyHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            TinyRequest req;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
            req.method = start.value(0);
            req.target = start.value(1);
            qsizetype length = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                req.headers[name].append(value);
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            req.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(req);
            const TinyResponse resp = m_handler(req);
            if (resp.drop) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Status\r\n";
            for (const auto &h : resp.headers)
                out += h.first + ": " + h.second + "\r\n";
            out +=
                "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\nConnection: close\r\n\r\n";
            out += resp.body;
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(resp.delayMs, this, [guard, out] {
                if (!guard)
                    return;
                guard->write(out);
                guard->disconnectFromHost();
            });
        });
    }
}
