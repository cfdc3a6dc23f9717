#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "app/jobs/JobLease.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/JobTypes.h"
#include "app/util/Clock.h"

class QTimer;

namespace td {

class ConnectionSession;
class JobJournal;
class JobRunner;

// How an engine holds the leases of the jobs it runs (JobLease).
struct JobLeasePolicy
{
    const Clock *clock = Clock::system();
    int heartbeatMs = 5000;  // how often the engine writes that it still runs its jobs
    qint64 expiryMs = 60000; // a lease whose heartbeat is older counts as gone (another host)
};

// Journaled jobs: submit (the plan is written first), pause, resume, cancel, retry failed items. One
// JobRunner per active job. An item may wait for input (needs input) without holding up the others.
// A job runs in one process at a time: the engine holds the job's lease (JobLease) while it runs or waits
// for input here, refreshed every heartbeatMs, and releases it when the job ends or pauses (once its
// running steps are done: the paused job then has no runner until it resumes). Resuming, cancelling or
// answering a job that another live process holds is refused with where it runs. A job whose lease this
// engine finds taken over (its heartbeat was late) is dropped here.
// Constructed over an open journal, it marks the jobs a previous run left running, whose owner is gone, as
// interrupted (they resume from each item's first unfinished step). The journal and the sessions must
// outlive the engine. Destroying the engine mid-run journals nothing more (like a crash) but releases its
// leases.
class JobEngine : public QObject
{
    Q_OBJECT
public:
    explicit JobEngine(JobJournal *journal, QObject *parent = nullptr, const JobLeasePolicy &policy = {});
    ~JobEngine() override;

    JobTypeRegistry &types() { return m_types; }
    JobJournal *journal() const { return m_journal; }
    // Steps of jobs for connectionId get this session (PowerBiClient); null removes it.
    void setSession(const QString &connectionId, ConnectionSession *session);
    ConnectionSession *session(const QString &connectionId) const;
    void setMaxConcurrency(int itemsAtOnce); // per job, for jobs started from now on (default 4)
    int maxConcurrency() const { return m_maxConcurrency; }
    QStringList interruptedAtStart() const { return m_interrupted; }

    // Writes the plan (every item and its steps) then starts it. Returns the job id, "" with *error.
    QString submit(const JobRequest &request, QString *error = nullptr);
    bool pause(const QString &jobId);
    bool resume(const QString &jobId, QString *error = nullptr); // a paused or interrupted job
    bool cancel(const QString &jobId, QString *error = nullptr);
    // Queues the failed and cancelled items of an ended job again; their finished steps are kept.
    bool retryFailed(const QString &jobId, QString *error = nullptr);
    // Answers the request of an item that needs input: the input is journaled (except its "secret"
    // value, kept in memory only) and the item continues at the step that asked; a job without a runner
    // (e.g. after a restart) starts again for it.
    bool provideInput(const QString &jobId, const QString &itemKey, const QJsonObject &input,
                      QString *error = nullptr);
    bool isActive(const QString &jobId) const { return m_runners.contains(jobId); }
    // The live owner of a job that another engine runs (empty when none does).
    JobLease runningElsewhere(const QString &jobId) const;
    JobRunner *runner(const QString &jobId) const { return m_runners.value(jobId); }

    QVector<JobInfo> jobs() const;
    JobInfo job(const QString &jobId) const;
    QVector<JobItemInfo> items(const QString &jobId) const;

Q_SIGNALS:
    void jobAdded(const QString &jobId);
    void jobChanged(const QString &jobId); // state or progress
    void itemChanged(const QString &jobId, const QString &itemKey);
    void progress(const QString &jobId, int done, int total); // items in a final state / all items
    void stepProgress(const QString &jobId, const QString &itemKey, qint64 done, qint64 total); // in a step
    void jobFinished(const QString &jobId, td::JobState state);

private:
    QDateTime now() const;
    JobLease lease() const; // this engine's lease, at now()
    bool acquire(const QString &jobId, QString *error);
    void release(const QString &jobId);
    QString refusal(const QString &jobId, const JobLease &holder) const;
    bool launch(const JobInfo &job, QString *error);
    void startRunner(const JobInfo &job);
    void dropRunner(const QString &jobId); // journals nothing (like a crash)
    void parkIfPaused(const QString &jobId);
    void heartbeat();
    void onRunnerFinished(const QString &jobId, JobState state);

    JobJournal *m_journal;
    JobLeasePolicy m_policy;
    JobLease m_self; // this process
    QSet<QString> m_leased;
    QTimer *m_heartbeat = nullptr;
    JobTypeRegistry m_types;
    QHash<QString, QPointer<ConnectionSession>> m_sessions;
    QHash<QString, JobRunner *> m_runners;
    QStringList m_interrupted;
    QHash<QString, QHash<QString, QString>> m_secrets; // job id -> item key -> secret (never journaled)
    int m_maxConcurrency = 4;
};

} // namespace td
