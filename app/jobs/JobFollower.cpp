#include "app/jobs/JobFollower.h"

#include "app/jobs/JobEngine.h"

namespace td {

JobFollower::JobFollower(JobEngine *engine, const QString &jobId, QObject *parent)
    : QObject(parent), m_engine(engine), m_jobId(jobId)
{
    connect(engine, &JobEngine::jobChanged, this, [this](const QString &id) {
        if (id == m_jobId)
            check();
    });
    connect(engine, &JobEngine::itemChanged, this, [this](const QString &id, const QString &) {
        if (id == m_jobId)
            check();
    });
}

void JobFollower::check()
{
    if (!m_engine || m_ended)
        return;
    for (const JobItemInfo &item : m_engine->items(m_jobId)) {
        if (isFinal(item.state) && !m_reported.contains(item.key)) {
            m_reported.insert(item.key);
            Q_EMIT itemEnded(item);
        }
    }
    const JobInfo job = m_engine->job(m_jobId);
    Q_EMIT progress(job.done, job.total);
    if (isFinal(job.state)) {
        m_ended = true;
        Q_EMIT ended(job);
    }
}

} // namespace td
