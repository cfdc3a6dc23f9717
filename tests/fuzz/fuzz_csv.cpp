// The client's CSV reader (bulk onboarding, customers import, mappings): any bytes parse or give an error;
// a parsed table written back with Csv::line reads back as the same rows.
#include "app/util/Csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const td::CsvTable table = td::Csv::parse(input);
    if (!table.ok())
        return 0;
    QString text = td::Csv::line({QStringLiteral("h")});
    QVector<QStringList> expected;
    for (const td::CsvRow &row : table.rows) {
        text += td::Csv::line(row.fields);
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty())) // written as a blank line
            expected << row.fields;
    }
    const td::CsvTable again = td::Csv::parse(text.toUtf8());
    if (!again.ok() || again.rows.size() != expected.size())
        __builtin_trap();
    for (int i = 0; i < expected.size(); ++i) {
        if (again.rows.at(i).fields != expected.at(i))
            __builtin_trap();
    }
    return 0;
}
