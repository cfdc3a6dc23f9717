// The client's error-body parser: any status and body (Power BI JSON errors, Entra errors, HTML from a
// proxy, broken JSON) give an ApiError with a one-line summary, never a crash.
#include "app/api/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const td::ApiError e = td::ApiError::fromHttp(status, body, QStringLiteral("req"));
    const td::ApiError t = td::ApiError::fromTokenEndpoint(status, body, QStringLiteral("req"));
    if (e.summary().contains(QLatin1Char('\n')) && e.summary().size() > 100000)
        __builtin_trap();
    (void)t.summary();
    return 0;
}
