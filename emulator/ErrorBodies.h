#pragma once
#include "HttpTypes.h"

#include <QString>

namespace emu {

// Power BI error answers as documented in docs/powerbi-rest/API-NOTES.md §14.
class ErrorBodies
{
public:
    // {"error":{"code":C,"pbi.error":{"code":C,"parameters":{},"details":[],"exceptionCulprit":1}}}
    static HttpResponse powerBi(int status, const QString &code);
    // {"error":{"code":C,"message":M}}
    static HttpResponse withMessage(int status, const QString &code, const QString &message);

    static HttpResponse notAuthorized();                    // 401 PowerBINotAuthorizedException
    static HttpResponse notFound();                         // 404 PowerBIEntityNotFound
    static HttpResponse tokenExpired();                     // 403 TokenExpired
    static HttpResponse badRequest(const QString &message); // 400 InvalidRequest
    static HttpResponse throttled(int retryAfterSecs);      // 429 + Retry-After
    static HttpResponse serverError(bool plainText);        // 500
    static HttpResponse noRoute();                          // 404 for an unknown path
};

} // namespace emu
