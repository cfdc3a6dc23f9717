#include "app/jobs/JobRunner.h"

#include "app/jobs/JobJournal.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/JobsLogging.h"
#include "app/session/ConnectionSession.h"

namespace td {

JobRunner::JobRunner(JobJournal *journal, const JobTypeRegistry *types, const JobInfo &job,
                     ConnectionSession *session, int maxConcurrency, QObject *parent)
    : QObject(parent), m_journal(journal), m_types(types), m_job(job), m_session(session),
      m_maxConcurrency(qMax(1, maxConcurrency))
{}

JobRunner::~JobRunner()
{
    // A crash-like stop: nothing is journaled, running steps are abandoned (their requests cancelled).
    for (Active &a : m_active) {
        if (a.call) {
            disconnect(a.call, nullptr, this, nullptr);
            delete a.call;
        }
    }
}

void JobRunner::start()
{
    const QVector<JobItemInfo> items = m_journal->items(m_job.id);
    for (const JobItemInfo &item : items) {
        if (item.state == ItemState::Pending || item.state == ItemState::Running)
            m_queue.push_back(item);
        else if (item.state == ItemState::NeedsInput)
            m_waiting.insert(item.key);
    }
    qCInfo(lcJobs) << "job" << m_job.id << "runs" << m_queue.size() << "item(s)," << m_maxConcurrency
                   << "at once";
    pump();
    settle();
}

void JobRunner::pause()
{
    if (m_state != JobState::Running || m_cancelling)
        return;
    m_state = JobState::Paused;
    m_journal->setJobState(m_job.id, m_state);
    Q_EMIT jobChanged(m_job.id);
}

void JobRunner::resume()
{
    if (m_state != JobState::Paused || m_cancelling)
        return;
    m_state = JobState::Running;
    m_journal->setJobState(m_job.id, m_state);
    Q_EMIT jobChanged(m_job.id);
    pump();
    settle();
}

void JobRunner::cancel()
{
    if (m_cancelling || m_finished)
        return;
    m_cancelling = true;
    while (!m_queue.empty()) {
        const JobItemInfo item = m_queue.front();
        m_queue.pop_front();
        m_journal->setItemState(m_job.id, item.key, ItemState::Cancelled, tr("Cancelled before it started."));
        Q_EMIT itemChanged(m_job.id, item.key);
    }
    for (const QString &key : std::as_const(m_waiting)) {
        m_journal->setItemState(m_job.id, key, ItemState::Cancelled,
                                tr("Cancelled while it waited for input."));
        Q_EMIT itemChanged(m_job.id, key);
    }
    m_waiting.clear();
    const QList<QString> keys = m_active.keys();
    for (const QString &key : keys) {
        if (StepCall *call = m_active.value(key).call)
            call->requestCancel();
    }
    Q_EMIT jobChanged(m_job.id);
    settle();
}

void JobRunner::inputProvided(const QString &key)
{
    if (!m_waiting.remove(key) || m_cancelling || m_finished)
        return;
    m_queue.push_back(m_journal->item(m_job.id, key));
    if (m_state == JobState::NeedsInput) {
        m_state = JobState::Running;
        m_journal->setJobState(m_job.id, m_state);
        Q_EMIT jobChanged(m_job.id);
    }
    pump();
    settle();
}

void JobRunner::wait(const QString &key, const StepResult &result)
{
    const Active a = m_active.take(key);
    m_journal->setItemWaiting(m_job.id, key, a.index, result.request);
    m_journal->setItemState(m_job.id, key, ItemState::NeedsInput, {}, {}, a.outputs);
    m_waiting.insert(key);
    qCInfo(lcJobs) << "job" << m_job.id << "item" << key << "needs input at" << a.steps.at(a.index).name;
    Q_EMIT itemChanged(m_job.id, key);
    Q_EMIT jobChanged(m_job.id);
}

void JobRunner::pump()
{
    while (m_state == JobState::Running && !m_cancelling && !m_queue.empty() &&
           m_active.size() < m_maxConcurrency) {
        const JobItemInfo item = m_queue.front();
        m_queue.pop_front();
        startItem(item);
    }
}

void JobRunner::startItem(const JobItemInfo &item)
{
    Active a;
    a.params = item.params;
    a.steps = m_types->plan(m_job.type, m_job.params, item.params);
    const QVector<JobStepInfo> journaled = m_journal->steps(m_job.id, item.key);
    bool samePlan = a.steps.size() == journaled.size();
    for (int i = 0; samePlan && i < journaled.size(); ++i)
        samePlan = journaled.at(i).name == a.steps.at(i).name;
    if (!samePlan) {
        m_journal->setItemState(m_job.id, item.key, ItemState::Failed,
                                tr("The steps of this job type changed since the plan was written."));
        Q_EMIT itemChanged(m_job.id, item.key);
        return;
    }
    a.index = 0;
    while (a.index < journaled.size() && journaled.at(a.index).state == StepState::Done) {
        a.outputs.insert(journaled.at(a.index).name, journaled.at(a.index).output);
        ++a.index;
    }
    if (a.index < journaled.size())
        a.attempts = journaled.at(a.index).attempts;
    m_active.insert(item.key, a);
    if (a.index >= a.steps.size()) {
        endItem(item.key, ItemState::Done);
        return;
    }
    m_journal->setItemState(m_job.id, item.key, ItemState::Running, {}, {}, a.outputs);
    Q_EMIT itemChanged(m_job.id, item.key);
    runStep(item.key);
}

void JobRunner::runStep(const QString &key)
{
    Active &a = m_active[key];
    const JobStep &step = a.steps.at(a.index);
    // Journaled before the step starts: a crash from here on re-runs this step (idempotent), never a
    // finished one.
    m_journal->setStepStarted(m_job.id, key, a.index);
    Q_EMIT itemChanged(m_job.id, key); // a view of the item's steps follows each step
    StepContext context;
    context.jobId = m_job.id;
    context.itemKey = key;
    context.stepName = step.name;
    context.stepIndex = a.index;
    context.attempt = a.attempts + 1;
    context.jobParams = m_job.params;
    context.params = a.params;
    context.outputs = a.outputs;
    context.session = m_session;
    context.input = m_journal->item(m_job.id, key).inputs.value(step.name).toObject();
    context.secret = m_secrets.value(key);
    auto *call = new StepCall(context, this);
    a.call = call;
    connect(call, &StepCall::progress, this,
            [this, key](qint64 done, qint64 total) { Q_EMIT stepProgress(m_job.id, key, done, total); });
    connect(call, &StepCall::completed, this,
            [this, key](const StepResult &result) { onStepCompleted(key, result); });
    if (step.run)
        step.run(call);
    else
        call->fail(tr("The step %1 has nothing to run.").arg(step.name));
}

void JobRunner::onStepCompleted(const QString &key, const StepResult &result)
{
    auto it = m_active.find(key);
    if (it == m_active.end())
        return;
    Active &a = it.value();
    if (a.call)
        a.call->deleteLater();
    a.call = nullptr;
    a.attempts = 0;
    const QString stepName = a.steps.at(a.index).name;
    if (result.needsInput && !m_cancelling) {
        wait(key, result);
    } else if (result.needsInput) {
        m_journal->setStepFinished(m_job.id, key, a.index, StepState::Pending, {}, {}, {});
        endItem(key, ItemState::Cancelled, tr("Cancelled before the step %1.").arg(stepName));
    } else if (result.ok) {
        m_journal->setStepFinished(m_job.id, key, a.index, StepState::Done, result.output, {},
                                   result.requestId);
        a.outputs.insert(stepName, result.output);
        ++a.index;
        if (a.index >= a.steps.size()) {
            endItem(key, ItemState::Done, {}, result.requestId);
        } else if (m_cancelling) {
            endItem(key, ItemState::Cancelled,
                    tr("Cancelled before the step %1.").arg(a.steps.at(a.index).name));
        } else if (m_state == JobState::Paused) {
            // Back to the front of the queue; resume continues at the next step.
            JobItemInfo item;
            item.key = key;
            item.params = a.params;
            const QJsonObject outputs = a.outputs;
            m_active.erase(it);
            m_journal->setItemState(m_job.id, key, ItemState::Pending, {}, {}, outputs);
            m_queue.push_front(item);
            Q_EMIT itemChanged(m_job.id, key);
        } else {
            runStep(key);
            return;
        }
    } else {
        const QString why = result.message.isEmpty() ? result.error.summary() : result.message;
        const QString error = tr("%1: %2").arg(stepName, why);
        const bool cancelled = result.error.kind == ApiError::Kind::Cancelled && m_cancelling;
        m_journal->setStepFinished(m_job.id, key, a.index, cancelled ? StepState::Pending : StepState::Failed,
                                   {}, error, result.requestId);
        endItem(key, cancelled ? ItemState::Cancelled : ItemState::Failed, error, result.requestId);
    }
    pump();
    settle();
}

void JobRunner::endItem(const QString &key, ItemState state, const QString &error, const QString &requestId)
{
    const QJsonObject outputs = m_active.value(key).outputs;
    m_active.remove(key);
    m_journal->setItemState(m_job.id, key, state, error, requestId, outputs);
    Q_EMIT itemChanged(m_job.id, key);
    Q_EMIT jobChanged(m_job.id);
    const JobInfo info = m_journal->job(m_job.id);
    Q_EMIT progress(m_job.id, info.done, info.total);
}

void JobRunner::settle()
{
    if (m_finished || !m_active.isEmpty())
        return;
    if (!m_cancelling && (m_state == JobState::Paused || !m_queue.empty()))
        return;
    if (!m_cancelling && !m_waiting.isEmpty()) { // the job goes on once given the input
        if (m_state != JobState::NeedsInput) {
            m_state = JobState::NeedsInput;
            m_journal->setJobState(m_job.id, m_state);
            qCInfo(lcJobs) << "job" << m_job.id << "needs input for" << m_waiting.size() << "item(s)";
            Q_EMIT jobChanged(m_job.id);
        }
        return;
    }
    const JobInfo info = m_journal->job(m_job.id);
    if (m_cancelling)
        m_state = JobState::Cancelled;
    else if (info.failed > 0)
        m_state = JobState::CompletedWithErrors;
    else if (info.cancelled > 0)
        m_state = JobState::Cancelled;
    else
        m_state = JobState::Completed;
    m_finished = true;
    m_journal->setJobState(m_job.id, m_state);
    qCInfo(lcJobs) << "job" << m_job.id << "ended" << stateKey(m_state);
    Q_EMIT jobChanged(m_job.id);
    Q_EMIT finished(m_job.id, m_state);
}

} // namespace td
