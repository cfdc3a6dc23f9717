#pragma once
#include "JobSettings.h"
#include "Router.h"

namespace emu {

class EmulatorState;
struct Capacity;
struct Caller;
struct Workspace;

// Capacities list and workspace capacity assignment (docs/powerbi-rest/API-NOTES.md §4, §15).
// AssignToCapacity checks, in order: the workspace (404 unless the caller is a member, 401 unless Admin), the
// body (400), the capacity (404 when unknown or deleted, 401 without Assign/Admin right, 400
// CapacityNotActive unless Active). The empty GUID unassigns. The status is then Pending, InProgress
// (JobSettings::assignmentPolls polls in all), then CompletedSuccessfully (the workspace moves) or
// AssignmentFailed (JobSettings::failNextAssignments; the workspace stays where it was).
class CapacitiesApi
{
public:
    CapacitiesApi(EmulatorState &state, JobSettings &jobs) : m_state(state), m_jobs(jobs) {}
    void registerRoutes(Router &router);

    // The caller's right on a capacity: None | Assign | Admin.
    QString rightOf(const Caller &caller, const Capacity &capacity) const;

private:
    HttpResponse list(const RouteContext &ctx);
    HttpResponse assign(const RouteContext &ctx);
    HttpResponse status(const RouteContext &ctx);

    void finishAssignment(Workspace &w);

    EmulatorState &m_state;
    JobSettings &m_jobs;
};

} // namespace emu
