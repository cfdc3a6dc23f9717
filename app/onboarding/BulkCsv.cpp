#include "app/onboarding/BulkCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "app/connections/Connection.h"
#include "app/registry/Customer.h"
#include "app/util/Csv.h"
#include "app/util/InputFile.h"
#include "app/util/TerminalText.h"

namespace td {

QString OnboardingNaming::apply(const QString &pattern, const OnboardingRow &row)
{
    QString out = pattern;
    out.replace(QLatin1String("{customerId}"), row.customerId);
    out.replace(QLatin1String("{name}"), row.displayName);
    out.replace(QLatin1String("{fileBaseName}"), QFileInfo(row.pbixPath).completeBaseName());
    return out.trimmed();
}

int BulkCsvResult::okCount() const
{
    int n = 0;
    for (const OnboardingRow &r : rows)
        n += r.ok() ? 1 : 0;
    return n;
}

BulkCsvResult BulkCsv::read(const QString &csvPath, bool allowOutsidePaths)
{
    QByteArray bytes;
    BulkCsvResult r;
    if (!InputFile::read(csvPath, InputFile::CsvLimit, &bytes, &r.error))
        return r;
    return parse(bytes, QFileInfo(csvPath).absolutePath(), allowOutsidePaths);
}

QString BulkCsv::checkPbix(const QString &cell, const QString &baseDir, bool allowOutsidePaths, QString *path)
{
    const QString base = QDir(baseDir).canonicalPath();
    *path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(cell));
    if (!cell.endsWith(QLatin1String(".pbix"), Qt::CaseInsensitive))
        return tr("the pbix column must name a .pbix file");
    const QString canonical = QFileInfo(*path).canonicalFilePath(); // empty when it does not exist
    const auto inside = [&base](const QString &p) {
        return !base.isEmpty() && p.startsWith(base + QLatin1Char('/'));
    };
    // Absolute, "..", or a link that leads out: the same words whether the file exists or not.
    const bool outside = QDir::isAbsolutePath(cell) ||
                         !inside(QDir::cleanPath(base + QLatin1Char('/') + cell)) ||
                         (!canonical.isEmpty() && !inside(canonical));
    if (outside && !allowOutsidePaths)
        return tr("the .pbix file must be in the CSV's folder or below it (\"%1\" is not); to allow other "
                  "folders, use --allow-outside-paths")
            .arg(cell.left(200));
    QFile file(*path);
    if (canonical.isEmpty() || !QFileInfo(canonical).isFile() || !file.open(QIODevice::ReadOnly))
        return tr("the file %1 does not exist or cannot be read").arg(cell.left(200));
    if (file.read(4) != QByteArrayLiteral("PK\x03\x04"))
        return tr("%1 is not a .pbix file (a .pbix file is a ZIP archive)").arg(cell.left(200));
    return {};
}

BulkCsvResult BulkCsv::parse(const QByteArray &utf8, const QString &baseDir, bool allowOutsidePaths)
{
    BulkCsvResult result;
    const CsvTable table = Csv::parse(utf8);
    if (!table.ok()) {
        result.error = table.error;
        return result;
    }
    const int idCol = table.column(QStringLiteral("customerId"));
    const int nameCol = table.column(QStringLiteral("displayName"));
    if (idCol < 0 || nameCol < 0) {
        result.error = tr("The first line must be a header with at least customerId and displayName "
                          "(optional: capacityId, pbix, param.<ParameterName>).");
        return result;
    }
    const int capCol = table.column(QStringLiteral("capacityId"));
    const int pbixCol = table.column(QStringLiteral("pbix"));
    QVector<QPair<int, QString>> paramCols;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString h = table.header.at(i);
        if (h.startsWith(QLatin1String("param."), Qt::CaseInsensitive) && h.size() > 6)
            paramCols.append({i, h.mid(6)});
    }
    QSet<QString> seen;
    for (const CsvRow &csvRow : table.rows) {
        OnboardingRow row;
        row.line = csvRow.line;
        auto cell = [&](int col) { return col >= 0 ? csvRow.fields.value(col).trimmed() : QString(); };
        row.customerId = cell(idCol);
        row.displayName = cell(nameCol);
        row.capacityId = cell(capCol);
        const QString pbix = cell(pbixCol);
        QString pbixProblem;
        if (!pbix.isEmpty())
            pbixProblem = checkPbix(pbix, baseDir, allowOutsidePaths, &row.pbixPath);
        for (const auto &pc : paramCols) {
            if (pc.first < csvRow.fields.size())
                row.parameters.append({pc.second, csvRow.fields.at(pc.first)});
        }
        if (csvRow.fields.size() < table.header.size()) {
            row.error = tr("line %1: %2 of %3 columns")
                            .arg(row.line)
                            .arg(csvRow.fields.size())
                            .arg(table.header.size());
        } else if (csvRow.fields.size() > table.header.size()) {
            row.error = tr("line %1: %2 columns, the header has %3")
                            .arg(row.line)
                            .arg(csvRow.fields.size())
                            .arg(table.header.size());
        } else if (!Customer::isValidCustomerId(row.customerId)) {
            row.error =
                tr("line %1: the customer id \"%2\" is not valid").arg(row.line).arg(row.customerId.left(80));
        } else if (row.displayName.isEmpty()) {
            row.error = tr("line %1: no display name").arg(row.line);
        } else if (TerminalText::hasControl(row.displayName)) {
            row.error = tr("line %1: the display name holds control characters").arg(row.line);
        } else if (!row.capacityId.isEmpty() && !Connection::isGuid(row.capacityId)) {
            row.error = tr("line %1: the capacity id \"%2\" is not a GUID")
                            .arg(row.line)
                            .arg(row.capacityId.left(80));
        } else if (seen.contains(row.customerId.toLower())) {
            row.error =
                tr("line %1: customer id %2 appears more than once").arg(row.line).arg(row.customerId);
        } else if (!pbixProblem.isEmpty()) {
            row.error = tr("line %1: %2").arg(row.line).arg(pbixProblem);
        }
        if (Customer::isValidCustomerId(row.customerId))
            seen.insert(row.customerId.toLower());
        result.rows.append(row);
    }
    return result;
}

} // namespace td
