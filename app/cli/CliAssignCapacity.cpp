#include "app/cli/CliAssignCapacity.h"

#include <QJsonObject>
#include <QUuid>

#include "app/capacity/AssignCapacityJobType.h"
#include "app/capacity/CapacityPreflight.h"
#include "app/cli/CliJobWatcher.h"
#include "app/jobs/JobEngine.h"
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

QString CliAssignCapacity::usage()
{
    return tr(
        "assign-capacity --connection NAME --capacity ID|shared (--workspaces ID,... | --customers ID,...) "
        "[--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS]");
}

void CliAssignCapacity::run(const QStringList &args)
{
    CliArgs a({"connection", "capacity", "workspaces", "customers", "concurrency", "result", "poll-ms"},
              {"dry-run"});
    if (!parse(a, args, usage()))
        return;
    if (!a.isSet("connection") || !a.isSet("capacity"))
        return usageError(tr("--connection and --capacity are required."), usage());
    if (a.isSet("workspaces") == a.isSet("customers"))
        return usageError(tr("Give either --workspaces or --customers."), usage());
    m_capacity = a.value("capacity").trimmed();
    if (m_capacity.compare(QLatin1String("shared"), Qt::CaseInsensitive) == 0)
        m_capacity = sharedCapacityId();
    if (!isGuid(m_capacity))
        return usageError(tr("--capacity takes a capacity id (see: capacities list) or \"shared\"."),
                          usage());
    m_workspaceIds = splitList(a.value("workspaces"));
    m_customerIds = splitList(a.value("customers"));
    for (const QString &id : std::as_const(m_workspaceIds)) {
        if (QUuid::fromString(id).isNull())
            return usageError(tr("%1 is not a workspace id.").arg(id), usage());
    }
    if (m_workspaceIds.isEmpty() && m_customerIds.isEmpty())
        return usageError(tr("The list of workspaces or customers is empty."), usage());
    if (!m_customerIds.isEmpty() && !m_ctx.registry)
        return m_ctx.fail(ExitFailed, tr("The customer registry is not available; use --workspaces."));
    if (!a.number("concurrency", &m_concurrency, 1, 64))
        return usageError(tr("--concurrency takes a number from 1 to 64."), usage());
    if (!a.number("poll-ms", &m_pollMs, 10))
        return usageError(tr("--poll-ms takes a number of milliseconds (at least 10)."), usage());
    m_dryRun = a.isSet("dry-run");
    m_resultPath = a.value("result");
    if (!m_dryRun && !m_ctx.journal)
        return m_ctx.fail(ExitFailed, tr("The job journal is not available; capacity assignment needs it."));
    openSession(a.value("connection"), [this](ConnectionSession *session, int) { opened(session); });
}

void CliAssignCapacity::opened(ConnectionSession *session)
{
    m_session = session;
    const QString connectionId = session->connection().id;
    QVector<AssignTarget> targets;
    QStringList unknown;
    for (const QString &id : std::as_const(m_customerIds)) {
        const Customer c = m_ctx.registry->find(connectionId, id);
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
    const QVector<Customer> known = m_ctx.registry ? m_ctx.registry->list(connectionId) : QVector<Customer>();
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
    printPlan(); // text mode only
    if (!m_dryRun && plan.toMove > 0)
        return submit();
    if (m_ctx.json) {
        QJsonObject doc = plan.toJson();
        if (m_dryRun)
            doc.insert(QStringLiteral("dryRun"), true);
        else
            doc.insert(QStringLiteral("jobId"), QString());
        m_ctx.printJson(doc);
    }
    m_ctx.print(m_dryRun ? tr("Dry run: nothing was changed.") : tr("Nothing to move."));
    m_ctx.finish(plan.blocked > 0 ? ExitFailed : ExitOk);
}

void CliAssignCapacity::submit()
{
    const CapacityPlan &plan = m_preflight->plan();
    JobEngine *engine = newEngine(m_session, m_concurrency);
    AssignCapacityJobParams params;
    params.pollMs = m_pollMs;
    QString error;
    const QString jobId =
        engine->submit(AssignCapacityJobType::request(m_session->connection().id, plan, params), &error);
    if (jobId.isEmpty())
        return m_ctx.fail(ExitFailed, error);
    m_ctx.print(tr("Job %1: moving %n workspace(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1",
                   nullptr, plan.toMove)
                    .arg(jobId)
                    .arg(m_concurrency));
    auto *watcher = new CliJobWatcher(m_ctx, engine, jobId, this);
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
