#pragma once
#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <functional>
#include <optional>

class QTcpSocket;

namespace emu {

class ConnectionGuard;

// Thin QAbstractHttpServer subclass: converts each request to an HttpRequest and hands it, with
// its socket, to one handler. The handler answers (now or later) through reply() or drop(). Its
// connections are watched by a ConnectionGuard (idle timeout, cap on open connections).
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    explicit HttpListener(QObject *parent = nullptr);
    void setHandler(Handler handler);
    void setTlsConfiguration(const QSslConfiguration &config) { m_tls = config; }
    // Listens on address:port (0 = a free port) through the guard; the port, or 0 and *error.
    quint16 open(const QHostAddress &address, quint16 port, QString *error);
    ConnectionGuard &guard() const { return *m_guard; }

    // Writes a complete answer after delayMs (the socket may be gone by then); close ends the connection.
    void reply(QTcpSocket *socket, const QByteArray &bytes, bool close, int delayMs);
    // Closes the connection after delayMs without an answer.
    void drop(QTcpSocket *socket, int delayMs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    ConnectionGuard *m_guard;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace emu
