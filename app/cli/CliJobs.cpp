#include "app/cli/CliJobs.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliJobWatcher.h"
#include "app/cli/CliSessionOpener.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobtypes/KnownJobTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliJobs::CliJobs(const CliContext &context, JobJournal *journal, CustomerRegistry *registry, AuditLog *audit,
                 QObject *parent)
    : QObject(parent), m_ctx(context), m_journal(journal), m_registry(registry), m_audit(audit)
{}

QString CliJobs::usage()
{
    return tr("jobs list\njobs resume ID [--concurrency N] [--result FILE]\n"
              "jobs input ID ITEM [--param Name=Value ...] [--secret-stdin] [--result FILE]");
}

void CliJobs::run(const QStringList &args)
{
    if (!m_journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available."));
    QCommandLineParser p;
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(), QStringLiteral("N"));
    const QCommandLineOption result(QStringLiteral("result"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption param(QStringLiteral("param"), QString(), QStringLiteral("Name=Value"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    p.addOptions({concurrency, result, param, secretStdin});
    if (!p.parse(QStringList{QStringLiteral("jobs")} + args))
        return m_ctx.fail(ExitUsage, tr("%1\nUsage:\n%2").arg(p.errorText(), usage()));
    const QStringList pos = p.positionalArguments();
    const QString verb = pos.value(0);
    if (verb == QLatin1String("list") && pos.size() == 1)
        return list();
    if (verb == QLatin1String("resume") && pos.size() == 2) {
        bool ok = true;
        const int n = p.isSet(concurrency) ? p.value(concurrency).toInt(&ok) : 4;
        if (!ok || n < 1 || n > 64)
            return m_ctx.fail(ExitUsage, tr("--concurrency takes a number from 1 to 64."));
        return resume(pos.at(1), n, p.value(result));
    }
    if (verb == QLatin1String("input") && pos.size() == 3) {
        QJsonObject input;
        if (!parseInput(p.values(param), p.isSet(secretStdin), &input))
            return;
        return resume(pos.at(1), 4, p.value(result), input, pos.at(2));
    }
    m_ctx.fail(ExitUsage, tr("Usage:\n%1").arg(usage()));
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
    for (const JobInfo &j : m_journal->jobs()) {
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
    const JobInfo job = m_journal->job(jobId);
    if (job.id.isEmpty())
        return m_ctx.fail(ExitUsage, tr("No job %1 in the journal.").arg(jobId));
    if (!itemKey.isEmpty() && m_journal->item(jobId, itemKey).state != ItemState::NeedsInput)
        return m_ctx.fail(ExitUsage, tr("Item %1 of job %2 does not wait for input.").arg(itemKey, jobId));
    JobTypeRegistry known;
    registerKnownJobTypes(known, m_registry);
    if (!known.contains(job.type))
        return m_ctx.fail(ExitFailed,
                          tr("Job %1 is a %2 job; the CLI resumes onboarding, capacity assignment "
                             "and migration jobs only.")
                              .arg(jobId, job.type));
    auto *opener = new CliSessionOpener(m_ctx, this);
    opener->open(job.connectionId, [this, jobId, concurrency, resultPath, input,
                                    itemKey](ConnectionSession *session) {
        auto *engine = new JobEngine(m_journal, this); // marks jobs a killed run left "running" interrupted
        registerKnownJobTypes(engine->types(), m_registry);
        engine->setSession(session->connection().id, session);
        engine->setMaxConcurrency(concurrency);
        auto *watcher = new CliJobWatcher(m_ctx, engine, jobId, this);
        watcher->setResultFile(resultPath, {});
        const JobState state = engine->job(jobId).state;
        if (!itemKey.isEmpty()) {
            QString error;
            if (!engine->provideInput(jobId, itemKey, input, &error))
                return m_ctx.fail(ExitFailed, error);
            m_ctx.print(tr("Job %1 continues with the input for %2.").arg(jobId, itemKey));
        } else if (!isFinal(state)) {
            QString error;
            if (!engine->resume(jobId, &error))
                return m_ctx.fail(ExitFailed, error);
            m_ctx.print(tr("Job %1 resumed.").arg(jobId));
        }
        watcher->watch();
    });
}

} // namespace td
