#include "app/migration/MigrationPlanner.h"

namespace td {

namespace {
AccessEntry entry(const LegacyWorkspace &w, const GroupUser &u, const QString &who)
{
    AccessEntry a;
    a.workspaceId = w.id;
    a.workspaceName = w.name;
    a.identifier = u.identifier;
    a.principalType = u.principalType;
    a.accessRight = u.groupUserAccessRight;
    a.displayName = u.displayName;
    a.who = who;
    return a;
}
} // namespace

QVector<PlanCustomer> MigrationPlanner::plan(const MigrationInventory &inventory,
                                             const QVector<MappingRow> &mapping, const QString &spObjectId,
                                             const QString &masterUser)
{
    QVector<PlanCustomer> out;
    QHash<QString, int> index; // customer id (lower) -> position in out
    for (const MappingRow &r : mapping) {
        if (!r.included)
            continue;
        const LegacyWorkspace *w = inventory.find(r.workspaceId);
        if (!w)
            continue;
        const QString key = r.customerId.toLower();
        if (!index.contains(key)) {
            PlanCustomer c;
            c.customerId = r.customerId;
            c.displayName = r.displayName.trimmed().isEmpty() ? r.customerId : r.displayName.trimmed();
            c.profileName = c.displayName;
            for (const Profile &p : inventory.profiles) {
                if (p.displayName == c.profileName)
                    c.profileId = p.id;
            }
            index.insert(key, int(out.size()));
            out.append(c);
        }
        PlanCustomer &c = out[index.value(key)];
        c.workspaces.append({w->id, w->name});
        c.reports += w->reports;
        for (const LegacyItem &m : w->models) {
            c.models.append(m);
            if (m.configuredBy.compare(c.profileName, Qt::CaseInsensitive) != 0)
                c.takeOver << m.id;
        }
        if (!w->error.isEmpty()) {
            c.warnings << tr("%1 was not read completely: %2").arg(w->name, w->error);
            c.blocked = true;
        }
        if (w->spAccess(spObjectId) != QLatin1String("Admin")) {
            c.warnings
                << tr("The service principal is not Admin of %1, so it cannot add the profile.").arg(w->name);
            c.blocked = true;
        }
        for (const GroupUser &u : w->users) {
            const bool sp = u.profileId.isEmpty() && u.principalType == QLatin1String("App") &&
                            u.identifier.compare(spObjectId, Qt::CaseInsensitive) == 0;
            const bool master = !masterUser.isEmpty() && u.principalType == QLatin1String("User") &&
                                (u.identifier.compare(masterUser, Qt::CaseInsensitive) == 0 ||
                                 u.emailAddress.compare(masterUser, Qt::CaseInsensitive) == 0);
            if (sp)
                c.removals.append(entry(*w, u, QStringLiteral("servicePrincipal")));
            else if (master)
                c.removals.append(entry(*w, u, QStringLiteral("masterUser")));
        }
        if (!masterUser.isEmpty() && w->userAccess(masterUser).isEmpty())
            c.warnings << tr("%1 has no access for the master user %2.").arg(w->name, masterUser);
    }
    // Two customers must not share a profile: the second would take over the first one's workspaces.
    QHash<QString, int> names;
    for (const PlanCustomer &c : std::as_const(out))
        ++names[c.profileName];
    for (PlanCustomer &c : out) {
        if (names.value(c.profileName) > 1) {
            c.warnings << tr("Another customer has the display name \"%1\": give each customer its own name.")
                              .arg(c.profileName);
            c.blocked = true;
        }
    }
    return out;
}

} // namespace td
