#include "app/cli/CliMigrate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliJobWatcher.h"
#include "app/jobs/JobEngine.h"
#include "app/migration/MappingRule.h"
#include "app/migration/MigrationController.h"
#include "app/migration/MigrationStore.h"
#include "app/session/ConnectionSession.h"
#include "app/util/InputFile.h"

namespace td {

CliMigrate::CliMigrate(const CliContext &context, QObject *parent) : CliCommand(context, parent) {}

CliMigrate::~CliMigrate() = default;

QString CliMigrate::usage()
{
    return tr("migrate plan|run|validate|cleanup|restore --connection NAME [--mapping FILE.csv] "
              "[--master-user EMAIL] [--pattern P] [--id-template T] [--customer ID]... [--rls-user U] "
              "[--rls-role R]... [--yes]");
}

void CliMigrate::run(const QStringList &args)
{
    CliArgs a({"connection", "mapping", "master-user", "pattern", "id-template", "customer", "rls-user",
               "rls-role"},
              {"yes"});
    if (!parse(a, args, usage(), true))
        return;
    const QStringList pos = a.positional();
    static const QStringList verbs{QStringLiteral("plan"), QStringLiteral("run"), QStringLiteral("validate"),
                                   QStringLiteral("cleanup"), QStringLiteral("restore")};
    if (pos.size() != 1 || !verbs.contains(pos.first()))
        return usageError(tr("Say what to do: plan, run, validate, cleanup or restore."), usage());
    if (!a.isSet("connection"))
        return usageError(tr("--connection is required."), usage());
    m_verb = pos.first();
    m_mapping = a.value("mapping");
    m_masterSet = a.isSet("master-user");
    m_masterUser = a.value("master-user").trimmed();
    m_pattern = a.value("pattern");
    m_idTemplate = a.value("id-template");
    m_customers = a.values("customer");
    m_rlsUser = a.value("rls-user");
    m_rlsRoles = a.values("rls-role");
    m_yes = a.isSet("yes");
    if (m_masterSet && !m_masterUser.contains(QLatin1Char('@')))
        return usageError(tr("--master-user takes the user's email address."), usage());
    if (!m_mapping.isEmpty() && !QFile::exists(m_mapping))
        return m_ctx.fail(ExitUsage, tr("The mapping file %1 does not exist.").arg(m_mapping));
    if (m_verb == QLatin1String("cleanup") && !m_yes && !stdinIsInteractive())
        return m_ctx.fail(ExitUsage,
                          tr("The clean-up removes the service principal's own access and the master user's "
                             "access from the customers' workspaces. Standard input is not a terminal, so "
                             "it cannot ask: confirm with --yes. Nothing was changed."));
    if (!m_ctx.journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available; the migration needs it."));
    m_store = std::make_unique<MigrationStore>(MigrationStore::defaultPath());
    QString error;
    if (!m_store->open(&error))
        return m_ctx.fail(ExitFailed, error);
    openSession(a.value("connection"), [this](ConnectionSession *session, int) { opened(session); });
}

void CliMigrate::opened(ConnectionSession *session)
{
    m_engine = newEngine(session);
    m_migration = new MigrationController(m_store.get(), session, this);
    m_migration->setEngine(m_engine);
    m_migration->setRegistry(m_ctx.registry);
    if (m_masterSet)
        m_migration->setMasterUser(m_masterUser);
    if (m_verb == QLatin1String("plan"))
        return planStep(false);
    if (m_verb == QLatin1String("run"))
        return m_migration->state().plan.isEmpty() || !m_mapping.isEmpty() ? planStep(true) : runStep();
    if (m_migration->state().plan.isEmpty())
        return m_ctx.fail(ExitFailed, tr("There is no migration plan for this connection yet: run "
                                         "`tenantdesk-cli migrate plan` first."));
    if (m_verb == QLatin1String("validate"))
        return validateStep();
    if (m_verb == QLatin1String("cleanup"))
        return cleanupStep();
    restoreStep();
}

void CliMigrate::planStep(bool thenRun)
{
    connect(m_migration, &MigrationController::scanned, this, [this, thenRun](const ApiError &error) {
        if (error.isError())
            return m_ctx.fail(ExitConnection,
                              tr("The inventory could not be taken: %1").arg(error.summary()));
        QString why;
        if (!m_mapping.isEmpty()) {
            QByteArray bytes;
            QStringList errors;
            if (!InputFile::read(m_mapping, InputFile::CsvLimit, &bytes, &why))
                return m_ctx.fail(ExitUsage, why);
            const bool ok = m_migration->importMapping(bytes, &errors);
            for (const QString &e : std::as_const(errors))
                m_ctx.print(tr("%1: %2").arg(m_mapping, e));
            if (!ok)
                return m_ctx.fail(ExitUsage, tr("The mapping file %1 maps no workspace.").arg(m_mapping));
        } else if (!m_pattern.isEmpty() || !m_idTemplate.isEmpty() ||
                   m_migration->state().mapping.isEmpty()) {
            const MigrationState &s = m_migration->state();
            const QString pattern = !m_pattern.isEmpty()
                                        ? m_pattern
                                        : (s.pattern.isEmpty() ? MappingRule::defaultPattern() : s.pattern);
            const QString idT =
                !m_idTemplate.isEmpty()
                    ? m_idTemplate
                    : (s.idTemplate.isEmpty() ? MappingRule::defaultIdTemplate() : s.idTemplate);
            m_migration->applyPattern(pattern, idT, &why);
            if (!why.isEmpty())
                return m_ctx.fail(ExitUsage, why);
        }
        if (!m_migration->makePlan(&why))
            return m_ctx.fail(ExitFailed, why);
        if (thenRun)
            return runStep();
        printPlan();
        m_ctx.finish(ExitOk);
    });
    m_migration->scan();
}

void CliMigrate::printPlan()
{
    const MigrationState &s = m_migration->state();
    QJsonArray customers, excluded;
    for (const PlanCustomer &c : s.plan) {
        customers.append(c.toJson());
        m_ctx.print(tr("%1: %2 profile \"%3\"; Admin of %4 workspace(s); take over %5 model(s) (set their "
                       "credentials again after); clean-up will remove %6 access entr(ies)%7")
                        .arg(c.customerId, c.reuse() ? tr("reuse") : tr("create"), c.profileName)
                        .arg(c.workspaces.size())
                        .arg(c.takeOver.size())
                        .arg(c.removals.size())
                        .arg(c.blocked ? tr(" [BLOCKED]") : QString()));
        for (const QString &w : c.warnings)
            m_ctx.print(tr("  warning: %1").arg(w));
    }
    for (const MappingRow &r : s.mapping) {
        if (r.included)
            continue;
        excluded.append(r.toJson());
        m_ctx.print(tr("excluded: %1 (%2)").arg(r.workspaceName, r.note));
    }
    if (m_ctx.json)
        m_ctx.printJson(QJsonObject{{QStringLiteral("dryRun"), true},
                                    {QStringLiteral("masterUser"), s.masterUser},
                                    {QStringLiteral("customers"), customers},
                                    {QStringLiteral("excluded"), excluded}});
    m_ctx.print(tr("Plan: %1 customer(s), %2 workspace(s) excluded. Nothing was changed.")
                    .arg(customers.size())
                    .arg(excluded.size()));
}

void CliMigrate::runStep()
{
    QString error;
    const QString jobId = m_migration->run(&error);
    if (jobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    m_ctx.print(tr("Job %1: migrating %2 customer(s). Continue after a stop with: tenantdesk-cli migrate run "
                   "--connection NAME")
                    .arg(jobId)
                    .arg(m_engine->job(jobId).total));
    auto *watcher = new CliJobWatcher(m_ctx, m_engine, jobId, this);
    watcher->watch();
}

void CliMigrate::validateStep()
{
    connect(m_migration, &MigrationController::validated, this, [this](int passed, int failed) {
        const MigrationState &s = m_migration->state();
        const QHash<QString, ValidationResult> validations = m_migration->validations();
        QJsonArray all;
        for (const PlanCustomer &c : s.plan) {
            if (!m_customers.isEmpty() && !m_customers.contains(c.customerId, Qt::CaseInsensitive))
                continue;
            const ValidationResult v = validations.value(c.customerId);
            QJsonObject o = v.toJson();
            o.insert(QStringLiteral("customerId"), c.customerId);
            all.append(o);
            m_ctx.print(tr("%1: %2 (%3 report token(s), %4 model token(s))")
                            .arg(c.customerId, v.ok ? tr("passed") : tr("FAILED"))
                            .arg(v.reports)
                            .arg(v.models));
            for (const ValidationFailure &f : v.failures)
                m_ctx.print(tr("  %1 %2 (%3): %4").arg(f.what, f.name, f.id, f.reason));
        }
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("passed"), passed},
                                        {QStringLiteral("failed"), failed},
                                        {QStringLiteral("customers"), all}});
        m_ctx.print(tr("Validation as each profile: %1 passed, %2 failed.").arg(passed).arg(failed));
        m_ctx.finish(failed > 0 ? ExitFailed : ExitOk);
    });
    m_migration->validate(m_rlsUser, m_rlsRoles, m_customers);
}

void CliMigrate::cleanupStep()
{
    const QStringList candidates = m_migration->cleanupCandidates();
    const QStringList which = m_customers.isEmpty() ? candidates : m_customers;
    if (which.isEmpty())
        return m_ctx.fail(ExitFailed,
                          tr("No customer can be cleaned up: none has passed validation since its "
                             "last clean-up. Run `tenantdesk-cli migrate validate` first."));
    if (!m_yes) {
        if (m_ctx.err)
            *m_ctx.err << tr("This removes the service principal's own access%1 from the workspaces of %2 "
                             "customer(s). Type yes to go on: ")
                              .arg(m_migration->state().masterUser.isEmpty()
                                       ? QString()
                                       : tr(" and %1's access").arg(m_migration->state().masterUser))
                              .arg(which.size())
                       << Qt::flush;
        const QString answer = m_ctx.readStdinLine ? m_ctx.readStdinLine().trimmed() : QString();
        if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0)
            return m_ctx.fail(ExitFailed, tr("Not confirmed. Nothing was changed."));
    }
    connect(m_migration, &MigrationController::cleanedUp, this, [this, which](int removed, int errors) {
        const QHash<QString, CleanupRecord> records = m_migration->cleanupRecords();
        QJsonArray all;
        for (const QString &id : which) {
            if (!records.contains(id))
                continue;
            const CleanupRecord r = records.value(id);
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("customerId"), id);
            all.append(o);
            for (const AccessEntry &e : r.removed)
                m_ctx.print(tr("%1: removed %2 %3 (%4) from %5")
                                .arg(id, e.who, e.identifier, e.accessRight, e.workspaceName));
            for (const QString &e : r.errors)
                m_ctx.print(tr("%1: ERROR %2").arg(id, e));
        }
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("removed"), removed},
                                        {QStringLiteral("errors"), errors},
                                        {QStringLiteral("customers"), all}});
        m_ctx.print(
            tr("Clean-up: %1 access entr(ies) removed, %2 error(s). Undo with: tenantdesk-cli migrate "
               "restore")
                .arg(removed)
                .arg(errors));
        m_ctx.finish(errors > 0 ? ExitFailed : ExitOk);
    });
    QStringList refused;
    const bool started = m_migration->cleanup(which, true, &refused);
    for (const QString &r : std::as_const(refused))
        m_ctx.print(r);
    if (!started)
        m_ctx.fail(ExitFailed, tr("Nothing was cleaned up."));
}

void CliMigrate::restoreStep()
{
    const QStringList which = m_customers.isEmpty() ? m_migration->restoreCandidates() : m_customers;
    if (which.isEmpty())
        return m_ctx.fail(ExitFailed, tr("Nothing to restore: no clean-up removed access that is not back."));
    connect(m_migration, &MigrationController::restored, this, [this](int back, int errors) {
        if (m_ctx.json)
            m_ctx.printJson(
                QJsonObject{{QStringLiteral("restored"), back}, {QStringLiteral("errors"), errors}});
        m_ctx.print(tr("Restore: %1 access entr(ies) put back, %2 error(s).").arg(back).arg(errors));
        m_ctx.finish(errors > 0 ? ExitFailed : ExitOk);
    });
    QStringList refused;
    const bool started = m_migration->restore(which, &refused);
    for (const QString &r : std::as_const(refused))
        m_ctx.print(r);
    if (!started)
        m_ctx.fail(ExitFailed, tr("Nothing was restored."));
}

} // namespace td
