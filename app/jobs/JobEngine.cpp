#include "app/jobs/JobEngine.h"

#include <QSet>
#include <QTimer>

#include "app/jobs/JobJournal.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobsLogging.h"
#include "app/session/ConnectionSession.h"

namespace td {

JobEngine::JobEngine(JobJournal *journal, QObject *parent, const JobLeasePolicy &policy)
    : QObject(parent), m_journal(journal), m_policy(policy), m_heartbeat(new QTimer(this))
{
    if (!m_policy.clock)
        m_policy.clock = Clock::system();
    m_self = JobLease::thisProcess(now());
    m_heartbeat->setInterval(qMax(1, m_policy.heartbeatMs));
    connect(m_heartbeat, &QTimer::timeout, this, &JobEngine::heartbeat);
    if (m_journal) {
        const QDateTime at = now();
        const qint64 expiry = m_policy.expiryMs;
        m_interrupted = m_journal->markInterrupted(
            [at, expiry](const JobLease &owner) { return !owner.isAlive(at, expiry); });
    }
}

JobEngine::~JobEngine()
{
    const QList<JobRunner *> runners = m_runners.values();
    m_runners.clear();
    for (JobRunner *r : runners) {
        disconnect(r, nullptr, this, nullptr);
        delete r;
    }
    const QSet<QString> held = m_leased;
    for (const QString &id : held)
        release(id); // nothing runs here any more: the next engine finds the job interrupted
}

void JobEngine::setSession(const QString &connectionId, ConnectionSession *session)
{
    if (session)
        m_sessions.insert(connectionId, session);
    else
        m_sessions.remove(connectionId);
}

ConnectionSession *JobEngine::session(const QString &connectionId) const
{
    return m_sessions.value(connectionId);
}

void JobEngine::setMaxConcurrency(int itemsAtOnce)
{
    m_maxConcurrency = qMax(1, itemsAtOnce);
}

QDateTime JobEngine::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_policy.clock->nowMsecsSinceEpoch(), Qt::UTC);
}

JobLease JobEngine::lease() const
{
    JobLease l = m_self;
    l.since = l.heartbeat = now();
    return l;
}

JobLease JobEngine::runningElsewhere(const QString &jobId) const
{
    if (!m_journal || m_leased.contains(jobId))
        return {};
    const JobLease holder = m_journal->leases().holder(jobId);
    return holder.isAlive(now(), m_policy.expiryMs) ? holder : JobLease();
}

QString JobEngine::refusal(const QString &jobId, const JobLease &holder) const
{
    return tr("Job %1 is running in %2; a job runs in one process at a time.").arg(jobId, holder.describe());
}

bool JobEngine::acquire(const QString &jobId, QString *error)
{
    if (m_leased.contains(jobId))
        return true;
    JobLease holder;
    if (!m_journal || !m_journal->leases().take(jobId, lease(), m_policy.expiryMs, &holder)) {
        if (error)
            *error = holder.isEmpty()
                         ? tr("The job journal could not record that job %1 runs here.").arg(jobId)
                         : refusal(jobId, holder);
        return false;
    }
    m_leased.insert(jobId);
    m_heartbeat->start();
    return true;
}

void JobEngine::release(const QString &jobId)
{
    if (!m_leased.remove(jobId))
        return;
    m_journal->leases().release(jobId, m_self);
    if (m_leased.isEmpty())
        m_heartbeat->stop();
}

// Each heartbeat renews the leases of the jobs that run here. A lease another process has taken (this
// one's heartbeat came too late, e.g. the machine slept) means the job runs there now: it stops here,
// journaling nothing more.
void JobEngine::heartbeat()
{
    const QDateTime at = now();
    const JobLeases leases = m_journal->leases();
    const QSet<QString> held = m_leased;
    for (const QString &id : held) {
        if (leases.renew(id, m_self, at) != JobLeases::Renewal::Lost)
            continue;
        qCWarning(lcJobs) << "job" << id << "was taken over by" << leases.holder(id).describe()
                          << "- it stops here";
        m_leased.remove(id);
        if (JobRunner *r = m_runners.take(id)) {
            disconnect(r, nullptr, this, nullptr);
            delete r; // now: no step of it may journal anything more
        }
        Q_EMIT jobChanged(id);
    }
    if (m_leased.isEmpty())
        m_heartbeat->stop();
}

QString JobEngine::submit(const JobRequest &request, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!m_journal || !m_journal->isOpen())
        return refuse(tr("The job journal is not open; jobs cannot run."));
    if (!m_types.contains(request.type))
        return refuse(tr("Unknown job type \"%1\".").arg(request.type));
    if (!request.connectionId.isEmpty() && !session(request.connectionId))
        return refuse(tr("The connection of this job is not open."));
    QVector<QStringList> names;
    QSet<QString> keys;
    for (const JobItemSpec &item : request.items) {
        if (item.key.isEmpty() || keys.contains(item.key))
            return refuse(tr("Item \"%1\" has an empty or duplicate key.").arg(item.displayName));
        keys.insert(item.key);
        QStringList stepNames;
        for (const JobStep &step : m_types.plan(request.type, request.params, item.params))
            stepNames.append(step.name);
        names.append(stepNames);
    }
    // The lease is written with the plan: no other engine ever sees the new job without its owner.
    const QString id = m_journal->createJob(request, names, error, lease());
    if (id.isEmpty())
        return {};
    m_leased.insert(id);
    m_heartbeat->start();
    if (!request.secrets.isEmpty())
        m_secrets.insert(id, request.secrets);
    Q_EMIT jobAdded(id);
    if (!launch(m_journal->job(id), error))
        return {};
    return id;
}

// The job's lease is held.
bool JobEngine::launch(const JobInfo &job, QString *error)
{
    auto refuse = [this, &job, error](const QString &why) {
        release(job.id);
        if (error)
            *error = why;
        return false;
    };
    if (!m_types.contains(job.type))
        return refuse(tr("Unknown job type \"%1\".").arg(job.type));
    if (!job.connectionId.isEmpty() && !session(job.connectionId))
        return refuse(tr("Open the job's connection first."));
    m_journal->setJobState(job.id, JobState::Running);
    startRunner(job);
    return true;
}

void JobEngine::startRunner(const JobInfo &job)
{
    ConnectionSession *s = job.connectionId.isEmpty() ? nullptr : session(job.connectionId);
    auto *runner = new JobRunner(m_journal, &m_types, job, s, m_maxConcurrency, this);
    const QHash<QString, QString> secrets = m_secrets.value(job.id);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        runner->setSecret(it.key(), it.value());
    m_runners.insert(job.id, runner);
    connect(runner, &JobRunner::jobChanged, this, &JobEngine::jobChanged);
    connect(runner, &JobRunner::itemChanged, this, &JobEngine::itemChanged);
    connect(runner, &JobRunner::progress, this, &JobEngine::progress);
    connect(runner, &JobRunner::stepProgress, this, &JobEngine::stepProgress);
    connect(runner, &JobRunner::finished, this, &JobEngine::onRunnerFinished);
    connect(runner, &JobRunner::jobChanged, this, &JobEngine::parkIfPaused);
    connect(runner, &JobRunner::itemChanged, this,
            [this](const QString &id, const QString &) { parkIfPaused(id); });
    Q_EMIT jobChanged(job.id);
    runner->start();
}

// A paused job whose running steps are done leaves this process: no runner, no lease. Any process may
// resume it from the journal.
void JobEngine::parkIfPaused(const QString &jobId)
{
    JobRunner *r = m_runners.value(jobId);
    if (!r || r->state() != JobState::Paused || r->inFlight() > 0)
        return;
    m_runners.remove(jobId);
    disconnect(r, nullptr, this, nullptr);
    r->deleteLater(); // inside its own signal; it has nothing left to journal
    release(jobId);
    Q_EMIT jobChanged(jobId);
}

void JobEngine::onRunnerFinished(const QString &jobId, JobState state)
{
    if (JobRunner *r = m_runners.take(jobId))
        r->deleteLater();
    release(jobId);
    Q_EMIT jobChanged(jobId); // no longer active: what can be done with it changed
    Q_EMIT jobFinished(jobId, state);
}

bool JobEngine::pause(const QString &jobId)
{
    JobRunner *r = m_runners.value(jobId);
    if (!r || r->state() != JobState::Running)
        return false;
    r->pause();
    return true;
}

bool JobEngine::resume(const QString &jobId, QString *error)
{
    if (JobRunner *r = m_runners.value(jobId)) {
        r->resume();
        return true;
    }
    if (!m_journal || m_journal->job(jobId).id.isEmpty()) {
        if (error)
            *error = tr("There is no job %1.").arg(jobId);
        return false;
    }
    if (!acquire(jobId, error))
        return false;
    // Looked at under the lease: nobody else changes the job now. A job left running holds no live lease
    // any more (this engine took it), so it resumes like an interrupted one.
    const JobInfo job = m_journal->job(jobId);
    if (isFinal(job.state)) {
        release(jobId);
        if (error)
            *error = tr("Only a paused or interrupted job can resume.");
        return false;
    }
    // Items and steps caught mid-run start again at their first unfinished step.
    m_journal->moveItems(jobId, {ItemState::Running}, ItemState::Pending);
    m_journal->resetUnfinishedSteps(jobId);
    return launch(job, error);
}

bool JobEngine::cancel(const QString &jobId, QString *error)
{
    if (JobRunner *r = m_runners.value(jobId)) {
        r->cancel();
        return true;
    }
    const JobInfo job = m_journal ? m_journal->job(jobId) : JobInfo{};
    if (job.id.isEmpty() || isFinal(job.state) || !acquire(jobId, error))
        return false;
    m_journal->moveItems(jobId, {ItemState::Pending, ItemState::Running, ItemState::NeedsInput},
                         ItemState::Cancelled);
    m_journal->setJobState(jobId, JobState::Cancelled);
    release(jobId);
    Q_EMIT jobChanged(jobId);
    Q_EMIT jobFinished(jobId, JobState::Cancelled);
    return true;
}

bool JobEngine::provideInput(const QString &jobId, const QString &itemKey, const QJsonObject &input,
                             QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const JobInfo job = this->job(jobId);
    if (job.id.isEmpty())
        return refuse(tr("There is no job %1.").arg(jobId));
    if (isFinal(job.state))
        return refuse(tr("Job %1 has ended.").arg(jobId));
    if (m_journal->item(jobId, itemKey).state != ItemState::NeedsInput)
        return refuse(tr("Item %1 of job %2 does not wait for input.").arg(itemKey, jobId));
    const bool here = m_runners.contains(jobId);
    if (!here && !acquire(jobId, error)) // never answered behind the back of the process that runs it
        return false;
    QJsonObject journaled = input;
    const QString secret = journaled.take(QLatin1String("secret")).toString();
    if (!m_journal->setItemInput(jobId, itemKey, journaled)) {
        if (!here)
            release(jobId);
        return refuse(tr("The input could not be journaled."));
    }
    if (!secret.isEmpty())
        m_secrets[jobId].insert(itemKey, secret);
    qCInfo(lcJobs) << "job" << jobId << "item" << itemKey << "got its input";
    Q_EMIT itemChanged(jobId, itemKey);
    if (JobRunner *r = m_runners.value(jobId)) {
        if (!secret.isEmpty())
            r->setSecret(itemKey, secret);
        r->inputProvided(itemKey);
        return true;
    }
    return resume(jobId, error);
}

bool JobEngine::retryFailed(const QString &jobId, QString *error)
{
    const JobInfo job = m_journal ? m_journal->job(jobId) : JobInfo{};
    if (job.id.isEmpty() || m_runners.contains(jobId) || !isFinal(job.state) ||
        job.failed + job.cancelled == 0) {
        if (error)
            *error = tr("Only an ended job with failed or cancelled items can retry them.");
        return false;
    }
    if (!acquire(jobId, error))
        return false;
    m_journal->moveItems(jobId, {ItemState::Failed, ItemState::Cancelled}, ItemState::Pending);
    m_journal->resetUnfinishedSteps(jobId);
    return launch(job, error);
}

QVector<JobInfo> JobEngine::jobs() const
{
    return m_journal ? m_journal->jobs() : QVector<JobInfo>{};
}

JobInfo JobEngine::job(const QString &jobId) const
{
    return m_journal ? m_journal->job(jobId) : JobInfo{};
}

QVector<JobItemInfo> JobEngine::items(const QString &jobId) const
{
    return m_journal ? m_journal->items(jobId) : QVector<JobItemInfo>{};
}

} // namespace td
