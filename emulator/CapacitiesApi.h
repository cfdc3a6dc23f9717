#pragma once
#include "Router.h"

namespace emu {

class EmulatorState;
struct Capacity;
struct Caller;

// Capacities list and workspace capacity assignment (ENDPOINTS.md §4).
class CapacitiesApi
{
public:
    explicit CapacitiesApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

    // The caller's right on a capacity: None | Assign | Admin.
    QString rightOf(const Caller &caller, const Capacity &capacity) const;

private:
    HttpResponse list(const RouteContext &ctx);
    HttpResponse assign(const RouteContext &ctx);
    HttpResponse status(const RouteContext &ctx);

    EmulatorState &m_state;
};

} // namespace emu
