#pragma once
#include "Caller.h"
#include "HttpTypes.h"

#include <optional>

namespace emu {

class EmulatorState;
class TokenService;

// Resolves the caller of a REST request: service principal from the bearer token, profile from
// X-PowerBI-Profile-Id (docs/powerbi-rest/API-NOTES.md §13). On failure fills the error answer.
class IdentityResolver
{
public:
    IdentityResolver(EmulatorState &state, TokenService &tokens);

    // *clientId receives the SP client id whenever the token is known (even if the call then fails).
    std::optional<Caller> resolve(const HttpRequest &request, HttpResponse *error, QString *clientId) const;

private:
    EmulatorState &m_state;
    TokenService &m_tokens;
};

} // namespace emu
