#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include "app/inventory/InventoryTypes.h"

namespace td {

class CustomerRegistry;
class InventoryStore;

// A workspace the capacity wizard can move, with where it is now.
struct PoolWorkspace
{
    QString id; // lower case
    QString name;
    QString profileId; // the identity it is seen through ("" = the service principal); a profile first
    QString profileName;
    QString capacityId; // lower case; "" = shared capacity
};

// The workspaces of one connection the wizard picks from, from the inventory cache, plus the ones the
// tree's selection brings (which may not be in the cache yet). Answers the page's filters: by customer
// (registry), by profile, by current capacity, by region.
class WorkspacePool
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePool)
public:
    void load(const InventoryStore *inventory, const QString &connectionId);
    void add(const PoolWorkspace &workspace); // replaces one with the same id (the tree's view is fresher)

    const QVector<PoolWorkspace> &workspaces() const { return m_workspaces; }
    const PoolWorkspace *find(const QString &id) const;
    const QVector<InvCapacity> &capacities() const { return m_capacities; }
    const InvCapacity *capacity(const QString &capacityId) const;
    QString capacityName(const QString &capacityId) const;  // "Shared capacity" for ""
    QString regionOf(const PoolWorkspace &workspace) const; // "" when shared or unknown
    QStringList regions() const;                            // of the listed capacities, sorted

    QVector<PoolWorkspace> ofProfile(const QString &profileId) const;   // "" = the service principal's own
    QVector<PoolWorkspace> onCapacity(const QString &capacityId) const; // "" = shared capacity
    QVector<PoolWorkspace> inRegion(const QString &region) const;
    QVector<PoolWorkspace> ofCustomer(const CustomerRegistry &registry, const QString &connectionId,
                                      const QString &customerId) const;
    QVector<InvProfile> profiles() const { return m_profiles; }

private:
    QVector<PoolWorkspace> m_workspaces;
    QHash<QString, int> m_index;
    QVector<InvCapacity> m_capacities;
    QVector<InvProfile> m_profiles;
};

} // namespace td
