#pragma once
#include "HttpTypes.h"

namespace emu {

// What the emulator refuses in a request's framing, where it can see it: QtHttpServer's own parser has
// already split the request line, the header block and the body (and closes the connection on a request
// line it cannot parse), so these checks see the header list it produced.
class RequestFraming
{
public:
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024; // all header lines of one request

    // The answer that refuses a request (400, 431), or an answer with status 0 when it is well formed.
    static HttpResponse problem(const HeaderList &headers);
};

} // namespace emu
