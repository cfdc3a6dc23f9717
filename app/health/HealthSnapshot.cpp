#include "app/health/HealthSnapshot.h"

#include "app/inventory/InventoryStore.h"

#include <algorithm>

namespace td {

namespace {
bool isAdmin(const QString &role)
{
    return role.compare(QLatin1String("Admin"), Qt::CaseInsensitive) == 0;
}
} // namespace

HealthSnapshot HealthSnapshot::fromInventory(const InventoryStore &store, const QString &connectionId,
                                             const QString &spObjectId)
{
    HealthSnapshot s;
    s.connectionId = connectionId;
    s.spObjectId = spObjectId.toLower();
    s.profiles = store.profiles(connectionId);
    for (const InvWorkspace &w : store.workspaces(connectionId)) {
        s.workspacesByProfile[w.profileId].append(w.id);
        if (!s.workspaces.contains(w.id)) {
            s.workspaces.insert(w.id, w);
            const QVector<InvAccess> users = store.access(w.id);
            if (!users.isEmpty()) // a workspace always has an Admin: empty = not listed
                s.access.insert(w.id, users);
        }
    }
    if (s.spObjectId.isEmpty()) {
        // A connection saved without the SP's object id: its profiles' entries carry it (App + profile).
        for (auto it = s.access.constBegin(); it != s.access.constEnd() && s.spObjectId.isEmpty(); ++it) {
            for (const InvAccess &a : it.value()) {
                if (!a.profileId.isEmpty() && !a.identifier.isEmpty()) {
                    s.spObjectId = a.identifier.toLower();
                    break;
                }
            }
        }
    }
    for (const InvCapacity &c : store.capacities(connectionId))
        s.capacities.insert(c.id, c);
    return s;
}

QStringList HealthSnapshot::workspaceIdsByName() const
{
    QStringList ids = workspaces.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const int c = workspaceName(a).compare(workspaceName(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return ids;
}

QString HealthSnapshot::profileName(const QString &profileId) const
{
    for (const InvProfile &p : profiles) {
        if (p.id == profileId)
            return p.displayName;
    }
    return QString();
}

QString HealthSnapshot::workspaceName(const QString &workspaceId) const
{
    return workspaces.value(workspaceId).name;
}

QStringList HealthSnapshot::profilesOn(const QString &workspaceId) const
{
    QStringList out;
    for (const InvAccess &a : access.value(workspaceId)) {
        if (!a.profileId.isEmpty() && !out.contains(a.profileId))
            out.append(a.profileId);
    }
    return out;
}

QString HealthSnapshot::roleOf(const QString &workspaceId, const QString &profileId) const
{
    for (const InvAccess &a : access.value(workspaceId)) {
        if (a.profileId == profileId && !profileId.isEmpty())
            return a.role;
    }
    return QString();
}

QString HealthSnapshot::spRole(const QString &workspaceId) const
{
    for (const InvAccess &a : access.value(workspaceId)) {
        if (a.profileId.isEmpty() &&
            a.principalType.compare(QLatin1String("App"), Qt::CaseInsensitive) == 0 &&
            a.identifier.compare(spObjectId, Qt::CaseInsensitive) == 0)
            return a.role;
    }
    return QString();
}

bool HealthSnapshot::spIsMember(const QString &workspaceId) const
{
    return !spRole(workspaceId).isEmpty();
}

QString HealthSnapshot::ownerOf(const QString &workspaceId) const
{
    const QStringList onIt = profilesOn(workspaceId);
    if (onIt.isEmpty())
        return QString();
    if (const Customer *c = customerOfWorkspace(workspaceId)) {
        const QString p = c->profileId.toLower();
        if (onIt.contains(p))
            return p;
    }
    const QString name = workspaceName(workspaceId);
    for (const QString &p : onIt) {
        if (profileName(p).compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    QStringList admins;
    for (const QString &p : onIt) {
        if (isAdmin(roleOf(workspaceId, p)))
            admins.append(p);
    }
    if (admins.size() == 1)
        return admins.first();
    return onIt.size() == 1 ? onIt.first() : QString();
}

QString HealthSnapshot::adminIdentity(const QString &workspaceId, bool *found) const
{
    *found = true;
    const QString owner = ownerOf(workspaceId);
    if (!owner.isEmpty() && isAdmin(roleOf(workspaceId, owner)))
        return owner;
    for (const QString &p : profilesOn(workspaceId)) {
        if (isAdmin(roleOf(workspaceId, p)))
            return p;
    }
    if (isAdmin(spRole(workspaceId)))
        return QString();
    *found = false;
    return QString();
}

const Customer *HealthSnapshot::customerOfProfile(const QString &profileId) const
{
    for (const Customer &c : customers) {
        if (c.identity == Customer::Identity::Profile &&
            c.profileId.compare(profileId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const Customer *HealthSnapshot::customerOfWorkspace(const QString &workspaceId) const
{
    for (const Customer &c : customers) {
        for (const QString &w : c.workspaceIds) {
            if (w.compare(workspaceId, Qt::CaseInsensitive) == 0)
                return &c;
        }
    }
    return nullptr;
}

} // namespace td
