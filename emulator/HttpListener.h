#pragma once
#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <functional>

class QTcpSocket;

namespace emu {

// Thin QAbstractHttpServer subclass: converts each request to an HttpRequest and hands it, with
// its socket, to one handler. The handler answers (now or later) by writing raw HTTP to the socket.
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    explicit HttpListener(QObject *parent = nullptr);
    void setHandler(Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace emu
