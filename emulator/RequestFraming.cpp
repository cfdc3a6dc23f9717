#include "RequestFraming.h"

#include "ErrorBodies.h"

namespace emu {

HttpResponse RequestFraming::problem(const HeaderList &headers)
{
    qsizetype bytes = 0;
    bool hasLength = false, hasChunked = false;
    int hosts = 0;
    for (const auto &h : headers) {
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
        bytes += h.first.size() + h.second.size() + 4;
        if (h.second.contains('\r') || h.second.contains('\n') || h.second.contains('\0'))
            return ErrorBodies::badRequest(QStringLiteral("A header value contains CR, LF or NUL."));
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qlonglong n = h.second.trimmed().toLongLong(&ok);
            if (!ok || n < 0 || hasLength)
                return ErrorBodies::badRequest(
                    QStringLiteral("Content-Length is not one non-negative number."));
            hasLength = true;
        }
        if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            hasChunked = true;
    }
    if (bytes > MaxHeaderBytes)
        return ErrorBodies::withMessage(
            431, QStringLiteral("RequestHeaderFieldsTooLarge"),
            QStringLiteral("The request's headers exceed %1 bytes.").arg(MaxHeaderBytes));
    if (hasLength && hasChunked) // request smuggling: RFC 9112 §6.1
        return ErrorBodies::badRequest(QStringLiteral("Content-Length and Transfer-Encoding together."));
    // RFC 9112 §3.2: exactly one Host. QtHttpServer 6.4 hands on a header block it cannot parse (more
    // than 100 fields, a name that is not a token) as no headers at all; this refuses it too.
    if (hosts != 1)
        return ErrorBodies::badRequest(QStringLiteral("A request needs exactly one Host header."));
    return HttpResponse::empty(0);
}

} // namespace emu
