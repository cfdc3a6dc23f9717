#include "app/capacity/EstateSummary.h"

#include <QHash>
#include <QSet>
#include <algorithm>

#include "app/inventory/InventoryStore.h"

namespace td {

QString EstateSummary::sharedName()
{
    return tr("Shared capacity");
}

EstateSummary EstateSummary::fromInventory(const InventoryStore &store, const QString &connectionId)
{
    return compute(store.capacities(connectionId), store.workspaces(connectionId));
}

EstateSummary EstateSummary::compute(const QVector<InvCapacity> &capacities,
                                     const QVector<InvWorkspace> &workspaces)
{
    EstateSummary s;
    QHash<QString, int> rowOf; // lower-case capacity id -> index in m_rows
    for (const InvCapacity &c : capacities) {
        const QString id = c.id.toLower();
        if (id.isEmpty() || rowOf.contains(id))
            continue;
        EstateCapacity row;
        row.capacityId = id;
        row.name = c.displayName.isEmpty() ? id : c.displayName;
        row.sku = c.sku;
        row.region = c.region;
        row.state = c.state;
        row.listed = true;
        rowOf.insert(id, int(s.m_rows.size()));
        s.m_rows.push_back(row);
    }
    EstateCapacity shared;
    shared.name = sharedName();
    shared.listed = true;
    QSet<QString> seen;
    for (const InvWorkspace &w : workspaces) {
        const QString wsId = w.id.toLower();
        if (seen.contains(wsId))
            continue; // seen through another identity too
        seen.insert(wsId);
        ++s.m_total;
        const QString capId = w.capacityId.toLower();
        if (capId.isEmpty() || capId == QLatin1String("00000000-0000-0000-0000-000000000000")) {
            ++shared.workspaces;
            continue;
        }
        auto it = rowOf.constFind(capId);
        if (it == rowOf.constEnd()) {
            EstateCapacity unknown;
            unknown.capacityId = capId;
            unknown.name = capId;
            it = rowOf.insert(capId, int(s.m_rows.size()));
            s.m_rows.push_back(unknown);
        }
        ++s.m_rows[*it].workspaces;
    }
    std::stable_sort(s.m_rows.begin(), s.m_rows.end(), [](const EstateCapacity &a, const EstateCapacity &b) {
        if (a.region.isEmpty() != b.region.isEmpty())
            return b.region.isEmpty();
        const int byRegion = a.region.localeAwareCompare(b.region);
        if (byRegion != 0)
            return byRegion < 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    s.m_rows.push_back(shared);
    return s;
}

QStringList EstateSummary::regions() const
{
    QStringList out;
    for (const EstateCapacity &row : m_rows) {
        if (!out.contains(row.region))
            out.append(row.region);
    }
    return out;
}

QVector<EstateCapacity> EstateSummary::inRegion(const QString &region) const
{
    QVector<EstateCapacity> out;
    for (const EstateCapacity &row : m_rows) {
        if (row.region == region)
            out.push_back(row);
    }
    return out;
}

const EstateCapacity *EstateSummary::find(const QString &capacityId) const
{
    QString id = capacityId.toLower();
    if (id == QLatin1String("00000000-0000-0000-0000-000000000000"))
        id.clear();
    for (const EstateCapacity &row : m_rows) {
        if (row.capacityId == id)
            return &row;
    }
    return nullptr;
}

int EstateSummary::workspacesOn(const QString &capacityId) const
{
    const EstateCapacity *row = find(capacityId);
    return row ? row->workspaces : 0;
}

int EstateSummary::maxWorkspaces() const
{
    int most = 0;
    for (const EstateCapacity &row : m_rows)
        most = std::max(most, row.workspaces);
    return most;
}

} // namespace td
