#include "app/cli/CliHealth.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliInterrupts.h"
#include "app/health/HealthCheck.h"
#include "app/health/HealthExport.h"
#include "app/health/HealthFixJobType.h"
#include "app/health/HealthRule.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobFollower.h"
#include "app/jobs/JobJournal.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliHealth::CliHealth(const CliContext &context, QObject *parent) : CliCommand(context, parent) {}

CliHealth::~CliHealth() = default;

QString CliHealth::usage()
{
    return tr("health --connection NAME [--fix RULE [--yes]]   rules: %1")
        .arg(HealthRuleSet().ids().join(QStringLiteral(", ")));
}

void CliHealth::run(const QStringList &args)
{
    CliArgs a({"connection", "fix"}, {"yes"});
    if (!parse(a, args, usage()))
        return;
    if (!a.isSet("connection"))
        return usageError(tr("--connection is required."), usage());
    m_yes = a.isSet("yes");
    if (a.isSet("fix")) {
        m_fixRule = a.value("fix");
        if (!HealthRuleSet().find(m_fixRule))
            return usageError(tr("Unknown rule %1.").arg(m_fixRule), usage());
        if (!m_yes && !stdinIsInteractive())
            return m_ctx.fail(ExitUsage,
                              tr("Refusing to apply the %1 fixes without confirmation: standard input "
                                 "is not a terminal. Add --yes to apply them.")
                                  .arg(m_fixRule));
        if (!m_ctx.journal)
            return m_ctx.fail(ExitFailed, tr("The job journal is not available; fixes need it."));
    } else if (m_yes) {
        return usageError(tr("--yes goes with --fix."), usage());
    }
    m_store = std::make_unique<InventoryStore>(InventoryStore::defaultPath());
    QString error;
    if (!m_store->open(&error))
        return m_ctx.fail(ExitFailed, tr("The inventory cache cannot be opened: %1").arg(error));
    openSession(a.value("connection"), [this](ConnectionSession *session, int) {
        m_session = session;
        if (m_ctx.interrupts)
            connect(m_ctx.interrupts, &CliInterrupts::interrupted, this, [this] {
                if (m_check)
                    m_check->cancel();
                if (m_engine && !m_fixJobId.isEmpty()) { // no new fix starts before the process exits
                    m_engine->pause(m_fixJobId);
                    m_engine->journal()->setJobState(m_fixJobId, JobState::Interrupted);
                    return m_ctx.fail(ExitInterrupted, tr("Interrupted. Resume with: tenantdesk-cli jobs "
                                                          "resume %1")
                                                           .arg(m_fixJobId));
                }
                m_ctx.fail(ExitInterrupted, tr("Interrupted."));
            });
        check(false);
    });
}

void CliHealth::check(bool afterFix)
{
    delete m_check;
    m_check = new HealthCheck(m_session, m_store.get(), m_ctx.registry, this);
    connect(m_check, &HealthCheck::finished, this,
            [this, afterFix](const HealthReport &report) { onChecked(report, afterFix); });
    if (!m_ctx.json && m_ctx.err)
        *m_ctx.err << tr("Checking the estate of %1…").arg(m_session->connection().name) << Qt::endl;
    m_check->start();
}

void CliHealth::onChecked(const HealthReport &report, bool afterFix)
{
    if (report.status == QLatin1String("cancelled"))
        return m_ctx.fail(ExitInterrupted, tr("The health check was cancelled."));
    if (report.status == QLatin1String("failed"))
        return m_ctx.fail(
            ExitConnection,
            tr("The health check could not read the estate: %1").arg(report.errors.join(QLatin1Char('\n'))));
    if (m_fixRule.isEmpty()) {
        printFindings(report);
        return m_ctx.finish(report.errors.isEmpty() ? ExitOk : ExitFailed);
    }
    const QVector<HealthFinding> ofRule = report.byRule(m_fixRule);
    if (!afterFix) {
        QVector<HealthFinding> fixable;
        for (const HealthFinding &f : ofRule) {
            if (f.fix.isAvailable())
                fixable.append(f);
            else
                m_ctx.print(tr("no automatic fix: %1 (%2)").arg(f.objectsText(), f.advice));
        }
        if (!fixable.isEmpty())
            return fix(fixable);
        m_ctx.print(tr("Nothing to fix for %1.").arg(m_fixRule));
    } else {
        m_ctx.print(tr("Re-check: %n finding(s) of %1 remain.", nullptr, int(ofRule.size())).arg(m_fixRule));
        for (const HealthFinding &f : ofRule)
            m_ctx.print(QStringLiteral("  %1  %2")
                            .arg(f.objectsText(), f.fix.isAvailable() ? f.fix.preview : f.advice));
    }
    // The fixes applied (none when there was nothing to fix) and the rule's findings that remain.
    if (m_ctx.json)
        m_ctx.printJson(QJsonObject{{QStringLiteral("rule"), m_fixRule},
                                    {QStringLiteral("fixes"), m_fixResults},
                                    {QStringLiteral("remaining"), HealthExport::toJson(ofRule)}});
    m_ctx.finish(m_fixFailures > 0 ? ExitFailed : ExitOk);
}

void CliHealth::printFindings(const HealthReport &report)
{
    if (m_ctx.json) {
        m_ctx.printJson(QJsonObject{{QStringLiteral("connection"), m_session->connection().name},
                                    {QStringLiteral("status"), report.status},
                                    {QStringLiteral("profiles"), report.profiles},
                                    {QStringLiteral("workspaces"), report.workspaces},
                                    {QStringLiteral("models"), report.models},
                                    {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
                                    {QStringLiteral("findings"), HealthExport::toJson(report.findings)}});
        return;
    }
    for (const HealthFinding &f : report.findings)
        m_ctx.print(QStringLiteral("%1\t%2\t%3\t%4")
                        .arg(healthSeverityName(f.severity), f.ruleId, f.objectsText(),
                             f.fix.isAvailable() ? tr("fix available") : tr("no automatic fix")));
    for (const QString &e : report.errors)
        m_ctx.print(tr("not checked: %1").arg(e));
    m_ctx.print(tr("%n finding(s) in %1 profiles, %2 workspaces, %3 semantic models.", nullptr,
                   int(report.findings.size()))
                    .arg(report.profiles)
                    .arg(report.workspaces)
                    .arg(report.models));
}

void CliHealth::fix(const QVector<HealthFinding> &findings)
{
    for (const HealthFinding &f : findings)
        m_ctx.print(tr("will fix: %1").arg(f.fix.preview));
    if (!m_yes) {
        if (m_ctx.out)
            *m_ctx.out << tr("Apply %n fix(es)? [y/N] ", nullptr, int(findings.size())) << Qt::flush;
        const QString answer = m_ctx.readStdinLine ? m_ctx.readStdinLine().trimmed().toLower() : QString();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            m_ctx.print(tr("Nothing was changed."));
            return m_ctx.finish(ExitOk);
        }
    }
    m_engine = newEngine(m_session, 1); // one fix after the other, as listed
    QString error;
    m_fixJobId =
        m_engine->submit(HealthFixJobType::request(m_session->connection().id, findings, 500), &error);
    if (m_fixJobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    if (!m_ctx.json && m_ctx.err)
        *m_ctx.err << tr("Job %1: applying %n fix(es).", nullptr, int(findings.size())).arg(m_fixJobId)
                   << Qt::endl;
    auto *follower = new JobFollower(m_engine, m_fixJobId, this);
    connect(follower, &JobFollower::itemEnded, this, [this](const JobItemInfo &item) {
        const HealthFixResult r = HealthFixJobType::result(item);
        if (!r.ok)
            ++m_fixFailures;
        m_fixResults.append(QJsonObject{{QStringLiteral("ok"), r.ok},
                                        {QStringLiteral("message"), r.message},
                                        {QStringLiteral("requestId"), r.requestId}});
        m_ctx.print(r.ok ? tr("fixed: %1").arg(r.message)
                         : tr("FAILED: %1 (RequestId %2)").arg(r.message, r.requestId));
    });
    connect(follower, &JobFollower::ended, this, [this] { check(true); });
    follower->check();
}

} // namespace td
