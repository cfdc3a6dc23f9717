#pragma once
#include <QCoreApplication>
#include <QVector>

#include "app/capacity/CapacityTypes.h"
#include "app/jobs/JobTypes.h"

namespace td {

// The results CSV of a capacity assignment (util/Csv quoting):
// workspaceId,workspaceName,identity,previousCapacityId,targetCapacityId,status,assignmentStatus,error,
// requestId,activityId. One line per job item (status = its state), then one per plan item that was not
// run (status "skipped" or "blocked", error = the findings' messages).
class CapacityResultCsv
{
    Q_DECLARE_TR_FUNCTIONS(CapacityResultCsv)
public:
    static QStringList header();
    static QStringList fields(const JobItemInfo &item, const QJsonObject &jobParams);
    static QString toCsv(const QVector<JobItemInfo> &items, const QJsonObject &jobParams,
                         const QVector<PlanItem> &notRun = {});
    static bool write(const QString &path, const QVector<JobItemInfo> &items, const QJsonObject &jobParams,
                      const QVector<PlanItem> &notRun = {}, QString *error = nullptr);
};

} // namespace td
