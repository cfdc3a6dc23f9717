#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <deque>

#include "app/jobs/JobTypes.h"
#include "app/jobs/StepCall.h"

namespace td {

class ConnectionSession;
class JobJournal;
class JobTypeRegistry;

// Runs the unfinished items of one journaled job: at most maxConcurrency items at once, each item's
// steps one after another from its first unfinished step (finished steps are never run again). Every
// step's start and end are journaled before the item moves on. No nested event loops.
// Destroying a runner mid-run writes nothing: the job stays "running" in the journal and the next
// JobEngine marks it interrupted (what a crash would leave).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(JobJournal *journal, const JobTypeRegistry *types, const JobInfo &job,
              ConnectionSession *session, int maxConcurrency, QObject *parent = nullptr);
    ~JobRunner() override;

    QString jobId() const { return m_job.id; }
    JobState state() const { return m_state; }
    int inFlight() const { return int(m_active.size()); }

    void start(); // queues the items journaled as pending or running, by position
    void pause(); // no new step starts; running steps finish
    void resume();
    void cancel(); // running steps are told to cancel; queued and waiting items are marked cancelled
    // The journal has the input of this waiting item (JobEngine::provideInput): it is queued again.
    void inputProvided(const QString &key);
    void setSecret(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }

Q_SIGNALS:
    void jobChanged(const QString &jobId);
    void itemChanged(const QString &jobId, const QString &key);
    void progress(const QString &jobId, int done, int total); // after each item ends
    void stepProgress(const QString &jobId, const QString &key, qint64 done, qint64 total);
    void finished(const QString &jobId, td::JobState state);

private:
    struct Active
    {
        QVector<JobStep> steps;
        QJsonObject params;
        QJsonObject outputs;
        QPointer<StepCall> call;
        int index = 0;
        int attempts = 0; // journaled attempts of the current step before this run
    };
    void pump();
    void startItem(const JobItemInfo &item);
    void runStep(const QString &key);
    void onStepCompleted(const QString &key, const StepResult &result);
    void endItem(const QString &key, ItemState state, const QString &error = {},
                 const QString &requestId = {});
    void settle();
    void wait(const QString &key, const StepResult &result);

    JobJournal *m_journal;
    const JobTypeRegistry *m_types;
    JobInfo m_job;
    QPointer<ConnectionSession> m_session;
    int m_maxConcurrency;
    JobState m_state = JobState::Running;
    bool m_cancelling = false;
    bool m_finished = false;
    std::deque<JobItemInfo> m_queue;
    QHash<QString, Active> m_active;
    QSet<QString> m_waiting; // items that need input
    QHash<QString, QString> m_secrets;
};

} // namespace td
