#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace td {

class InventoryIndex;
class InventoryStore;
struct FoundObject;

// One exported object: what it is and where it lives (profile -> workspace -> item).
struct ExportRow
{
    QString kind; // "profile", "workspace", "report", "dataset", "dashboard", "dataflow", "capacity"
    QString id;
    QString name;
    QString profileId; // "" = the service principal
    QString profileName;
    QString workspaceId;
    QString workspaceName;
    QString capacityId; // workspaces
    QString datasetId;  // reports
    QString path;       // display names from the top, joined by " / "

    static QStringList fieldNames(); // the CSV header / JSON keys, in this order
    QStringList values() const;
    bool operator==(const ExportRow &o) const { return values() == o.values(); }
};

// Writes inventory rows as CSV (RFC 4180 quoting, UTF-8 with BOM, header row, CRLF) or JSON (an array
// of objects with the same fields). Files are written atomically: on any error nothing is left behind.
class InventoryExport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryExport)
public:
    enum class Format { Csv, Json };

    static Format formatFor(const QString &filePath, Format fallback = Format::Csv); // by suffix

    static ExportRow rowOf(const InventoryIndex &index, int entry);
    static ExportRow rowOf(const FoundObject &found);              // without capacity and dataset ids
    static QVector<ExportRow> rowsOf(const InventoryIndex &index); // all of it
    static QVector<ExportRow> rowsOf(const InventoryIndex &index, const QVector<int> &entries);

    static QByteArray toCsv(const QVector<ExportRow> &rows);
    static QByteArray toJson(const QVector<ExportRow> &rows);
    static bool fromCsv(const QByteArray &data, QVector<ExportRow> *rows, QString *error);
    static bool fromJson(const QByteArray &data, QVector<ExportRow> *rows, QString *error);

    static bool write(const QString &filePath, const QVector<ExportRow> &rows, Format format, QString *error);
    // The whole inventory of a connection, loaded from the store.
    static bool writeInventory(const InventoryStore &store, const QString &connectionId,
                               const QString &filePath, Format format, QString *error,
                               int *rowCount = nullptr);
};

} // namespace td
