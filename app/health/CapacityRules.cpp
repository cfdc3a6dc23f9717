#include "app/health/CapacityRules.h"

#include <algorithm>

namespace td {

namespace {
bool isActive(const InvCapacity &c)
{
    return c.state.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0;
}
} // namespace

QString NoCapacityRule::pickCapacity(const HealthSnapshot &s, const QString &fromCapacityId)
{
    QVector<InvCapacity> active;
    for (const InvCapacity &c : s.capacities) {
        if (isActive(c))
            active.append(c);
    }
    std::sort(active.begin(), active.end(), [](const InvCapacity &a, const InvCapacity &b) {
        return a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
    });
    if (active.isEmpty())
        return QString();
    const QString region = s.capacities.value(fromCapacityId).region;
    for (const InvCapacity &c : active) {
        if (!region.isEmpty() && c.region == region)
            return c.id;
    }
    return active.first().id;
}

QVector<HealthFinding> NoCapacityRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        if (!s.isCustomerWorkspace(ws))
            continue;
        const QString capacityId = s.workspaces.value(ws).capacityId.toLower();
        QString why;
        if (capacityId.isEmpty()) {
            why = tr("Customer workspace %1 is on shared capacity: embedding for customers needs a capacity.")
                      .arg(s.workspaceName(ws));
        } else if (s.capacities.contains(capacityId) && !isActive(s.capacities.value(capacityId))) {
            const InvCapacity c = s.capacities.value(capacityId);
            why = tr("Customer workspace %1 is on capacity %2, which is %3: its reports cannot be embedded.")
                      .arg(s.workspaceName(ws), c.displayName, c.state);
        } else {
            continue;
        }
        QVector<HealthObject> objects{workspace(s, ws)};
        if (!capacityId.isEmpty())
            objects.append(
                {QStringLiteral("capacity"), capacityId, s.capacities.value(capacityId).displayName});
        HealthFinding f = finding(why, objects);
        bool found = false;
        const QString as = s.adminIdentity(ws, &found);
        const QString target = pickCapacity(s, capacityId);
        if (found && !target.isEmpty()) {
            const InvCapacity c = s.capacities.value(target);
            f.fix.action = HealthFix::Action::AssignCapacity;
            f.fix.asProfileId = as;
            f.fix.workspaceId = ws;
            f.fix.targetId = target;
            f.fix.targetName = c.displayName;
            f.fix.preview = tr("Assign workspace %1 to capacity %2 (%3, %4).")
                                .arg(s.workspaceName(ws), c.displayName, c.sku, c.region);
        } else {
            f.advice = target.isEmpty() ? tr("No Active capacity is visible to this connection: resume the "
                                             "capacity in Azure or give the app Assign rights on one.")
                                        : tr("No identity of this connection is Admin of the workspace: make "
                                             "the profile Admin first, then assign a capacity.");
        }
        out.append(f);
    }
    return out;
}

QVector<HealthFinding> ProfileWorkspaceLimitRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const InvProfile &p : s.profiles) {
        if (s.unlistedProfiles.contains(p.id))
            continue;
        const int count = int(s.workspacesByProfile.value(p.id).size());
        if (count < Threshold)
            continue;
        HealthFinding f = finding(tr("Profile %1 has %2 workspaces; a profile can have at most %3. Creating "
                                     "workspaces as this profile will soon fail.")
                                      .arg(p.displayName)
                                      .arg(count)
                                      .arg(Limit),
                                  {profile(s, p.id)});
        if (count >= Limit)
            f.severity = HealthSeverity::Error;
        f.advice =
            tr("Put new customers' workspaces under a new profile (one profile per customer), or delete "
               "workspaces this profile no longer uses.");
        out.append(f);
    }
    return out;
}

} // namespace td
