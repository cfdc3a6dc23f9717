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
    static QString quote(const QString &field); // quotes only when needed
    // The one CSV writer of every export: neutralised, quoted, joined, ending in "\r\n".
    static QString line(const QStringList &fields);
    // Formula neutralising as OWASP recommends ("CSV injection"): a spreadsheet runs a field that starts
    // with = + - @, a tab or a carriage return as a formula, so the writer puts a ' before it. To stay
    // reversible, a field that is already such a field behind one or more ' gets one ' more. parse()
    // removes exactly that one ', so every file TenantDesk writes reads back unchanged (customers export
    // and import, mapping, onboarding result, inventory export) while a spreadsheet shows plain text.
    static QString neutralise(const QString &field);
    static QString restore(const QString &field); // the inverse of neutralise(); parse() applies it
    // Writes a whole file atomically (QSaveFile): the old file stays when anything fails; *error then
    // says "Cannot write <path>: <reason>".
    static bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace td
