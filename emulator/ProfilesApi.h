#pragma once
#include "Router.h"

#include <optional>

namespace emu {

class EmulatorState;

// Service principal profiles (docs/powerbi-rest/API-NOTES.md §1). Only the service principal itself may call
// these.
class ProfilesApi
{
public:
    explicit ProfilesApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

private:
    HttpResponse list(const RouteContext &ctx);
    HttpResponse create(const RouteContext &ctx);
    HttpResponse get(const RouteContext &ctx);
    HttpResponse update(const RouteContext &ctx);
    HttpResponse remove(const RouteContext &ctx);
    std::optional<QString> readDisplayName(const RouteContext &ctx, HttpResponse *error) const;

    EmulatorState &m_state;
};

} // namespace emu
