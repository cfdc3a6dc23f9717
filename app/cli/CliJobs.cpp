#include "app/cli/CliJobs.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliJobWatcher.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobtypes/KnownJobTypes.h"

namespace td {

QString CliJobs::usage()
{
    return tr("jobs list\njobs resume ID [--concurrency N] [--result FILE]\n"
              "jobs input ID ITEM [--param Name=Value ...] [--secret-stdin] [--result FILE]");
}

void CliJobs::run(const QStringList &args)
{
    if (!m_ctx.journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available."));
    CliArgs a({"concurrency", "result", "param"}, {"secret-stdin"});
    if (!parse(a, args, usage(), true))
        return;
    const QStringList pos = a.positional();
    const QString verb = pos.value(0);
    if (verb == QLatin1String("list") && pos.size() == 1)
        return list();
    if (verb == QLatin1String("resume") && pos.size() == 2) {
        int n = 4;
        if (!a.number("concurrency", &n, 1, 64))
            return m_ctx.fail(ExitUsage, tr("--concurrency takes a number from 1 to 64."));
        return resume(pos.at(1), n, a.value("result"));
    }
    if (verb == QLatin1String("input") && pos.size() == 3) {
        QJsonObject input;
        if (!parseInput(a.values("param"), a.isSet("secret-stdin"), &input))
            return;
        return resume(pos.at(1), 4, a.value("result"), input, pos.at(2));
    }
    usageError(QString(), usage());
}

bool CliJobs::parseInput(const QStringList &params, bool secretFromStdin, QJsonObject *input)
{
    QJsonObject values;
    for (const QString &nv : params) {
        const int eq = nv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m_ctx.fail(ExitUsage, tr("--param takes Name=Value, not \"%1\".").arg(nv));
            return false;
        }
        values.insert(nv.left(eq), nv.mid(eq + 1));
    }
    input->insert(QStringLiteral("values"), values);
    if (secretFromStdin) {
        const QString secret = m_ctx.readStdinLine ? m_ctx.readStdinLine() : QString();
        if (secret.isEmpty()) {
            m_ctx.fail(ExitUsage, tr("--secret-stdin: no secret on standard input."));
            return false;
        }
        input->insert(QStringLiteral("secret"), secret); // JobEngine keeps it in memory only
    }
    return true;
}

void CliJobs::list()
{
    QJsonArray all;
    for (const JobInfo &j : m_ctx.journal->jobs()) {
        all.append(QJsonObject{{QStringLiteral("id"), j.id},
                               {QStringLiteral("type"), j.type},
                               {QStringLiteral("title"), j.title},
                               {QStringLiteral("connectionId"), j.connectionId},
                               {QStringLiteral("state"), stateKey(j.state)},
                               {QStringLiteral("total"), j.total},
                               {QStringLiteral("done"), j.done},
                               {QStringLiteral("failed"), j.failed},
                               {QStringLiteral("cancelled"), j.cancelled},
                               {QStringLiteral("waiting"), j.waiting},
                               {QStringLiteral("created"), j.created.toString(Qt::ISODate)},
                               {QStringLiteral("updated"), j.updated.toString(Qt::ISODate)}});
        m_ctx.print(QStringLiteral("%1\t%2\t%3/%4\t%5")
                        .arg(j.id, stateKey(j.state))
                        .arg(j.done)
                        .arg(j.total)
                        .arg(j.title));
    }
    if (m_ctx.json)
        m_ctx.printJson(all);
    else if (all.isEmpty())
        m_ctx.print(tr("No jobs."));
    m_ctx.finish(ExitOk);
}

void CliJobs::resume(const QString &jobId, int concurrency, const QString &resultPath,
                     const QJsonObject &input, const QString &itemKey)
{
    const JobInfo job = m_ctx.journal->job(jobId);
    if (job.id.isEmpty())
        return m_ctx.fail(ExitUsage, tr("No job %1 in the journal.").arg(jobId));
    if (!itemKey.isEmpty() && m_ctx.journal->item(jobId, itemKey).state != ItemState::NeedsInput)
        return m_ctx.fail(ExitUsage, tr("Item %1 of job %2 does not wait for input.").arg(itemKey, jobId));
    JobTypeRegistry known;
    registerKnownJobTypes(known, m_ctx.registry);
    if (!known.contains(job.type))
        return m_ctx.fail(ExitFailed,
                          tr("Job %1 is a %2 job; the CLI resumes onboarding, capacity assignment "
                             "and migration jobs only.")
                              .arg(jobId, job.type));
    openSession(job.connectionId,
                [this, jobId, concurrency, resultPath, input, itemKey](ConnectionSession *session, int) {
                    JobEngine *engine = newEngine(session, concurrency);
                    auto *watcher = new CliJobWatcher(m_ctx, engine, jobId, this);
                    watcher->setResultFile(resultPath, {});
                    QString error;
                    if (!itemKey.isEmpty()) {
                        if (!engine->provideInput(jobId, itemKey, input, &error))
                            return m_ctx.fail(ExitFailed, error);
                        m_ctx.print(tr("Job %1 continues with the input for %2.").arg(jobId, itemKey));
                    } else if (!isFinal(engine->job(jobId).state)) {
                        if (!engine->resume(jobId, &error))
                            return m_ctx.fail(ExitFailed, error);
                        m_ctx.print(tr("Job %1 resumed.").arg(jobId));
                    }
                    watcher->watch();
                });
}

} // namespace td
