#include "app/cli/CliOnboard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliJobWatcher.h"
#include "app/cli/CliSessionOpener.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliOnboard::CliOnboard(const CliContext &context, JobJournal *journal, CustomerRegistry *registry,
                       AuditLog *audit, QObject *parent)
    : QObject(parent), m_ctx(context), m_journal(journal), m_registry(registry), m_audit(audit)
{}

QString CliOnboard::usage()
{
    return tr("onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE] "
              "[--poll-ms MS] [--profile-template T] [--workspace-template T]");
}

void CliOnboard::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dry(QStringLiteral("dry-run"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(), QStringLiteral("N"));
    const QCommandLineOption result(QStringLiteral("result"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pollMs(QStringLiteral("poll-ms"), QString(), QStringLiteral("MS"));
    const QCommandLineOption profileT(QStringLiteral("profile-template"), QString(), QStringLiteral("T"));
    const QCommandLineOption workspaceT(QStringLiteral("workspace-template"), QString(), QStringLiteral("T"));
    p.addOptions({connection, csv, dry, concurrency, result, pollMs, profileT, workspaceT});
    auto usageError = [this](const QString &why) {
        m_ctx.fail(ExitUsage, tr("%1\nUsage: %2").arg(why, usage()));
    };
    if (!p.parse(QStringList{QStringLiteral("onboard")} + args) || !p.positionalArguments().isEmpty())
        return usageError(p.errorText().isEmpty() ? tr("unexpected argument") : p.errorText());
    if (!p.isSet(connection) || !p.isSet(csv))
        return usageError(tr("--connection and --csv are required."));
    bool ok = true;
    if (p.isSet(concurrency)) {
        m_concurrency = p.value(concurrency).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 64)
            return usageError(tr("--concurrency takes a number from 1 to 64."));
    }
    m_bulk = new BulkOnboarding(nullptr, nullptr, this);
    OnboardJobParams params;
    if (p.isSet(pollMs)) {
        params.pollMs = p.value(pollMs).toInt(&ok);
        if (!ok || params.pollMs < 10)
            return usageError(tr("--poll-ms takes a number of milliseconds (at least 10)."));
    }
    if (p.isSet(profileT))
        params.naming.profileTemplate = p.value(profileT);
    if (p.isSet(workspaceT))
        params.naming.workspaceTemplate = p.value(workspaceT);
    QString error;
    if (!m_bulk->load(p.value(csv), &error))
        return m_ctx.fail(ExitUsage, error);
    m_bulk->setParams(params);
    if (m_bulk->goodRows().isEmpty()) {
        for (const OnboardingRow &r : m_bulk->rows())
            m_ctx.print(r.error);
        return m_ctx.fail(ExitUsage, tr("No row of %1 can be onboarded.").arg(p.value(csv)));
    }
    m_resultPath = p.value(result);
    if (!p.isSet(dry) && !m_journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available; bulk onboarding needs it."));
    const bool isDry = p.isSet(dry);
    auto *opener = new CliSessionOpener(m_ctx, this);
    opener->open(p.value(connection), [this, isDry](ConnectionSession *session) {
        m_session = session;
        m_bulk->setSession(session);
        if (!isDry) {
            m_engine = new JobEngine(m_journal, this);
            m_bulk->setEngine(m_engine);
        }
        if (isDry)
            dryRun();
        else
            submit();
    });
}

void CliOnboard::dryRun()
{
    connect(m_bulk, &BulkOnboarding::planned, this, [this](const ApiError &error) {
        if (error.isError())
            return m_ctx.fail(ExitConnection, error.summary());
        QJsonArray rows;
        int bad = 0;
        for (const PlanEntry &e : m_bulk->planEntries()) {
            const auto name = [](PlanEntry::Action a) { return PlanEntry::actionName(a); };
            if (!e.error.isEmpty()) {
                ++bad;
                m_ctx.print(tr("line %1 %2: ERROR %3").arg(e.row.line).arg(e.row.customerId, e.error));
            } else {
                m_ctx.print(tr("line %1 %2: profile %3 \"%4\", workspace %5 \"%6\", capacity %7, import %8")
                                .arg(e.row.line)
                                .arg(e.row.customerId, name(e.profile), e.profileName, name(e.workspace),
                                     e.workspaceName, name(e.capacity), name(e.import)));
            }
            rows.append(QJsonObject{{QStringLiteral("line"), e.row.line},
                                    {QStringLiteral("customerId"), e.row.customerId},
                                    {QStringLiteral("displayName"), e.row.displayName},
                                    {QStringLiteral("profile"), name(e.profile)},
                                    {QStringLiteral("profileName"), e.profileName},
                                    {QStringLiteral("profileId"), e.profileId},
                                    {QStringLiteral("workspace"), name(e.workspace)},
                                    {QStringLiteral("workspaceName"), e.workspaceName},
                                    {QStringLiteral("workspaceId"), e.workspaceId},
                                    {QStringLiteral("capacity"), name(e.capacity)},
                                    {QStringLiteral("import"), name(e.import)},
                                    {QStringLiteral("error"), e.error}});
        }
        const int total = int(m_bulk->planEntries().size());
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("dryRun"), true},
                                        {QStringLiteral("rows"), rows},
                                        {QStringLiteral("ok"), total - bad},
                                        {QStringLiteral("errors"), bad}});
        m_ctx.print(tr("Dry run: %1 row(s) can be onboarded, %2 with errors. Nothing was changed.")
                        .arg(total - bad)
                        .arg(bad));
        m_ctx.finish(bad > 0 ? ExitFailed : ExitOk);
    });
    m_bulk->plan();
}

void CliOnboard::submit()
{
    OnboardJobType::registerWith(m_engine->types(), m_registry);
    m_engine->setMaxConcurrency(m_concurrency);
    QString error;
    const QString jobId = m_bulk->submit(&error);
    if (jobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    m_ctx.print(
        tr("Job %1: onboarding %n customer(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1",
           nullptr, int(m_bulk->goodRows().size()))
            .arg(jobId)
            .arg(m_concurrency));
    auto *watcher = new CliJobWatcher(m_ctx, m_engine, jobId, this);
    watcher->setResultFile(m_resultPath, m_bulk->badRows());
    watcher->watch();
}

} // namespace td
