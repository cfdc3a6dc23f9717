#include "app/inventory/InventoryExport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/inventory/InventoryIndex.h"
#include "app/inventory/InventoryLogging.h"
#include "app/inventory/InventoryStore.h"
#include "app/util/Csv.h"

namespace td {

namespace {

const QString kPathSeparator = QStringLiteral(" / ");

ExportRow rowFromValues(const QStringList &v)
{
    ExportRow r;
    QString *fields[] = {&r.kind,        &r.id,          &r.name,          &r.profileId,
                         &r.profileName, &r.workspaceId, &r.workspaceName, &r.capacityId,
                         &r.datasetId,   &r.path};
    for (int i = 0; i < v.size() && i < 10; ++i)
        *fields[i] = v.at(i);
    return r;
}

} // namespace

QStringList ExportRow::fieldNames()
{
    return {QStringLiteral("kind"),          QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("profileId"),     QStringLiteral("profileName"), QStringLiteral("workspaceId"),
            QStringLiteral("workspaceName"), QStringLiteral("capacityId"),  QStringLiteral("datasetId"),
            QStringLiteral("path")};
}

QStringList ExportRow::values() const
{
    return {kind, id, name, profileId, profileName, workspaceId, workspaceName, capacityId, datasetId, path};
}

InventoryExport::Format InventoryExport::formatFor(const QString &filePath, Format fallback)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return fallback;
}

ExportRow InventoryExport::rowOf(const FoundObject &f)
{
    ExportRow r;
    r.kind = f.kindName();
    r.id = f.id;
    r.name = f.name;
    if (f.kind != FoundObject::Kind::Capacity) {
        r.profileId = f.profileId;
        r.profileName = f.profileName;
    }
    if (f.kind == FoundObject::Kind::Workspace || f.kind == FoundObject::Kind::Item) {
        r.workspaceId = f.workspaceId;
        r.workspaceName = f.workspaceName;
    }
    r.path = f.path().join(kPathSeparator);
    return r;
}

ExportRow InventoryExport::rowOf(const InventoryIndex &index, int entry)
{
    ExportRow r = rowOf(index.found(entry));
    r.capacityId = index.capacityId(entry);
    r.datasetId = index.datasetId(entry);
    return r;
}

QVector<ExportRow> InventoryExport::rowsOf(const InventoryIndex &index)
{
    QVector<ExportRow> rows;
    rows.reserve(index.size());
    for (int e = 0; e < index.size(); ++e)
        rows.push_back(rowOf(index, e));
    return rows;
}

QVector<ExportRow> InventoryExport::rowsOf(const InventoryIndex &index, const QVector<int> &entries)
{
    QVector<ExportRow> rows;
    rows.reserve(entries.size());
    for (int e : entries) {
        if (e >= 0 && e < index.size())
            rows.push_back(rowOf(index, e));
    }
    return rows;
}

QByteArray InventoryExport::toCsv(const QVector<ExportRow> &rows)
{
    QString text = Csv::line(ExportRow::fieldNames());
    for (const ExportRow &r : rows)
        text += Csv::line(r.values());
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray InventoryExport::toJson(const QVector<ExportRow> &rows)
{
    const QStringList names = ExportRow::fieldNames();
    QJsonArray array;
    for (const ExportRow &r : rows) {
        const QStringList values = r.values();
        QJsonObject o;
        for (qsizetype i = 0; i < names.size(); ++i)
            o.insert(names.at(i), values.at(i));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool InventoryExport::fromCsv(const QByteArray &data, QVector<ExportRow> *rows, QString *error)
{
    const CsvTable table = Csv::parse(data);
    if (!table.ok() || table.header != ExportRow::fieldNames()) {
        if (error)
            *error = tr("The file is not an inventory CSV export.");
        return false;
    }
    for (const CsvRow &r : table.rows)
        rows->push_back(rowFromValues(r.fields));
    return true;
}

bool InventoryExport::fromJson(const QByteArray &data, QVector<ExportRow> *rows, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = tr("The file is not an inventory JSON export: %1").arg(parseError.errorString());
        return false;
    }
    const QStringList names = ExportRow::fieldNames();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        QStringList values;
        for (const QString &n : names)
            values << o.value(n).toString();
        rows->push_back(rowFromValues(values));
    }
    return true;
}

bool InventoryExport::write(const QString &filePath, const QVector<ExportRow> &rows, Format format,
                            QString *error)
{
    if (!Csv::save(filePath, format == Format::Json ? toJson(rows) : toCsv(rows), error))
        return false;
    qCInfo(lcInventory) << "exported" << rows.size() << "rows";
    return true;
}

bool InventoryExport::writeInventory(const InventoryStore &store, const QString &connectionId,
                                     const QString &filePath, Format format, QString *error, int *rowCount)
{
    InventoryIndex index;
    if (!index.load(store, connectionId)) {
        if (error)
            *error = tr("The inventory cache is not available.");
        return false;
    }
    const QVector<ExportRow> rows = rowsOf(index);
    if (rowCount)
        *rowCount = int(rows.size());
    return write(filePath, rows, format, error);
}

} // namespace td
