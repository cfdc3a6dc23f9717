#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace td {

// RFC 4180 CSV: quoted fields with "" escapes, commas and line breaks inside quotes, CRLF or LF rows.
struct CsvRow
{
    int line = 0; // 1-based line where the row starts (for messages)
    QStringList fields;
};

struct CsvTable
{
    QStringList header;   // first row, trimmed
    QVector<CsvRow> rows; // the data rows (blank lines skipped)
    QString error;        // set when the text as a whole cannot be read (encoding, unterminated quote)
    bool ok() const { return error.isEmpty(); }
    int column(const QString &name) const; // case-insensitive; -1 when absent
};

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    // Parses UTF-8 bytes (a leading BOM is skipped). Bytes that are not valid UTF-8 give an error that
    // names the line, and no rows.
    static CsvTable parse(const QByteArray &utf8);
    static QString quote(const QString &field);     // quotes only when needed
    static QString line(const QStringList &fields); // joined and quoted, ending in "\r\n"
    // Writes a whole file atomically (QSaveFile): the old file stays when anything fails; *error then
    // says "Cannot write <path>: <reason>".
    static bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace td
