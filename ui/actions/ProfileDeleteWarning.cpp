#include "ui/actions/ProfileDeleteWarning.h"

#include "app/inventory/InventoryStore.h"

namespace td {

ProfileDeleteWarning ProfileDeleteWarning::fromCache(const InventoryStore &store, const QString &connectionId,
                                                     const QString &profileId)
{
    ProfileDeleteWarning w;
    w.fromInventory = true;
    const QString pid = profileId.toLower();
    const QVector<InvWorkspace> workspaces = store.workspacesOf(connectionId, pid);
    w.seen = int(workspaces.size());
    for (const InvWorkspace &ws : workspaces) {
        const QVector<InvAccess> access = store.access(ws.id);
        if (access.isEmpty()) {
            ++w.unknown;
            continue;
        }
        int admins = 0;
        bool isAdmin = false;
        for (const InvAccess &a : access) {
            if (a.role.compare(QLatin1String("Admin"), Qt::CaseInsensitive) != 0)
                continue;
            ++admins;
            if (a.profileId.compare(pid, Qt::CaseInsensitive) == 0)
                isAdmin = true;
        }
        if (isAdmin) {
            ++w.administers;
            if (admins == 1)
                ++w.soleAdmin;
        }
    }
    return w;
}

ProfileDeleteWarning ProfileDeleteWarning::fromSeenCount(int seen)
{
    ProfileDeleteWarning w;
    w.seen = seen;
    w.unknown = qMax(0, seen);
    return w;
}

QString ProfileDeleteWarning::text() const
{
    if (seen < 0)
        return tr("Could not check which workspaces this profile administers; any where it is the only "
                  "Admin become orphans.");
    QStringList parts;
    if (administers > 0) {
        parts << (administers == 1 ? tr("This profile administers one workspace.")
                                   : tr("This profile administers %n workspaces.", nullptr, administers));
        if (soleAdmin == 1)
            parts << tr("In one of them it is the only Admin: that workspace becomes an orphan (nobody can "
                        "manage it through this app any more).");
        else if (soleAdmin > 1)
            parts << tr("In %n of them it is the only Admin: those workspaces become orphans (nobody can "
                        "manage them through this app any more).",
                        nullptr, soleAdmin);
    }
    if (unknown > 0) {
        const QString why = fromInventory ? tr("the inventory has no access list for it")
                                          : tr("there is no inventory of this connection yet");
        if (administers == 0)
            parts << (unknown == 1
                          ? tr("This profile can see one workspace; whether it administers it is not known "
                               "(%1). "
                               "If it is the only Admin there, that workspace becomes an orphan.")
                                .arg(why)
                          : tr("This profile can see %n workspaces; whether it administers them is not known "
                               "(%1). Any where it is the only Admin become orphans.",
                               nullptr, unknown)
                                .arg(why));
        else
            parts << (unknown == 1
                          ? tr("It can also see one workspace whose Admins are not known (%1).").arg(why)
                          : tr("It can also see %n workspaces whose Admins are not known (%1).", nullptr,
                               unknown)
                                .arg(why));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace td
