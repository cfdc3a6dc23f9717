#include "ui/capacity/WorkspacePool.h"

#include <algorithm>
#include <iterator>

#include "app/capacity/EstateSummary.h"
#include "app/inventory/InventoryStore.h"
#include "app/registry/CustomerRegistry.h"

namespace td {

namespace {
QString normalCapacity(const QString &id)
{
    const QString lower = id.toLower();
    return lower == QLatin1String("00000000-0000-0000-0000-000000000000") ? QString() : lower;
}

template<typename Keep> QVector<PoolWorkspace> keepIf(const QVector<PoolWorkspace> &all, Keep keep)
{
    QVector<PoolWorkspace> out;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out), keep);
    return out;
}
} // namespace

void WorkspacePool::load(const InventoryStore *inventory, const QString &connectionId)
{
    m_workspaces.clear();
    m_index.clear();
    m_capacities.clear();
    m_profiles.clear();
    if (!inventory || !inventory->isOpen())
        return;
    m_capacities = inventory->capacities(connectionId);
    m_profiles = inventory->profiles(connectionId);
    QHash<QString, QString> profileNames;
    for (const InvProfile &p : m_profiles)
        profileNames.insert(p.id.toLower(), p.displayName);
    for (const InvWorkspace &w : inventory->workspaces(connectionId)) {
        PoolWorkspace p{w.id.toLower(), w.name, w.profileId.toLower(),
                        profileNames.value(w.profileId.toLower()), normalCapacity(w.capacityId)};
        const auto it = m_index.constFind(p.id);
        if (it == m_index.constEnd()) {
            m_index.insert(p.id, int(m_workspaces.size()));
            m_workspaces.push_back(p);
        } else if (m_workspaces[*it].profileId.isEmpty() && !p.profileId.isEmpty()) {
            m_workspaces[*it] = p; // a customer's workspace: its profile is the identity to act as
        }
    }
    std::sort(m_workspaces.begin(), m_workspaces.end(), [](const PoolWorkspace &a, const PoolWorkspace &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_index.clear();
    for (int i = 0; i < m_workspaces.size(); ++i)
        m_index.insert(m_workspaces.at(i).id, i);
}

void WorkspacePool::add(const PoolWorkspace &workspace)
{
    PoolWorkspace w = workspace;
    w.id = w.id.toLower();
    w.profileId = w.profileId.toLower();
    w.capacityId = normalCapacity(w.capacityId);
    if (w.profileName.isEmpty() && !w.profileId.isEmpty()) {
        for (const InvProfile &p : m_profiles) {
            if (p.id.compare(w.profileId, Qt::CaseInsensitive) == 0)
                w.profileName = p.displayName;
        }
    }
    const auto it = m_index.constFind(w.id);
    if (it != m_index.constEnd()) {
        m_workspaces[*it] = w;
        return;
    }
    m_index.insert(w.id, int(m_workspaces.size()));
    m_workspaces.push_back(w);
}

const PoolWorkspace *WorkspacePool::find(const QString &id) const
{
    const auto it = m_index.constFind(id.toLower());
    return it == m_index.constEnd() ? nullptr : &m_workspaces.at(*it);
}

const InvCapacity *WorkspacePool::capacity(const QString &capacityId) const
{
    for (const InvCapacity &c : m_capacities) {
        if (c.id.compare(capacityId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString WorkspacePool::capacityName(const QString &capacityId) const
{
    if (normalCapacity(capacityId).isEmpty())
        return EstateSummary::sharedName();
    const InvCapacity *c = capacity(capacityId);
    return c ? c->displayName : tr("%1 (not in the capacity list)").arg(capacityId);
}

QString WorkspacePool::regionOf(const PoolWorkspace &workspace) const
{
    const InvCapacity *c = workspace.capacityId.isEmpty() ? nullptr : capacity(workspace.capacityId);
    return c ? c->region : QString();
}

QStringList WorkspacePool::regions() const
{
    QStringList out;
    for (const InvCapacity &c : m_capacities) {
        if (!c.region.isEmpty() && !out.contains(c.region))
            out << c.region;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QVector<PoolWorkspace> WorkspacePool::ofProfile(const QString &profileId) const
{
    return keepIf(m_workspaces, [&](const PoolWorkspace &w) {
        return w.profileId.compare(profileId, Qt::CaseInsensitive) == 0;
    });
}

QVector<PoolWorkspace> WorkspacePool::onCapacity(const QString &capacityId) const
{
    const QString id = normalCapacity(capacityId);
    return keepIf(m_workspaces, [&](const PoolWorkspace &w) { return w.capacityId == id; });
}

QVector<PoolWorkspace> WorkspacePool::inRegion(const QString &region) const
{
    return keepIf(m_workspaces, [&](const PoolWorkspace &w) { return regionOf(w) == region; });
}

QVector<PoolWorkspace> WorkspacePool::ofCustomer(const CustomerRegistry &registry,
                                                 const QString &connectionId, const QString &customerId) const
{
    const Customer c = registry.find(connectionId, customerId);
    if (c.customerId.isEmpty())
        return {};
    return keepIf(m_workspaces, [&](const PoolWorkspace &w) {
        const bool listed = c.workspaceIds.contains(w.id, Qt::CaseInsensitive);
        return listed ||
               (!c.profileId.isEmpty() && w.profileId.compare(c.profileId, Qt::CaseInsensitive) == 0);
    });
}

} // namespace td
