#include "app/util/Csv.h"

#include <QDir>
#include <QSaveFile>
#include <QStringDecoder>

namespace td {

int CsvTable::column(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

CsvTable Csv::parse(const QByteArray &utf8)
{
    CsvTable table;
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1;
        for (const QChar c : text) {
            if (c == QChar::ReplacementCharacter)
                break;
            if (c == QLatin1Char('\n'))
                ++line;
        }
        table.error =
            tr("The file is not UTF-8 text (first bad byte on line %1). Save it as UTF-8 and try again.")
                .arg(line);
        return table;
    }

    QVector<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(restore(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = CsvRow();
        row.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        table.error = tr("A quoted field that starts on line %1 is never closed.").arg(row.line);
        return table;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    if (rows.isEmpty())
        return table;
    for (const QString &h : rows.first().fields)
        table.header.append(h.trimmed());
    rows.removeFirst();
    table.rows = rows;
    return table;
}

QString Csv::quote(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

namespace {
// True when `field` starts with any number of ' and then a character a spreadsheet reads as a formula.
bool formulaAfterQuotes(const QString &field)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= field.size())
        return false;
    const QChar c = field.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString Csv::neutralise(const QString &field)
{
    return formulaAfterQuotes(field) ? QLatin1Char('\'') + field : field;
}

QString Csv::restore(const QString &field)
{
    return field.startsWith(QLatin1Char('\'')) && formulaAfterQuotes(field) ? field.mid(1) : field;
}

QString Csv::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(neutralise(f)));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

bool Csv::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace td
