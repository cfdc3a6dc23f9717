#include "app/cli/CliAssignCapacity.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QUuid>

#include "app/capacity/AssignCapacityJobType.h"
#include "app/capacity/CapacityPreflight.h"
#include "app/cli/CliJobWatcher.h"
#include "app/cli/CliSessionOpener.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty() && !out.contains(part.trimmed(), Qt::CaseInsensitive))
            out << part.trimmed();
    }
    return out;
}

bool isGuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() || text == sharedCapacityId();
}
} // namespace

CliAssignCapacity::CliAssignCapacity(const CliContext &context, JobJournal *journal,
                                     CustomerRegistry *registry, QObject *parent)
    : QObject(parent), m_ctx(context), m_journal(journal), m_registry(registry)
{}

QString CliAssignCapacity::usage()
{
    return tr(
        "assign-capacity --connection NAME --capacity ID|shared (--workspaces ID,... | --customers ID,...) "
        "[--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS]");
}

void CliAssignCapacity::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption capacity(QStringLiteral("capacity"), QString(), QStringLiteral("ID"));
    const QCommandLineOption workspaces(QStringLiteral("workspaces"), QString(), QStringLiteral("IDS"));
    const QCommandLineOption customers(QStringLiteral("customers"), QString(), QStringLiteral("IDS"));
    const QCommandLineOption dry(QStringLiteral("dry-run"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(), QStringLiteral("N"));
    const QCommandLineOption result(QStringLiteral("result"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pollMs(QStringLiteral("poll-ms"), QString(), QStringLiteral("MS"));
    p.addOptions({connection, capacity, workspaces, customers, dry, concurrency, result, pollMs});
    auto usageError = [this](const QString &why) {
        m_ctx.fail(ExitUsage, tr("%1\nUsage: %2").arg(why, usage()));
    };
    if (!p.parse(QStringList{QStringLiteral("assign-capacity")} + args) || !p.positionalArguments().isEmpty())
        return usageError(p.errorText().isEmpty() ? tr("unexpected argument") : p.errorText());
    if (!p.isSet(connection) || !p.isSet(capacity))
        return usageError(tr("--connection and --capacity are required."));
    if (p.isSet(workspaces) == p.isSet(customers))
        return usageError(tr("Give either --workspaces or --customers."));
    m_capacity = p.value(capacity).trimmed();
    if (m_capacity.compare(QLatin1String("shared"), Qt::CaseInsensitive) == 0)
        m_capacity = sharedCapacityId();
    if (!isGuid(m_capacity))
        return usageError(tr("--capacity takes a capacity id (see: capacities list) or \"shared\"."));
    m_workspaceIds = splitList(p.value(workspaces));
    m_customerIds = splitList(p.value(customers));
    for (const QString &id : std::as_const(m_workspaceIds)) {
        if (QUuid::fromString(id).isNull())
            return usageError(tr("%1 is not a workspace id.").arg(id));
    }
    if (m_workspaceIds.isEmpty() && m_customerIds.isEmpty())
        return usageError(tr("The list of workspaces or customers is empty."));
    if (!m_customerIds.isEmpty() && !m_registry)
        return m_ctx.fail(ExitFailed, tr("The customer registry is not available; use --workspaces."));
    bool ok = true;
    if (p.isSet(concurrency)) {
        m_concurrency = p.value(concurrency).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 64)
            return usageError(tr("--concurrency takes a number from 1 to 64."));
    }
    if (p.isSet(pollMs)) {
        m_pollMs = p.value(pollMs).toInt(&ok);
        if (!ok || m_pollMs < 10)
            return usageError(tr("--poll-ms takes a number of milliseconds (at least 10)."));
    }
    m_dryRun = p.isSet(dry);
    m_resultPath = p.value(result);
    if (!m_dryRun && !m_journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available; capacity assignment needs it."));
    auto *opener = new CliSessionOpener(m_ctx, this);
    opener->open(p.value(connection), [this](ConnectionSession *session) { opened(session); });
}

void CliAssignCapacity::opened(ConnectionSession *session)
{
    m_session = session;
    const QString connectionId = session->connection().id;
    QVector<AssignTarget> targets;
    QStringList unknown;
    for (const QString &id : std::as_const(m_customerIds)) {
        const Customer c = m_registry->find(connectionId, id);
        if (c.customerId.isEmpty() || c.workspaceIds.isEmpty()) {
            unknown << id;
            continue;
        }
        for (const QString &ws : c.workspaceIds) {
            AssignTarget t;
            t.workspaceId = ws;
            t.customerId = c.customerId;
            t.adminProfileId = c.identity == Customer::Identity::Profile ? c.profileId : QString();
            targets << t;
        }
    }
    if (!unknown.isEmpty())
        return m_ctx.fail(ExitUsage,
                          tr("No workspace is registered for customer(s) %1 on this connection (see: "
                             "customers list).")
                              .arg(unknown.join(QStringLiteral(", "))));
    // Workspaces given by id: the registry's profile (if a customer holds the workspace) is where to look
    // first.
    const QVector<Customer> known = m_registry ? m_registry->list(connectionId) : QVector<Customer>();
    for (const QString &ws : std::as_const(m_workspaceIds)) {
        AssignTarget t;
        t.workspaceId = ws;
        for (const Customer &c : known) {
            if (c.workspaceIds.contains(ws, Qt::CaseInsensitive)) {
                t.customerId = c.customerId;
                t.adminProfileId = c.profileId;
                break;
            }
        }
        targets << t;
    }
    m_preflight = new CapacityPreflight(session, this);
    m_preflight->setWorkspaces(targets);
    m_preflight->setTargetCapacityId(m_capacity);
    PlanEstimateParams estimate;
    estimate.itemsAtOnce = m_concurrency;
    estimate.pollMs = m_pollMs;
    m_preflight->setEstimateParams(estimate);
    connect(m_preflight, &CapacityPreflight::finished, this, [this](const ApiError &error) {
        if (error.isError())
            return m_ctx.fail(error.kind == ApiError::Kind::Cancelled ? ExitInterrupted : ExitConnection,
                              error.summary());
        planned();
    });
    m_preflight->start();
}

void CliAssignCapacity::printPlan()
{
    const CapacityPlan &plan = m_preflight->plan();
    m_ctx.print(
        tr("Target: %1").arg(plan.target.displayName.isEmpty() ? plan.target.id : plan.target.label()));
    for (const PlanItem &item : plan.items) {
        const AssignTarget &w = item.workspace;
        m_ctx.print(tr("%1 %2 (%3): %4, as %5")
                        .arg(PlanItem::actionName(item.action).toUpper(), w.workspaceId,
                             w.workspaceName.isEmpty() ? w.workspaceId : w.workspaceName,
                             w.currentCapacityId.isEmpty() ? tr("on shared capacity")
                                                           : tr("on %1").arg(w.currentCapacityId),
                             w.adminProfileId.isEmpty() ? tr("the service principal")
                                                        : tr("profile %1").arg(w.adminProfileId)));
        for (const PreflightFinding &f : item.findings)
            m_ctx.print(
                QStringLiteral("    %1 [%2] %3 \u2192 %4")
                    .arg(PreflightFinding::severityName(f.severity), f.ruleId, f.message, f.whatToDo));
    }
    m_ctx.print(plan.summary());
}

void CliAssignCapacity::planned()
{
    const CapacityPlan &plan = m_preflight->plan();
    if (m_dryRun) {
        if (m_ctx.json) {
            QJsonObject doc = plan.toJson();
            doc.insert(QStringLiteral("dryRun"), true);
            m_ctx.printJson(doc);
        }
        printPlan();
        m_ctx.print(tr("Dry run: nothing was changed."));
        m_ctx.finish(plan.blocked > 0 ? ExitFailed : ExitOk);
        return;
    }
    printPlan();
    if (plan.toMove == 0) {
        if (m_ctx.json) {
            QJsonObject doc = plan.toJson();
            doc.insert(QStringLiteral("jobId"), QString());
            m_ctx.printJson(doc);
        }
        m_ctx.print(tr("Nothing to move."));
        m_ctx.finish(plan.blocked > 0 ? ExitFailed : ExitOk);
        return;
    }
    submit();
}

void CliAssignCapacity::submit()
{
    const CapacityPlan &plan = m_preflight->plan();
    m_engine = new JobEngine(m_journal, this);
    AssignCapacityJobType::registerWith(m_engine->types());
    m_engine->setSession(m_session->connection().id, m_session);
    m_engine->setMaxConcurrency(m_concurrency);
    AssignCapacityJobParams params;
    params.pollMs = m_pollMs;
    QString error;
    const QString jobId =
        m_engine->submit(AssignCapacityJobType::request(m_session->connection().id, plan, params), &error);
    if (jobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    m_ctx.print(tr("Job %1: moving %n workspace(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1",
                   nullptr, plan.toMove)
                    .arg(jobId)
                    .arg(m_concurrency));
    auto *watcher = new CliJobWatcher(m_ctx, m_engine, jobId, this);
    QVector<PlanItem> notRun;
    for (const PlanItem &i : plan.items) {
        if (i.action != PlanAction::Move)
            notRun << i;
    }
    watcher->setNotRun(notRun, plan.blocked);
    watcher->setResultFile(m_resultPath, {});
    watcher->watch();
}

} // namespace td
