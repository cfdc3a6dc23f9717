#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace td {

// One failed request (or operation) described for a person: a one-line summary they can act on,
// and the details (HTTP status, Power BI error code, RequestId) behind a "Details" disclosure.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,        // no error
        Network,     // connection refused/reset/dropped, DNS, TLS
        Timeout,     // transfer timeout elapsed
        Cancelled,   // cancelled by the user or the owner
        Http,        // the server answered 4xx/5xx
        Auth,        // the token endpoint refused the credentials
        BadResponse, // 2xx with a body we could not understand (HTML from a proxy, broken JSON)
        Keychain,    // the OS keychain is unreachable or refused
        Config,      // invalid settings (bad GUID, plain http to a non-loopback host, ...)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;            // Power BI error.code, or the Entra "error" (invalid_client, ...)
    QString message;         // server message / error_description (never contains secrets)
    QString requestId;       // RequestId response header, when there was one
    QString method;          // e.g. "GET"
    QString path;            // URL path (no query secrets, no host credentials)
    bool htmlBody = false;   // the server answered with a web page (e.g. a proxy) instead of JSON
    int sends = 0;           // how often the failed request was sent, retries included (0 = never)
    int retryAfterSecs = -1; // a 429's Retry-After (-1 = none)

    bool isError() const { return kind != Kind::None; }
    QString summary() const; // one line, translated
    QString details() const; // multi-line, for the Details disclosure and "copy"

    // Builds an error from an HTTP reply (any status, any body: JSON Power BI error, Entra error,
    // {"message":...} throttling body, plain text, HTML, empty).
    static ApiError fromHttp(int status, const QByteArray &body, const QString &requestId);
    static ApiError make(Kind kind, const QString &message);
    // Entra token endpoint refusals: {"error":"invalid_client","error_description":"AADSTS...\r\nTrace
    // ID..."}.
    static ApiError fromTokenEndpoint(int status, const QByteArray &body, const QString &requestId);
    static QString kindName(Kind kind);
};

} // namespace td

Q_DECLARE_METATYPE(td::ApiError)
