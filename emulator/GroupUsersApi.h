#pragma once
#include "Router.h"

#include <optional>

namespace emu {

class EmulatorState;
struct Member;
struct Workspace;

// Workspace access: list/add/update/delete group users (docs/powerbi-rest/API-NOTES.md §3). Only Admins
// change access.
class GroupUsersApi
{
public:
    explicit GroupUsersApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

    static QJsonObject toJson(const Member &m);

private:
    HttpResponse list(const RouteContext &ctx);
    HttpResponse add(const RouteContext &ctx);
    HttpResponse update(const RouteContext &ctx);
    HttpResponse remove(const RouteContext &ctx);
    std::optional<Member> readMember(const RouteContext &ctx, HttpResponse *error) const;
    // The workspace (caller must be Admin) and the parsed member of an add/update request.
    Workspace *adminTarget(const RouteContext &ctx, std::optional<Member> *member, HttpResponse *error) const;

    EmulatorState &m_state;
};

} // namespace emu
