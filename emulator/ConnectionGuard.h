#pragma once
#include "ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace emu {

// Watches every connection of the emulator's listening socket (QtHttpServer 6.4 keeps its sockets to
// itself, so the guard makes the QTcpServer it binds): closes a connection that has no complete request
// within the idle timeout of opening or of its last answer (408 when part of a request came), and answers
// 503 and closes each connection beyond the cap. A connection whose request the emulator has not
// answered yet is never idle.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionGuard(QObject *parent = nullptr);

    void setLimits(const ConnectionLimits &limits);
    ConnectionLimits limits() const { return m_limits; }
    int openConnections() const { return int(m_sockets.size()); }

    // A server listening on address:port (TLS when tls is given) whose connections this guard watches,
    // or nullptr (and *error) when it cannot listen.
    QTcpServer *listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                       QString *error);

    // The emulator took a complete request from the socket, and wrote an answer to one.
    void requestStarted(QTcpSocket *socket);
    void answered(QTcpSocket *socket);

    // Called by the guarded server: whether a new connection may open (false: it was refused and
    // closed), and the socket of each opened one.
    bool admit(qintptr descriptor, bool tls);
    void watch(QTcpSocket *socket);

private:
    struct Watch
    {
        QTimer *timer = nullptr; // a child of the socket
        int unanswered = 0;      // requests handed to the emulator and not answered yet
        bool partial = false;    // bytes of a request arrived since the last answer
    };
    void armIdleTimer(Watch &watch);
    void expire(QTcpSocket *socket);
    void forget(QObject *socket);

    ConnectionLimits m_limits;
    QHash<QObject *, Watch> m_sockets;
    bool m_atCap = false;
};

} // namespace emu
