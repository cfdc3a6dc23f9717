#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <memory>

class QSslConfiguration;

// A scripted HTTP/1.1 server on loopback for responses the emulator never sends (HTML, broken JSON,
// "created but answered 500"). One request per connection (Connection: close). HTTP, or HTTPS with a
// server TLS configuration.
struct TinyRequest
{
    QByteArray method;
    QByteArray target;                            // path + query, as sent
    QHash<QByteArray, QList<QByteArray>> headers; // lower-case names
    QByteArray body;
};

struct TinyResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false; // close the connection without answering
    int delayMs = 0;   // answer later (the event loop keeps running)
};

class TinyHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<TinyResponse(const TinyRequest &)>;
    explicit TinyHttpServer(Handler handler, QObject *parent = nullptr);
    bool listen(const QSslConfiguration *tls = nullptr);
    QUrl baseUrl() const;  // http(s)://127.0.0.1:<port>/v1.0/myorg
    QUrl loginUrl() const; // http(s)://127.0.0.1:<port>
    QList<TinyRequest> requests() const { return m_requests; }

    // A token endpoint answer for any tenant.
    static TinyResponse tokenResponse(const QByteArray &token = "tiny-token", int expiresIn = 3599);
    static TinyResponse json(int status, const QByteArray &body);

private:
    void onConnection();
    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QList<TinyRequest> m_requests;
};
