#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/capacity/CapacityTypes.h"

namespace td {

// What the pre-flight learned about one workspace, from the service, before anything is written.
struct PreflightFacts
{
    AssignTarget workspace;             // as fetched (name, current capacity and region, acting identity)
    bool workspaceFound = false;        // visible to the SP or one of its profiles
    bool callerIsAdmin = false;         // the acting identity (workspace.adminProfileId) is Admin
    QString admins;                     // who is Admin instead (for the message), e.g. "embed.master@..."
    QString targetCapacityId;           // empty GUID = shared capacity
    bool targetVisibleToCaller = false; // listed by GET capacities as the acting identity
    CapacityInfo targetAsCaller;
    bool targetVisibleToSp = false; // listed as the service principal
    CapacityInfo targetAsSp;
};

// The pre-flight rules, each with a stable id (used in --json, the CSV and the tests):
//   workspace-not-found   Blocker  neither the SP nor any of its profiles sees the workspace
//   caller-not-admin      Blocker  no identity of the connection is Admin of the workspace
//   capacity-not-found    Blocker  the target capacity does not exist or is invisible (deleted, no rights)
//   capacity-no-rights    Blocker  the acting identity has neither Assign nor Admin rights on it
//   capacity-not-active   Blocker  the target capacity is not Active (e.g. Suspended)
//   already-on-target     Info     the workspace is there already: skipped
//   crosses-regions       Warning  the move changes the region of the customer's data
//   acts-as-sp            Info     no profile is Admin: the assignment is made as the service principal
class PreflightRules
{
    Q_DECLARE_TR_FUNCTIONS(PreflightRules)
public:
    static QString workspaceNotFound() { return QStringLiteral("workspace-not-found"); }
    static QString callerNotAdmin() { return QStringLiteral("caller-not-admin"); }
    static QString capacityNotFound() { return QStringLiteral("capacity-not-found"); }
    static QString capacityNoRights() { return QStringLiteral("capacity-no-rights"); }
    static QString capacityNotActive() { return QStringLiteral("capacity-not-active"); }
    static QString alreadyOnTarget() { return QStringLiteral("already-on-target"); }
    static QString crossesRegions() { return QStringLiteral("crosses-regions"); }
    static QString actsAsServicePrincipal() { return QStringLiteral("acts-as-sp"); }
    static QStringList allRuleIds();

    // The plan item for one workspace: Blocked when any finding is a Blocker, Skip when it is already
    // on the target, else Move. Pure: no network.
    static PlanItem evaluate(const PreflightFacts &facts);
};

} // namespace td
