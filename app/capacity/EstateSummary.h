#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "app/inventory/InventoryTypes.h"

namespace td {

class InventoryStore;

// One bar of the estate overview: a capacity (or shared capacity) and how many workspaces it holds.
struct EstateCapacity
{
    QString capacityId; // lower case; "" = shared capacity
    QString name;       // display name; "Shared capacity" for shared; the id for a capacity not listed
    QString sku;
    QString region;      // "" for shared capacity and for capacities the inventory does not list
    QString state;       // Active, Suspended, ...; "" when unknown
    bool listed = false; // the inventory lists this capacity (false: only workspaces refer to it)
    int workspaces = 0;

    bool isShared() const { return capacityId.isEmpty(); }
};

// Workspaces per capacity of one connection, from the inventory cache: every capacity the inventory
// lists (also the empty ones), every capacity id a workspace refers to but the list lacks, and shared
// capacity. A workspace seen through several identities counts once. Sorted by region, then name;
// shared capacity last, capacities with an unknown region just before it.
class EstateSummary
{
    Q_DECLARE_TR_FUNCTIONS(EstateSummary)
public:
    static EstateSummary fromInventory(const InventoryStore &store, const QString &connectionId);
    static EstateSummary compute(const QVector<InvCapacity> &capacities,
                                 const QVector<InvWorkspace> &workspaces);

    const QVector<EstateCapacity> &capacities() const { return m_rows; }
    // Regions in display order (as capacities()); "" stands for shared/unknown and comes last.
    QStringList regions() const;
    QVector<EstateCapacity> inRegion(const QString &region) const;
    // The row of a capacity id (any case; "" = shared); nullptr when absent.
    const EstateCapacity *find(const QString &capacityId) const;
    int workspacesOn(const QString &capacityId) const; // 0 when absent
    int totalWorkspaces() const { return m_total; }
    int maxWorkspaces() const; // of any row (for an axis range)
    bool isEmpty() const { return m_rows.isEmpty(); }

    static QString sharedName(); // "Shared capacity" (translated)

private:
    QVector<EstateCapacity> m_rows;
    int m_total = 0;
};

} // namespace td
