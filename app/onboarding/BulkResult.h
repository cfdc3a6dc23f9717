#pragma once
#include <QCoreApplication>
#include <QVector>

#include "app/jobs/JobTypes.h"
#include "app/onboarding/OnboardingRow.h"

namespace td {

// The result CSV of a bulk onboarding: customerId,displayName,status,profileId,workspaceId,reportId,
// datasetId,error,requestId. One line per job item (status = its state: done, failed, cancelled,
// pending, running), then one per CSV row that was not run: status "invalid" (its error), or "skipped"
// (a registered customer left out on purpose).
class BulkResult
{
    Q_DECLARE_TR_FUNCTIONS(BulkResult)
public:
    static QStringList header();
    static QStringList fields(const JobItemInfo &item);
    static QString toCsv(const QVector<JobItemInfo> &items, const QVector<OnboardingRow> &badRows = {});
    static bool write(const QString &path, const QVector<JobItemInfo> &items,
                      const QVector<OnboardingRow> &badRows, QString *error = nullptr);
};

} // namespace td
