#pragma once
#include <QCoreApplication>
#include <QVector>

#include "app/onboarding/OnboardingRow.h"

namespace td {

struct BulkCsvResult
{
    QString error;               // the file as a whole cannot be used (encoding, header); rows then empty
    QVector<OnboardingRow> rows; // every data row, each with its own error if any
    int okCount() const;
};

// Reads a bulk onboarding CSV: UTF-8, header customerId,displayName[,capacityId][,pbix][,param.<Name>…].
// Every row is checked on its own (missing columns, bad customer id, capacity id not a GUID, duplicate
// customer id, .pbix missing or unreadable); the others stay usable. A relative .pbix path is relative to
// the CSV's folder.
class BulkCsv
{
    Q_DECLARE_TR_FUNCTIONS(BulkCsv)
public:
    static BulkCsvResult read(const QString &csvPath);
    static BulkCsvResult parse(const QByteArray &utf8, const QString &baseDir);
};

} // namespace td
