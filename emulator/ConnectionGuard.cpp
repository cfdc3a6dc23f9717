#include "ConnectionGuard.h"

#include "HttpTypes.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <type_traits>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace emu {

namespace {
// A QTcpServer (or QSslServer) that asks the guard before it accepts a connection and shows it each
// socket QAbstractHttpServer takes (QAbstractHttpServer reads nextPendingConnection() on
// pendingConnectionAvailable).
template<typename Base> class GuardedServer : public Base
{
public:
    GuardedServer(ConnectionGuard *guard, QObject *parent) : Base(parent), m_guard(guard) {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket && m_guard)
            m_guard->watch(socket);
        return socket;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_guard || m_guard->admit(descriptor, std::is_base_of_v<QSslServer, Base>))
            Base::incomingConnection(descriptor);
    }

private:
    QPointer<ConnectionGuard> m_guard;
};

constexpr int kRefusedLingerMs = 1000; // a refused socket is deleted (closed) at the latest after this

bool isHandshaking(QTcpSocket *socket)
{
    const auto *ssl = qobject_cast<QSslSocket *>(socket);
    return ssl && !ssl->isEncrypted();
}
} // namespace

ConnectionGuard::ConnectionGuard(QObject *parent) : QObject(parent) {}

void ConnectionGuard::setLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
    for (Watch &w : m_sockets) { // idle connections wait the new timeout from now
        if (w.unanswered == 0)
            armIdleTimer(w);
    }
}

QTcpServer *ConnectionGuard::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                                    QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new GuardedServer<QSslServer>(this, this);
        ssl->setSslConfiguration(*tls);
        // Watched from the start of the handshake, so a client that never finishes it counts and times out.
        connect(ssl, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *socket) { watch(socket); });
        server = ssl;
    } else {
        server = new GuardedServer<QTcpServer>(this, this);
    }
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return nullptr;
    }
    return server;
}

bool ConnectionGuard::admit(qintptr descriptor, bool tls)
{
    if (m_limits.maxConnections <= 0 || m_sockets.size() < m_limits.maxConnections) {
        m_atCap = false;
        return true;
    }
    if (!m_atCap) // once per episode, not per refused connection
        qCInfo(lcEmulator) << "connection cap reached:" << m_sockets.size()
                           << "open, refusing new connections with 503";
    m_atCap = true;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return false;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kRefusedLingerMs, socket, &QObject::deleteLater);
    if (!tls) { // a TLS client could not read a plain answer
        HttpResponse busy = HttpResponse::text(503, "Too many open connections.");
        busy.setHeader("Retry-After", "1");
        socket->write(busy.serialize(true));
    }
    socket->disconnectFromHost();
    return false;
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    if (m_sockets.contains(socket) || socket->state() == QAbstractSocket::UnconnectedState)
        return;
    Watch &w = m_sockets[socket];
    w.timer = new QTimer(socket);
    w.timer->setSingleShot(true);
    connect(w.timer, &QTimer::timeout, this, [this, socket] { expire(socket); });
    // Connected before QAbstractHttpServer's own readyRead handler, which may take a complete request.
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        const auto it = m_sockets.find(socket);
        if (it != m_sockets.end() && it->unanswered == 0)
            it->partial = true;
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, &ConnectionGuard::forget);
    armIdleTimer(w);
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    ++it->unanswered;
    it->partial = false;
    it->timer->stop();
}

void ConnectionGuard::answered(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || it->unanswered == 0)
        return;
    if (--it->unanswered == 0)
        armIdleTimer(*it);
}

void ConnectionGuard::armIdleTimer(Watch &watch)
{
    if (m_limits.idleTimeoutMs > 0)
        watch.timer->start(m_limits.idleTimeoutMs);
    else
        watch.timer->stop();
}

void ConnectionGuard::expire(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || it->unanswered > 0)
        return;
    const bool partial = it->partial;
    m_sockets.erase(it); // no longer counted; closed below
    qCDebug(lcEmulator) << "closing an idle connection" << (partial ? "(partial request)" : "");
    // A client that does not read its answers, or one still in the TLS handshake, is cut off at once.
    if (socket->bytesToWrite() > 0 || isHandshaking(socket)) {
        socket->abort();
        return;
    }
    if (partial)
        socket->write(HttpResponse::text(408, "No complete request in time.").serialize(true));
    socket->disconnectFromHost();
    // Whatever still holds it open (an unread 408) ends with the timer's next round.
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(qMax(1000, m_limits.idleTimeoutMs), this, [guarded] {
        if (guarded)
            guarded->abort();
    });
}

void ConnectionGuard::forget(QObject *socket)
{
    m_sockets.remove(socket);
}

} // namespace emu
