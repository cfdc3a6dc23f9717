#pragma once
#include <QCoreApplication>
#include <QVector>
#include <functional>
#include <memory>

#include "app/jobs/JobLeases.h"
#include "app/jobs/JobTypes.h"

namespace td {

class SqliteDb;

// The durable record of every journaled job: the job, its items and each item's steps, in one SQLite
// file with its own connection name and a schema version. The whole plan (every item and its steps) is
// written in one transaction before anything runs; each step's completion is written before the next
// step of that item starts. Several journals may coexist (tests).
class JobJournal
{
    Q_DECLARE_TR_FUNCTIONS(JobJournal)
public:
    static constexpr int SchemaVersion = 3; // 2: items.input_request, items.inputs; 3: leases
    explicit JobJournal(const QString &filePath);
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    static QString defaultPath(); // <AppDataLocation>/jobs.sqlite
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }

    // Writes the job (state running) with every item (pending) and its step names (pending), and the
    // owner's lease when one is given. stepNames[i] belongs to job.items[i]. Returns the new job id, ""
    // on failure.
    QString createJob(const JobRequest &job, const QVector<QStringList> &stepNames, QString *error = nullptr,
                      const JobLease &owner = {});

    bool setJobState(const QString &jobId, JobState state);
    bool setItemState(const QString &jobId, const QString &key, ItemState state, const QString &error = {},
                      const QString &requestId = {}, const QJsonObject &result = {});
    bool setStepStarted(const QString &jobId, const QString &key, int index); // running, attempts + 1
    bool setStepFinished(const QString &jobId, const QString &key, int index, StepState state,
                         const QJsonObject &output, const QString &error, const QString &requestId);
    // The item waits (needs-input) for an answer to `request` from its step `index` (request gets
    // "step": the step's name).
    bool setItemWaiting(const QString &jobId, const QString &key, int index, const QJsonObject &request);
    // The answer for the step that asked: kept under its name; the item goes back to pending.
    bool setItemInput(const QString &jobId, const QString &key, const QJsonObject &input);
    // Items of the job in one of `from` states go to `to` (e.g. pending -> cancelled). Returns the count.
    int moveItems(const QString &jobId, const QList<ItemState> &from, ItemState to);
    // Failed/running steps of items that are not done go back to pending.
    bool resetUnfinishedSteps(const QString &jobId);
    // Start-up: every job still marked running or paused whose owner is gone (ownerGone(its lease, empty
    // when none); no ownerGone: every one) is marked interrupted and its lease removed, in one write
    // transaction. Returns their ids.
    QStringList markInterrupted(const std::function<bool(const JobLease &owner)> &ownerGone = {});
    // Who runs which job (JobEngine takes, renews and releases the leases).
    JobLeases leases() const { return JobLeases(m_db.get()); }

    QVector<JobInfo> jobs() const;                          // oldest first, with item counts
    JobInfo job(const QString &jobId) const;                // id empty when unknown
    QVector<JobItemInfo> items(const QString &jobId) const; // by position
    JobItemInfo item(const QString &jobId, const QString &key) const;
    QVector<JobStepInfo> steps(const QString &jobId, const QString &key) const; // by index

private:
    QVector<JobInfo> readJobs(const QString &jobId) const;                          // id "" = all
    QVector<JobItemInfo> readItems(const QString &jobId, const QString &key) const; // key "" = all
    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace td
