#include "app/api/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "app/domain/JsonFields.h"
#include "app/domain/JsonReader.h"

namespace td {

namespace {

QLatin1String k(const char *s)
{
    return QLatin1String(s);
}

bool looksLikeHtml(const QByteArray &trimmed)
{
    const QByteArray head = trimmed.left(512).toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html") ||
           head.contains("<body") || head.contains("<head");
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(8192)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

// The AADSTS description's first line (Trace ID / Correlation ID / Timestamp lines dropped).
QString firstMeaningfulLine(const QString &text)
{
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("Trace ID"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("Correlation ID"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("Timestamp"), Qt::CaseInsensitive))
            continue;
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QString plainText(const QByteArray &trimmed)
{
    QString text = QString::fromUtf8(trimmed.left(600)).simplified();
    if (trimmed.size() > 600)
        text += QStringLiteral("…");
    return text;
}

const EnumKey<ApiError::Kind> kKindNames[] = {{ApiError::Kind::None, "None"},
                                              {ApiError::Kind::Network, "Network"},
                                              {ApiError::Kind::Timeout, "Timeout"},
                                              {ApiError::Kind::Cancelled, "Cancelled"},
                                              {ApiError::Kind::Http, "Http"},
                                              {ApiError::Kind::Auth, "Auth"},
                                              {ApiError::Kind::BadResponse, "BadResponse"},
                                              {ApiError::Kind::Keychain, "Keychain"},
                                              {ApiError::Kind::Config, "Config"}};
} // namespace

QString ApiError::kindName(Kind kind)
{
    return enumKey(kKindNames, kind, "Unknown");
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = requestId;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return e;
    if (looksLikeHtml(trimmed)) {
        e.htmlBody = true;
        e.message = htmlTitle(trimmed);
        return e;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e.message = plainText(trimmed);
        return e;
    }
    const JsonReader r(doc.object());
    const QJsonValue error = r.value(k("error"));
    if (error.isObject()) { // Power BI: {"error":{"code","message","pbi.error":{...}}}
        const JsonReader er(error.toObject());
        e.code = er.string(k("code"));
        e.message = er.string(k("message"));
        const JsonReader pbi(er.object(k("pbi.error")));
        if (e.code.isEmpty())
            e.code = pbi.string(k("code"));
        if (e.message.isEmpty())
            e.message = pbi.string(k("message"));
    } else if (error.isString()) { // Entra: {"error":"invalid_client","error_description":"AADSTS..."}
        e.code = error.toString();
        e.message = firstMeaningfulLine(r.string(k("error_description")));
    } else if (r.value(k("message")).isString()) { // throttling: {"message":"..."}
        e.message = r.string(k("message"));
    } else {
        e.message = plainText(trimmed);
    }
    return e;
}

ApiError ApiError::fromTokenEndpoint(int status, const QByteArray &body, const QString &requestId)
{
    ApiError e = fromHttp(status, body, requestId);
    e.kind = e.htmlBody ? Kind::BadResponse : Kind::Auth;
    return e;
}

QString ApiError::summary() const
{
    if (htmlBody)
        return tr("The server answered with a web page instead of JSON (HTTP %1): a proxy or gateway may be "
                  "in the way; check the API address and the network")
            .arg(httpStatus);
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return message.isEmpty()
                   ? tr("Could not reach the server: check the network connection and the API address")
                   : tr("Could not reach the server (%1): check the network connection and the API address")
                         .arg(message);
    case Kind::Timeout:
        return tr("The server did not answer in time: try again, and check the network or proxy if it keeps "
                  "happening");
    case Kind::Cancelled:
        return tr("The request was cancelled");
    case Kind::Auth:
        if (code == QLatin1String("invalid_client"))
            return tr("Sign-in failed: the client secret or application id was refused (invalid_client); "
                      "check the secret and ids in the connection settings");
        if (code == QLatin1String("unauthorized_client") || code == QLatin1String("invalid_request"))
            return tr("Sign-in failed (%1): check the tenant id and application id in the connection "
                      "settings")
                .arg(code);
        return code.isEmpty()
                   ? tr("Sign-in failed: the token endpoint refused the credentials (HTTP %1)")
                         .arg(httpStatus)
                   : tr("Sign-in failed (%1): the token endpoint refused the credentials").arg(code);
    case Kind::BadResponse:
        return tr("The server sent a response that could not be read (expected JSON): check the API address");
    case Kind::Keychain:
        if (code == QLatin1String("EntryNotFound"))
            return tr(
                "No client secret is stored in the keychain for this connection: enter the secret again "
                "in the connection settings");
        return tr("No keychain is reachable to keep the client secret: start or unlock the desktop keyring "
                  "(GNOME Keyring / KWallet / Secret Service) and try again");
    case Kind::Config:
        return tr("The connection settings are invalid: %1").arg(message);
    case Kind::Http:
        break;
    }
    // Kind::Http
    if (httpStatus == 0 && !message.isEmpty()) // an operation's own verdict (AsyncOp::failWith)
        return message;
    if (httpStatus == 401)
        return code == QLatin1String("PowerBINotAuthorizedException") || code.isEmpty()
                   ? tr("Power BI refused the request: this identity is not authorized (check the workspace "
                        "role or the profile)")
                   : tr("Power BI refused the request (%1): this identity is not authorized").arg(code);
    if (httpStatus == 403)
        return code == QLatin1String("TokenExpired")
                   ? tr("Power BI refused the request: the access token expired; try again")
                   : tr("Power BI refused the request: access denied (check the workspace role, the profile "
                        "or the capacity rights)");
    if (httpStatus == 404)
        return tr("Not found: the item does not exist or this identity cannot see it (check the profile)");
    if (httpStatus == 429)
        return tr("Power BI is throttling this connection: wait and try again later");
    if (httpStatus == 400)
        return message.isEmpty() && code.isEmpty() ? tr("Power BI rejected the request as invalid (HTTP 400)")
                                                   : tr("Power BI rejected the request as invalid: %1")
                                                         .arg(message.isEmpty() ? code : message);
    if (httpStatus == 409)
        return tr("Power BI reported a conflict: %1").arg(message.isEmpty() ? code : message);
    if (httpStatus >= 500)
        return tr("The Power BI service failed (HTTP %1): try again later").arg(httpStatus);
    return tr("Power BI answered HTTP %1%2")
        .arg(httpStatus)
        .arg(code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code));
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Kind: %1").arg(kindName(kind));
    if (httpStatus)
        lines << tr("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << tr("Error code: %1").arg(code);
    if (!message.isEmpty())
        lines << tr("Message: %1").arg(message);
    if (!requestId.isEmpty())
        lines << tr("RequestId: %1").arg(requestId);
    if (!method.isEmpty() || !path.isEmpty())
        lines << tr("Request: %1 %2").arg(method, path);
    return lines.join(QLatin1Char('\n'));
}

} // namespace td
