#include "app/cli/CliJobWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "app/capacity/AssignCapacityJobType.h"
#include "app/capacity/CapacityResultCsv.h"
#include "app/cli/CliInterrupts.h"
#include "app/domain/JsonReader.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkResult.h"

namespace td {

CliJobWatcher::CliJobWatcher(const CliContext &context, JobEngine *engine, const QString &jobId,
                             QObject *parent)
    : QObject(parent), m_ctx(context), m_engine(engine), m_jobId(jobId)
{
    m_clock.start();
}

void CliJobWatcher::setResultFile(const QString &path, const QVector<OnboardingRow> &refusedRows)
{
    m_resultPath = path;
    m_refused = refusedRows;
}

void CliJobWatcher::setNotRun(const QVector<PlanItem> &items, int blocked)
{
    m_notRun = items;
    m_blocked = blocked;
}

bool CliJobWatcher::isCapacityJob(const JobInfo &job) const
{
    return job.type == AssignCapacityJobType::typeName();
}

QJsonObject CliJobWatcher::itemJson(const JobItemInfo &item, const JobInfo &job) const
{
    const bool capacity = isCapacityJob(job);
    const QStringList header = capacity ? CapacityResultCsv::header() : BulkResult::header();
    const QStringList f = capacity ? CapacityResultCsv::fields(item, job.params) : BulkResult::fields(item);
    QJsonObject o;
    for (int i = 0; i < f.size(); ++i)
        o.insert(header.at(i), f.at(i));
    return o;
}

bool CliJobWatcher::writeResult(const JobInfo &job, const QVector<JobItemInfo> &items, QString *error) const
{
    if (m_resultPath.isEmpty())
        return true;
    if (isCapacityJob(job))
        return CapacityResultCsv::write(m_resultPath, items, job.params, m_notRun, error);
    return BulkResult::write(m_resultPath, items, m_refused, error);
}

void CliJobWatcher::watch()
{
    connect(m_engine, &JobEngine::itemChanged, this, &CliJobWatcher::onItemChanged);
    connect(m_engine, &JobEngine::jobFinished, this, &CliJobWatcher::onFinished);
    connect(m_engine, &JobEngine::jobChanged, this, &CliJobWatcher::onJobChanged);
    if (m_ctx.interrupts)
        connect(m_ctx.interrupts, &CliInterrupts::interrupted, this, &CliJobWatcher::onInterrupted);
    for (const JobItemInfo &item : m_engine->items(m_jobId)) {
        if (isFinal(item.state))
            m_reported.insert(item.key); // ended before this run: only counted in the totals
    }
    if (!m_engine->isActive(m_jobId))
        onFinished(m_jobId, m_engine->job(m_jobId).state);
    else
        onJobChanged(m_jobId);
}

// Every unfinished item waits for input: nothing more happens in this run. The job stays in the
// journal; `jobs input` answers an item and continues it.
void CliJobWatcher::onJobChanged(const QString &jobId)
{
    if (jobId != m_jobId || m_done || !m_engine || m_engine->job(jobId).state != JobState::NeedsInput)
        return;
    m_done = true;
    QJsonArray waiting;
    for (const JobItemInfo &item : m_engine->items(jobId)) {
        if (item.state != ItemState::NeedsInput)
            continue;
        waiting.append(
            QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("request"), item.inputRequest}});
        m_ctx.print(
            tr("%1 (%2) needs input at step %3: %4\nGive it with: tenantdesk-cli jobs input %5 %1 "
               "--param Name=Value ...")
                .arg(item.key, item.displayName, item.inputRequest.value(QLatin1String("step")).toString(),
                     QString::fromUtf8(QJsonDocument(item.inputRequest).toJson(QJsonDocument::Compact)),
                     jobId));
    }
    if (m_ctx.json)
        m_ctx.printJson(QJsonObject{{QStringLiteral("jobId"), jobId},
                                    {QStringLiteral("state"), stateKey(JobState::NeedsInput)},
                                    {QStringLiteral("waiting"), waiting}});
    m_ctx.finish(ExitNeedsInput);
}

// Ctrl+C / SIGTERM: the job is recorded as interrupted (steps in flight are abandoned and re-run on
// resume, each finds what it had made) and the run ends with ExitInterrupted.
void CliJobWatcher::onInterrupted()
{
    if (m_done || !m_engine)
        return;
    m_done = true;
    m_engine->pause(m_jobId); // no new step starts before the process exits
    m_engine->journal()->setJobState(m_jobId, JobState::Interrupted);
    const JobInfo job = m_engine->job(m_jobId);
    if (m_ctx.json)
        m_ctx.printJson(QJsonObject{{QStringLiteral("jobId"), m_jobId},
                                    {QStringLiteral("state"), stateKey(JobState::Interrupted)},
                                    {QStringLiteral("total"), job.total},
                                    {QStringLiteral("ended"), job.done}});
    else if (m_ctx.err)
        *m_ctx.err
            << tr("Interrupted with %1 of %2 customer(s) ended. Continue with: tenantdesk-cli jobs resume %3")
                   .arg(job.done)
                   .arg(job.total)
                   .arg(m_jobId)
            << Qt::endl;
    m_ctx.finish(ExitInterrupted);
}

QString CliJobWatcher::itemLine(const JobItemInfo &item, const JobInfo &job) const
{
    const QString head =
        QStringLiteral("[%1/%2] %3 (%4): ").arg(job.done).arg(job.total).arg(item.key, item.displayName);
    if (item.state == ItemState::Done && isCapacityJob(job)) {
        const QJsonObject out = item.result.value(AssignCapacityJobType::stepName()).toObject();
        return head +
               tr("done, %1 on capacity %2")
                   .arg(jsonString(out, "status"), AssignCapacityJobType::targetCapacityId(item, job.params));
    }
    if (item.state == ItemState::Done) {
        const QJsonObject ws = item.result.value(QLatin1String("workspace")).toObject();
        return head + tr("done, workspace %1").arg(jsonString(ws, "workspaceId"));
    }
    QString line = head + displayName(item.state) + QStringLiteral(" \u2013 ") + item.error;
    if (!item.requestId.isEmpty())
        line += tr(" (RequestId %1)").arg(item.requestId);
    return line;
}

void CliJobWatcher::onItemChanged(const QString &jobId, const QString &key)
{
    if (jobId != m_jobId || m_reported.contains(key) || !m_engine)
        return;
    const JobItemInfo item = m_engine->journal()->item(jobId, key);
    if (isFinal(item.state)) {
        m_reported.insert(key);
        m_ctx.print(itemLine(item, m_engine->job(jobId)));
    }
}

void CliJobWatcher::onFinished(const QString &jobId, JobState state)
{
    if (jobId != m_jobId || m_done || !m_engine)
        return;
    m_done = true;
    const JobInfo job = m_engine->job(jobId);
    const QVector<JobItemInfo> items = m_engine->items(jobId);
    QString writeError;
    const bool wrote = writeResult(job, items, &writeError);
    const int done = job.done - job.failed - job.cancelled;
    int invalid = 0; // the other rows not run were skipped on purpose (registered customers)
    for (const OnboardingRow &r : std::as_const(m_refused))
        invalid += r.error.isEmpty() ? 0 : 1;
    if (m_ctx.json) {
        QJsonArray rows;
        for (const JobItemInfo &item : items)
            rows.append(itemJson(item, job));
        QJsonObject doc{{QStringLiteral("jobId"), jobId},
                        {QStringLiteral("state"), stateKey(state)},
                        {QStringLiteral("total"), job.total},
                        {QStringLiteral("done"), done},
                        {QStringLiteral("failed"), job.failed},
                        {QStringLiteral("cancelled"), job.cancelled},
                        {QStringLiteral("invalid"), invalid},
                        {QStringLiteral("skipped"), int(m_refused.size()) - invalid},
                        {QStringLiteral("blocked"), m_blocked},
                        {QStringLiteral("items"), rows}};
        if (!m_resultPath.isEmpty())
            doc.insert(QStringLiteral("resultFile"), m_resultPath);
        m_ctx.printJson(doc);
    } else {
        const QString text =
            isCapacityJob(job)
                ? tr("Job %1 %2: %3 done, %4 failed, %5 cancelled of %6; %7 blocked (%8 s).")
                : tr("Job %1 %2: %3 done, %4 failed, %5 cancelled of %6; %7 row(s) refused (%8 s).");
        m_ctx.print(text.arg(jobId, displayName(state))
                        .arg(done)
                        .arg(job.failed)
                        .arg(job.cancelled)
                        .arg(job.total)
                        .arg(isCapacityJob(job) ? m_blocked : invalid)
                        .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
        if (!m_resultPath.isEmpty() && wrote)
            m_ctx.print(tr("Result written to %1").arg(m_resultPath));
    }
    if (!wrote) {
        m_ctx.fail(ExitFailed, writeError);
        return;
    }
    int code = ExitOk;
    if (state == JobState::Cancelled || state == JobState::Interrupted || state == JobState::Paused)
        code = ExitInterrupted;
    else if (state != JobState::Completed || invalid > 0 || m_blocked > 0)
        code = ExitFailed;
    m_ctx.finish(code);
}

} // namespace td
