#pragma once
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "app/capacity/CapacityTypes.h"
#include "app/cli/CliContext.h"
#include "app/jobs/JobTypes.h"
#include "app/onboarding/OnboardingRow.h"

namespace td {

class JobEngine;

// Follows one running job of a JobEngine for the CLI: a line per item that ends (text mode), the totals
// and (with --json) one JSON document at the end, the result CSV if asked, then the exit code:
// 0 every item done, 1 some failed (or CSV rows were invalid; skipped ones are not), 5 cancelled /
// interrupted, 6 every unfinished item needs input (each is listed with its request and the `jobs input`
// command).
class CliJobWatcher : public QObject
{
    Q_OBJECT
public:
    CliJobWatcher(const CliContext &context, JobEngine *engine, const QString &jobId, QObject *parent);
    void setResultFile(const QString &path, const QVector<OnboardingRow> &refusedRows);
    // Capacity assignment: the plan items that were not run (skipped, blocked) go to the result file; blocked
    // ones make the exit code 1.
    void setNotRun(const QVector<PlanItem> &items, int blocked);
    void watch(); // reports at once when the job is not running

private:
    void onItemChanged(const QString &jobId, const QString &key);
    void onFinished(const QString &jobId, JobState state);
    void onInterrupted();
    void onJobChanged(const QString &jobId);
    QString itemLine(const JobItemInfo &item, const JobInfo &job) const;
    bool isCapacityJob(const JobInfo &job) const;
    QJsonObject itemJson(const JobItemInfo &item, const JobInfo &job) const;
    bool writeResult(const JobInfo &job, const QVector<JobItemInfo> &items, QString *error) const;

    CliContext m_ctx;
    QPointer<JobEngine> m_engine;
    QString m_jobId;
    QString m_resultPath;
    QVector<OnboardingRow> m_refused;
    QVector<PlanItem> m_notRun;
    int m_blocked = 0;
    QSet<QString> m_reported;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace td
