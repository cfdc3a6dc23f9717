// Bulk reads of InventoryStore for in-memory indexes and exports.
#include <QSqlQuery>

#include "inventory/InventoryStore.h"
#include "inventory/SqliteDb.h"

namespace td {

void InventoryStore::forEachItem(const QString &connectionId,
                                 const std::function<void(const InvItem &)> &visit) const
{
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!m_db->prepare(q,
                       QStringLiteral("SELECT workspace_id, kind, id, name, dataset_id, paginated FROM items"
                                      " WHERE workspace_id IN (SELECT id FROM workspaces WHERE"
                                      " connection_id = ?) ORDER BY workspace_id, kind")))
        return;
    q.addBindValue(connectionId.isEmpty() ? QStringLiteral("") : connectionId.toLower());
    if (!q.exec())
        return;
    InvItem item;
    QString lastKind;
    while (q.next()) {
        const QString ws = q.value(0).toString();
        if (ws != item.workspaceId)
            item.workspaceId = ws;
        const QString kind = q.value(1).toString();
        if (kind != lastKind) {
            lastKind = kind;
            itemKindFromName(kind, &item.kind);
        }
        item.id = q.value(2).toString();
        item.name = q.value(3).toString();
        item.datasetId = q.value(4).toString();
        item.paginated = q.value(5).toBool();
        visit(item);
    }
}

} // namespace td
