#include "app/cli/CliOnboard.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliJobWatcher.h"
#include "app/connections/ConnectionStore.h"
#include "app/jobs/JobEngine.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/session/ConnectionSession.h"

namespace td {

QString CliOnboard::usage()
{
    return tr("onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE] "
              "[--poll-ms MS] [--profile-template T] [--workspace-template T] [--allow-outside-paths] "
              "[--existing fail|skip|update]");
}

void CliOnboard::run(const QStringList &args)
{
    CliArgs a({"connection", "csv", "concurrency", "result", "poll-ms", "profile-template",
               "workspace-template", "existing"},
              {"dry-run", "allow-outside-paths"});
    if (!parse(a, args, usage()))
        return;
    if (!a.isSet("connection") || !a.isSet("csv"))
        return usageError(tr("--connection and --csv are required."), usage());
    if (!a.number("concurrency", &m_concurrency, 1, 64))
        return usageError(tr("--concurrency takes a number from 1 to 64."), usage());
    ExistingPolicy existing = ExistingPolicy::Fail;
    if (a.isSet("existing") && !ExistingCustomers::policyFromName(a.value("existing"), &existing))
        return usageError(tr("--existing takes fail, skip or update."), usage());
    m_bulk = new BulkOnboarding(nullptr, nullptr, this);
    const QString connectionId = m_ctx.connections->find(a.value("connection")).id;
    if (m_ctx.registry && !connectionId.isEmpty()) // else opening the connection fails below
        m_bulk->setExisting(m_ctx.registry, connectionId, existing);
    OnboardJobParams params;
    if (!a.number("poll-ms", &params.pollMs, 10))
        return usageError(tr("--poll-ms takes a number of milliseconds (at least 10)."), usage());
    if (a.isSet("profile-template"))
        params.naming.profileTemplate = a.value("profile-template");
    if (a.isSet("workspace-template"))
        params.naming.workspaceTemplate = a.value("workspace-template");
    m_bulk->setAllowOutsidePaths(a.isSet("allow-outside-paths"));
    QString error;
    if (!m_bulk->load(a.value("csv"), &error))
        return m_ctx.fail(ExitUsage, error);
    m_bulk->setParams(params);
    if (m_bulk->goodRows().isEmpty()) {
        for (const OnboardingRow &r : m_bulk->rows())
            m_ctx.print(r.error.isEmpty() ? r.skipped : r.error);
        const int skipped = m_bulk->skippedCount();
        if (skipped < m_bulk->rows().size())
            return m_ctx.fail(ExitUsage, tr("No row of %1 can be onboarded.").arg(a.value("csv")));
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("skipped"), skipped}});
        m_ctx.print(tr("Nothing to onboard: %n registered customer(s) skipped.", nullptr, skipped));
        return m_ctx.finish(ExitOk);
    }
    m_resultPath = a.value("result");
    const bool isDry = a.isSet("dry-run");
    if (!isDry && !m_ctx.journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available; bulk onboarding needs it."));
    openSession(a.value("connection"), [this, isDry](ConnectionSession *session, int) {
        m_bulk->setSession(session);
        if (isDry)
            dryRun();
        else
            submit(session);
    });
}

void CliOnboard::dryRun()
{
    connect(m_bulk, &BulkOnboarding::planned, this, [this](const ApiError &error) {
        if (error.isError())
            return m_ctx.fail(ExitConnection, error.summary());
        QJsonArray rows;
        int bad = 0;
        int skipped = 0;
        for (const PlanEntry &e : m_bulk->planEntries()) {
            const auto name = [](PlanEntry::Action a) { return PlanEntry::actionName(a); };
            if (!e.error.isEmpty()) {
                ++bad;
                m_ctx.print(tr("line %1 %2: ERROR %3").arg(e.row.line).arg(e.row.customerId, e.error));
            } else if (!e.row.skipped.isEmpty()) {
                ++skipped;
                m_ctx.print(
                    tr("line %1 %2: SKIPPED %3").arg(e.row.line).arg(e.row.customerId, e.row.skipped));
            } else if (!e.note.isEmpty()) {
                m_ctx.print(tr("line %1 %2: UPDATE %3; capacity %4, import %5")
                                .arg(e.row.line)
                                .arg(e.row.customerId, e.note, name(e.capacity), name(e.import)));
            } else {
                m_ctx.print(tr("line %1 %2: profile %3 \"%4\", workspace %5 \"%6\", capacity %7, import %8")
                                .arg(e.row.line)
                                .arg(e.row.customerId, name(e.profile), e.profileName, name(e.workspace),
                                     e.workspaceName, name(e.capacity), name(e.import)));
            }
            rows.append(
                QJsonObject{{QStringLiteral("line"), e.row.line},
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
                            {QStringLiteral("existing"), e.row.update ? QStringLiteral("update") : QString()},
                            {QStringLiteral("note"), e.note},
                            {QStringLiteral("skipped"), e.row.skipped},
                            {QStringLiteral("error"), e.error}});
        }
        const int total = int(m_bulk->planEntries().size());
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("dryRun"), true},
                                        {QStringLiteral("rows"), rows},
                                        {QStringLiteral("ok"), total - bad - skipped},
                                        {QStringLiteral("skipped"), skipped},
                                        {QStringLiteral("errors"), bad}});
        m_ctx.print(
            tr("Dry run: %1 row(s) can be onboarded, %2 skipped, %3 with errors. Nothing was changed.")
                .arg(total - bad - skipped)
                .arg(skipped)
                .arg(bad));
        m_ctx.finish(bad > 0 ? ExitFailed : ExitOk);
    });
    m_bulk->plan();
}

void CliOnboard::submit(ConnectionSession *session)
{
    JobEngine *engine = newEngine(session, m_concurrency);
    m_bulk->setEngine(engine);
    QString error;
    const QString jobId = m_bulk->submit(&error);
    if (jobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    for (const OnboardingRow &r : m_bulk->badRows()) {
        if (r.error.isEmpty())
            m_ctx.print(r.skipped);
    }
    m_ctx.print(
        tr("Job %1: onboarding %n customer(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1",
           nullptr, int(m_bulk->goodRows().size()))
            .arg(jobId)
            .arg(m_concurrency));
    auto *watcher = new CliJobWatcher(m_ctx, engine, jobId, this);
    watcher->setResultFile(m_resultPath, m_bulk->badRows());
    watcher->watch();
}

} // namespace td
