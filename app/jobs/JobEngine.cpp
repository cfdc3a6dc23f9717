#include "app/jobs/JobEngine.h"

#include <QSet>
#include <QTimer>

#include "app/jobs/JobJournal.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobsLogging.h"
#include "app/session/ConnectionSession.h"

namespace td {

JobEngine::JobEngine(JobJournal *journal, QObject *parent) : QObject(parent), m_journal(journal)
{
    if (m_journal)
        m_interrupted = m_journal->markInterrupted();
}

JobEngine::~JobEngine()
{
    const QList<JobRunner *> runners = m_runners.values();
    m_runners.clear();
    for (JobRunner *r : runners) {
        disconnect(r, nullptr, this, nullptr);
        delete r;
    }
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
    const QString id = m_journal->createJob(request, names, error);
    if (id.isEmpty())
        return {};
    if (!request.secrets.isEmpty())
        m_secrets.insert(id, request.secrets);
    Q_EMIT jobAdded(id);
    if (!launch(m_journal->job(id), error))
        return {};
    return id;
}

bool JobEngine::launch(const JobInfo &job, QString *error)
{
    if (!m_types.contains(job.type)) {
        if (error)
            *error = tr("Unknown job type \"%1\".").arg(job.type);
        return false;
    }
    ConnectionSession *s = job.connectionId.isEmpty() ? nullptr : session(job.connectionId);
    if (!job.connectionId.isEmpty() && !s) {
        if (error)
            *error = tr("Open the job's connection first.");
        return false;
    }
    m_journal->setJobState(job.id, JobState::Running);
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
    Q_EMIT jobChanged(job.id);
    runner->start();
    return true;
}

void JobEngine::onRunnerFinished(const QString &jobId, JobState state)
{
    if (JobRunner *r = m_runners.take(jobId))
        r->deleteLater();
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
    const JobInfo job = m_journal ? m_journal->job(jobId) : JobInfo{};
    if (job.id.isEmpty() || (job.state != JobState::Interrupted && job.state != JobState::Paused &&
                             job.state != JobState::NeedsInput)) {
        if (error)
            *error = tr("Only a paused or interrupted job can resume.");
        return false;
    }
    // Items and steps caught mid-run start again at their first unfinished step.
    m_journal->moveItems(jobId, {ItemState::Running}, ItemState::Pending);
    m_journal->resetUnfinishedSteps(jobId);
    return launch(job, error);
}

bool JobEngine::cancel(const QString &jobId)
{
    if (JobRunner *r = m_runners.value(jobId)) {
        r->cancel();
        return true;
    }
    const JobInfo job = m_journal ? m_journal->job(jobId) : JobInfo{};
    if (job.id.isEmpty() || isFinal(job.state))
        return false;
    m_journal->moveItems(jobId, {ItemState::Pending, ItemState::Running, ItemState::NeedsInput},
                         ItemState::Cancelled);
    m_journal->setJobState(jobId, JobState::Cancelled);
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
    QJsonObject journaled = input;
    const QString secret = journaled.take(QLatin1String("secret")).toString();
    if (!m_journal->setItemInput(jobId, itemKey, journaled))
        return refuse(tr("The input could not be journaled."));
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
