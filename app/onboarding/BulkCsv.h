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
// customer id, a pbix that is not a .pbix file); the others stay usable.
// The pbix column names a .pbix file (its extension and a ZIP signature) relative to the CSV's folder.
// An absolute path, or one that leaves that folder (.., a symbolic link), is refused unless
// allowOutsidePaths is set; that refusal is worded the same whether the file exists or not, so that a
// CSV cannot probe which files exist elsewhere.
class BulkCsv
{
    Q_DECLARE_TR_FUNCTIONS(BulkCsv)
public:
    static BulkCsvResult read(const QString &csvPath, bool allowOutsidePaths = false);
    static BulkCsvResult parse(const QByteArray &utf8, const QString &baseDir,
                               bool allowOutsidePaths = false);
    // Why the pbix cell `cell` of a CSV in baseDir cannot be used ("" when it can); *path is the file.
    static QString checkPbix(const QString &cell, const QString &baseDir, bool allowOutsidePaths,
                             QString *path);
};

} // namespace td
