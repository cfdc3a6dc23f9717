#include "ErrorBodies.h"

#include <QJsonArray>
#include <QJsonObject>

namespace emu {

HttpResponse ErrorBodies::powerBi(int status, const QString &code)
{
    const QJsonObject pbi{{QStringLiteral("code"), code},
                          {QStringLiteral("parameters"), QJsonObject()},
                          {QStringLiteral("details"), QJsonArray()},
                          {QStringLiteral("exceptionCulprit"), 1}};
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("pbi.error"), pbi}};
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

HttpResponse ErrorBodies::withMessage(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

HttpResponse ErrorBodies::notAuthorized()
{
    return powerBi(401, QStringLiteral("PowerBINotAuthorizedException"));
}

HttpResponse ErrorBodies::notFound()
{
    return powerBi(404, QStringLiteral("PowerBIEntityNotFound"));
}

HttpResponse ErrorBodies::tokenExpired()
{
    return withMessage(403, QStringLiteral("TokenExpired"),
                       QStringLiteral("Access token has expired, resubmit with a new access token"));
}

HttpResponse ErrorBodies::badRequest(const QString &message)
{
    // Assumption (docs/powerbi-rest/API-NOTES.md §14): validation failures use 400 with code InvalidRequest
    // and a message.
    return withMessage(400, QStringLiteral("InvalidRequest"), message);
}

HttpResponse ErrorBodies::throttled(int retryAfterSecs)
{
    const QString msg =
        QStringLiteral("You have exceeded the amount of requests allowed in the current time frame "
                       "and further requests will fail. Retry in %1 seconds.")
            .arg(retryAfterSecs);
    HttpResponse r = HttpResponse::json(429, QJsonDocument(QJsonObject{{QStringLiteral("message"), msg}}),
                                        "application/json; charset=utf-8");
    r.setHeader("Retry-After", QByteArray::number(retryAfterSecs));
    r.setHeader("Cache-Control", "no-store, must-revalidate, no-cache");
    return r;
}

HttpResponse ErrorBodies::serverError(bool plainText)
{
    if (plainText)
        return HttpResponse::text(500, "An error has occurred");
    // Assumption (docs/powerbi-rest/API-NOTES.md §14): an injected JSON 500 uses the standard body with a
    // generic code.
    return powerBi(500, QStringLiteral("InternalServerError"));
}

HttpResponse ErrorBodies::noRoute()
{
    // Assumption (docs/powerbi-rest/API-NOTES.md §0): an unknown route answers like ASP.NET Web API does.
    return withMessage(404, QStringLiteral("NoHttpResource"),
                       QStringLiteral("No HTTP resource was found that matches the request URI."));
}

} // namespace emu
