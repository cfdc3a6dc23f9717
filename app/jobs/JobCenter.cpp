#include "app/jobs/JobCenter.h"

#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"

namespace td {

JobCenter::JobCenter(QObject *parent) : QObject(parent) {}

JobCenter::~JobCenter() = default;

void JobCenter::setJournal(JobJournal *journal)
{
    if (m_engine || !journal || !journal->isOpen())
        return;
    m_unavailable.clear();
    m_engine = new JobEngine(journal, this);
    connect(m_engine, &JobEngine::jobAdded, this, &JobCenter::jobAdded);
    connect(m_engine, &JobEngine::jobChanged, this, &JobCenter::jobChanged);
    connect(m_engine, &JobEngine::itemChanged, this, &JobCenter::itemChanged);
    Q_EMIT jobsReset();
}

void JobCenter::setJournalUnavailable(const QString &reason)
{
    m_unavailable = reason;
    Q_EMIT jobsReset();
}

void JobCenter::setSession(const QString &connectionId, ConnectionSession *session)
{
    if (m_engine)
        m_engine->setSession(connectionId, session);
}

QString JobCenter::trackOperation(const QString &title, const std::function<void()> &cancel)
{
    LiveOperation op;
    op.info.id = QStringLiteral("live-%1").arg(m_nextLive++);
    op.info.title = title;
    op.info.state = JobState::Running;
    op.info.created = op.info.updated = QDateTime::currentDateTimeUtc();
    op.info.journaled = false;
    op.cancel = cancel;
    const QString id = op.info.id;
    m_live.insert(id, op);
    m_liveOrder.append(id);
    Q_EMIT jobAdded(id);
    return id;
}

void JobCenter::updateOperation(const QString &id, int done, int total)
{
    auto it = m_live.find(id);
    if (it == m_live.end() || isFinal(it->info.state))
        return;
    it->info.done = done;
    it->info.total = total;
    it->info.updated = QDateTime::currentDateTimeUtc();
    Q_EMIT jobChanged(id);
}

void JobCenter::finishOperation(const QString &id, JobState state, const QString &summary,
                                const QVector<JobItemInfo> &items)
{
    auto it = m_live.find(id);
    if (it == m_live.end() || isFinal(it->info.state))
        return;
    it->info.state = isFinal(state) ? state : JobState::Completed;
    it->info.summary = summary;
    it->info.updated = QDateTime::currentDateTimeUtc();
    it->cancel = {};
    it->items = items;
    for (JobItemInfo &item : it->items) {
        item.jobId = id;
        if (item.state == ItemState::Failed)
            ++it->info.failed;
    }
    Q_EMIT jobChanged(id);
    for (const JobItemInfo &item : std::as_const(it->items))
        Q_EMIT itemChanged(id, item.key);
}

QVector<JobInfo> JobCenter::jobs() const
{
    QVector<JobInfo> out = m_engine ? m_engine->jobs() : QVector<JobInfo>{};
    for (const QString &id : m_liveOrder)
        out.append(m_live.value(id).info);
    return out;
}

JobInfo JobCenter::job(const QString &id) const
{
    if (m_live.contains(id))
        return m_live.value(id).info;
    return m_engine ? m_engine->job(id) : JobInfo{};
}

QVector<JobItemInfo> JobCenter::items(const QString &id) const
{
    if (m_live.contains(id))
        return m_live.value(id).items;
    return m_engine ? m_engine->items(id) : QVector<JobItemInfo>{};
}

JobItemInfo JobCenter::item(const QString &id, const QString &key) const
{
    if (m_live.contains(id)) {
        for (const JobItemInfo &i : m_live.value(id).items) {
            if (i.key == key)
                return i;
        }
        return {};
    }
    return m_engine && m_engine->journal() ? m_engine->journal()->item(id, key) : JobItemInfo{};
}

bool JobCenter::canPause(const QString &id) const
{
    return m_engine && m_engine->isActive(id) && m_engine->job(id).state == JobState::Running;
}

bool JobCenter::canResume(const QString &id) const
{
    if (!m_engine || m_live.contains(id))
        return false;
    const JobState s = m_engine->job(id).state;
    if (s == JobState::Running) // left running by a process that is gone since this engine started
        return !m_engine->isActive(id) && m_engine->runningElsewhere(id).isEmpty();
    return s == JobState::Paused || s == JobState::Interrupted;
}

bool JobCenter::canCancel(const QString &id) const
{
    if (m_live.contains(id)) {
        const LiveOperation &op = m_live[id];
        return !isFinal(op.info.state) && bool(op.cancel);
    }
    const JobInfo j = job(id);
    return !j.id.isEmpty() && !isFinal(j.state);
}

bool JobCenter::canRetry(const QString &id) const
{
    if (!m_engine || m_live.contains(id))
        return false;
    const JobInfo j = m_engine->job(id);
    return !j.id.isEmpty() && isFinal(j.state) && !m_engine->isActive(id) && j.failed + j.cancelled > 0;
}

bool JobCenter::pause(const QString &id)
{
    return m_engine && m_engine->pause(id);
}

bool JobCenter::resume(const QString &id, QString *error)
{
    return m_engine && m_engine->resume(id, error);
}

bool JobCenter::cancel(const QString &id)
{
    if (m_live.contains(id)) {
        const std::function<void()> fn = m_live.value(id).cancel;
        if (!fn || isFinal(m_live.value(id).info.state))
            return false;
        fn();
        return true;
    }
    return m_engine && m_engine->cancel(id);
}

bool JobCenter::provideInput(const QString &id, const QString &itemKey, const QJsonObject &input,
                             QString *error)
{
    if (!m_engine) {
        if (error)
            *error = tr("Journaled jobs are disabled.");
        return false;
    }
    return m_engine->provideInput(id, itemKey, input, error);
}

bool JobCenter::retryFailed(const QString &id, QString *error)
{
    return m_engine && m_engine->retryFailed(id, error);
}

} // namespace td
