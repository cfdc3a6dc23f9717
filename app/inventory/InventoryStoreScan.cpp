// Bulk reads of InventoryStore for in-memory indexes (few columns per row: QtSql's cost is per value).
#include <QSqlQuery>

#include "app/inventory/InventoryStore.h"
#include "app/db/SqliteDb.h"

namespace td {

void InventoryStore::forEachItemRow(const QString &connectionId,
                                    const std::function<void(const ItemRow &)> &visit) const
{
    static const ItemKind kinds[] = {ItemKind::Report, ItemKind::Dataset, ItemKind::Dashboard,
                                     ItemKind::Dataflow};
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    // id, dataset id and name travel as one text, separated by U+001F (ids never contain it; the name
    // comes last, so it may).
    const QString sql = QStringLiteral(
        "SELECT workspace_id, (CASE kind WHEN 'report' THEN 0 WHEN 'dataset' THEN 1 WHEN 'dashboard' THEN 2"
        " WHEN 'dataflow' THEN 3 ELSE 0 END) * 2 + IFNULL(paginated, 0),"
        " IFNULL(id, '') || char(31) || IFNULL(dataset_id, '') || char(31) || IFNULL(name, '')"
        " FROM items WHERE workspace_id IN (SELECT id FROM workspaces WHERE connection_id = ?)"
        " ORDER BY workspace_id, kind");
    if (!m_db->prepare(q, sql))
        return;
    q.addBindValue(connectionId.isEmpty() ? QStringLiteral("") : connectionId.toLower());
    if (!q.exec())
        return;
    ItemRow row{QString(), ItemKind::Report, false, {}, {}, {}};
    const QChar sep(0x1f);
    while (q.next()) {
        const QString ws = q.value(0).toString();
        if (ws != row.workspaceId)
            row.workspaceId = ws;
        const int code = q.value(1).toInt();
        row.kind = kinds[qBound(0, code / 2, 3)];
        row.paginated = code % 2;
        const QString text = q.value(2).toString();
        const qsizetype a = text.indexOf(sep);
        const qsizetype b = a < 0 ? -1 : text.indexOf(sep, a + 1);
        if (b < 0)
            continue;
        row.id = QStringView(text).left(a);
        row.datasetId = QStringView(text).mid(a + 1, b - a - 1);
        row.name = QStringView(text).mid(b + 1);
        visit(row);
    }
}

} // namespace td
