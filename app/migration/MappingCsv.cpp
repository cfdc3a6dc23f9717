#include "app/migration/MappingCsv.h"

#include "app/migration/MappingRule.h"
#include "app/registry/Customer.h"
#include "app/util/Csv.h"

namespace td {

QVector<MappingRow> MappingCsv::import(const QByteArray &utf8, const MigrationInventory &inventory,
                                       QStringList *errors)
{
    const CsvTable t = Csv::parse(utf8);
    if (!t.ok()) {
        errors->append(t.error);
        return {};
    }
    const int cId = t.column(QStringLiteral("customerId"));
    const int cName = t.column(QStringLiteral("displayName"));
    const int cWs = t.column(QStringLiteral("workspaceId"));
    if (cId < 0 || cWs < 0) {
        errors->append(tr("The file needs the columns customerId,displayName,workspaceId (header found: %1).")
                           .arg(t.header.join(QLatin1Char(','))));
        return {};
    }
    QHash<QString, MappingRow> byWorkspace;
    QHash<QString, QString> names; // customer id (lower) -> first display name
    for (const CsvRow &row : t.rows) {
        const QString id = row.fields.value(cId).trimmed();
        const QString name = cName >= 0 ? row.fields.value(cName).trimmed() : QString();
        const QString ws = row.fields.value(cWs).trimmed();
        const LegacyWorkspace *w = inventory.find(ws);
        if (!w) {
            errors->append(tr("line %1: the service principal does not reach workspace \"%2\".")
                               .arg(row.line)
                               .arg(ws.left(80)));
            continue;
        }
        if (byWorkspace.contains(w->id.toLower())) {
            errors->append(tr("line %1: workspace %2 is listed twice.").arg(row.line).arg(w->name));
            continue;
        }
        MappingRow r;
        r.workspaceId = w->id;
        r.workspaceName = w->name;
        if (id.isEmpty()) {
            r.note = tr("excluded in the file");
        } else if (!Customer::isValidCustomerId(id)) {
            errors->append(tr("line %1: \"%2\" is not a valid customer id.").arg(row.line).arg(id.left(80)));
            continue;
        } else {
            r.customerId = id;
            r.included = true;
            if (!name.isEmpty() && !names.contains(id.toLower()))
                names.insert(id.toLower(), name);
        }
        byWorkspace.insert(w->id.toLower(), r);
    }
    QVector<MappingRow> rows;
    for (const LegacyWorkspace &w : inventory.workspaces) {
        MappingRow r = byWorkspace.value(w.id.toLower());
        if (r.workspaceId.isEmpty()) {
            r.workspaceId = w.id;
            r.workspaceName = w.name;
            r.note = tr("excluded: not in the file");
        }
        if (r.included)
            r.displayName = names.value(r.customerId.toLower(), r.customerId);
        rows.append(r);
    }
    MappingRule::noteGroups(rows);
    return rows;
}

QByteArray MappingCsv::toCsv(const QVector<MappingRow> &rows)
{
    QString out = Csv::line({QStringLiteral("customerId"), QStringLiteral("displayName"),
                             QStringLiteral("workspaceId"), QStringLiteral("workspaceName")});
    for (const MappingRow &r : rows)
        out += Csv::line({r.included ? r.customerId : QString(), r.included ? r.displayName : QString(),
                          r.workspaceId, r.workspaceName});
    return out.toUtf8();
}

} // namespace td
