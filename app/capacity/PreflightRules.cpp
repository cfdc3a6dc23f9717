#include "app/capacity/PreflightRules.h"

namespace td {

namespace {
PreflightFinding finding(const QString &rule, FindingSeverity s, const QString &message, const QString &todo)
{
    return {rule, s, message, todo};
}

QString nameOf(const CapacityInfo &c, const QString &id)
{
    return c.displayName.isEmpty() ? id : c.displayName;
}
} // namespace

QStringList PreflightRules::allRuleIds()
{
    return {workspaceNotFound(), callerNotAdmin(),  capacityNotFound(), capacityNoRights(),
            capacityNotActive(), alreadyOnTarget(), crossesRegions(),   actsAsServicePrincipal()};
}

PlanItem PreflightRules::evaluate(const PreflightFacts &f)
{
    PlanItem item;
    item.workspace = f.workspace;
    const bool toShared = isSharedCapacity(f.targetCapacityId);

    if (!f.workspaceFound) {
        item.findings << finding(
            workspaceNotFound(), FindingSeverity::Blocker,
            tr("Neither the service principal nor any of its profiles can see workspace %1.")
                .arg(f.workspace.workspaceId),
            tr("Check the workspace id; if the workspace belongs to another app or a user, add a profile of "
               "this connection to it as Admin first."));
        item.action = PlanAction::Blocked;
        return item;
    }
    const QString who = f.workspace.adminProfileId.isEmpty()
                            ? tr("the service principal")
                            : tr("profile %1").arg(f.workspace.adminProfileId);
    if (!f.callerIsAdmin) {
        item.findings << finding(
            callerNotAdmin(), FindingSeverity::Blocker,
            f.admins.isEmpty() ? tr("No identity of this connection is Admin of workspace %1.")
                                     .arg(f.workspace.workspaceName)
                               : tr("No identity of this connection is Admin of workspace %1 (Admin: %2).")
                                     .arg(f.workspace.workspaceName, f.admins),
            tr("Make the customer's profile Admin of the workspace (Access), then run the pre-flight "
               "again."));
    } else if (f.workspace.adminProfileId.isEmpty()) {
        item.findings << finding(
            actsAsServicePrincipal(), FindingSeverity::Info,
            tr("No profile is Admin of workspace %1: it is moved as the service principal.")
                .arg(f.workspace.workspaceName),
            tr("Nothing, or make the customer's profile Admin so that it owns its content."));
    }

    const bool already =
        normalizedCapacityId(f.workspace.currentCapacityId) == normalizedCapacityId(f.targetCapacityId);
    if (!toShared && !already) {
        if (!f.targetVisibleToCaller && !f.targetVisibleToSp) {
            item.findings << finding(
                capacityNotFound(), FindingSeverity::Blocker,
                tr("Capacity %1 does not exist or this connection has no rights on it.")
                    .arg(f.targetCapacityId),
                tr("Pick another capacity, or ask a capacity admin to give the service principal Assign "
                   "rights (deleted capacities cannot be used)."));
        } else {
            const CapacityInfo &c = f.targetVisibleToCaller ? f.targetAsCaller : f.targetAsSp;
            const QString name = nameOf(c, f.targetCapacityId);
            if (!f.targetVisibleToCaller || !f.targetAsCaller.canAssign()) {
                item.findings << finding(
                    capacityNoRights(), FindingSeverity::Blocker,
                    tr("%1 has neither Assign nor Admin rights on capacity %2.").arg(who, name),
                    tr("Ask a capacity admin to give the service principal (profiles inherit it) Assign "
                       "rights "
                       "on %1, or pick another capacity.")
                        .arg(name));
            }
            if (!c.isActive()) {
                item.findings << finding(
                    capacityNotActive(), FindingSeverity::Blocker,
                    tr("Capacity %1 is %2, not Active.").arg(name, c.state),
                    tr("Resume the capacity in Azure (or pick an active one), then run the "
                       "pre-flight again."));
            }
        }
    }
    if (already) {
        item.findings << finding(alreadyOnTarget(), FindingSeverity::Info,
                                 tr("Workspace %1 is on the target already.").arg(f.workspace.workspaceName),
                                 tr("Nothing: it is skipped."));
    } else if (!toShared) {
        const CapacityInfo &c = f.targetVisibleToCaller ? f.targetAsCaller : f.targetAsSp;
        if (!f.workspace.region.isEmpty() && !c.region.isEmpty() &&
            f.workspace.region.compare(c.region, Qt::CaseInsensitive) != 0) {
            item.findings << finding(
                crossesRegions(), FindingSeverity::Warning,
                tr("The move takes the customer's data from %1 to %2.").arg(f.workspace.region, c.region),
                tr("Make sure the customer agrees to its data changing region; large semantic models may "
                   "block "
                   "the move (move them or their storage format first)."));
        }
    }

    if (item.hasBlocker())
        item.action = PlanAction::Blocked;
    else if (already)
        item.action = PlanAction::Skip;
    else
        item.action = PlanAction::Move;
    return item;
}

} // namespace td
