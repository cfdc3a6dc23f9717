#pragma once
#include "Router.h"

namespace emu {

class EmulatorState;
struct Workspace;

// Workspaces (groups): list/get/create/update/delete (docs/powerbi-rest/API-NOTES.md §2). A caller sees only
// the workspaces where it (the SP itself, or the profile) is a member.
class GroupsApi
{
public:
    explicit GroupsApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

    static QJsonObject toJson(const Workspace &w);

private:
    HttpResponse list(const RouteContext &ctx);
    HttpResponse create(const RouteContext &ctx);
    HttpResponse get(const RouteContext &ctx);
    HttpResponse update(const RouteContext &ctx);
    HttpResponse remove(const RouteContext &ctx);

    EmulatorState &m_state;
};

} // namespace emu
