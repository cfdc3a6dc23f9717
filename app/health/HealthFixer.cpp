#include "app/health/HealthFixer.h"

#include "app/api/PowerBiClient.h"
#include "app/api/ApiCall.h"
#include "app/audit/AuditLog.h"
#include "app/health/HealthLogging.h"
#include "app/ops/ContentOps.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

HealthFixer::HealthFixer(ConnectionSession *session, AuditLog *audit, CustomerRegistry *registry,
                         QObject *parent)
    : QObject(parent), m_session(session), m_audit(audit), m_registry(registry)
{
    qRegisterMetaType<td::HealthFixResult>();
}

void HealthFixer::apply(const QVector<HealthFinding> &findings)
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_pending.assign(findings.begin(), findings.end());
    m_total = int(findings.size());
    next();
}

void HealthFixer::cancel()
{
    if (!m_running)
        return;
    m_pending.clear();
    if (m_job)
        m_job->cancel(); // completes through its callback as cancelled
    else if (m_op)
        m_op->cancel();
}

void HealthFixer::next()
{
    Q_EMIT progress(int(m_results.size()), m_total);
    if (m_pending.empty() || !m_session) {
        m_running = false;
        int ok = 0;
        for (const HealthFixResult &r : qAsConst(m_results))
            ok += r.ok ? 1 : 0;
        Q_EMIT finished(ok, int(m_results.size()) - ok);
        return;
    }
    const HealthFinding f = m_pending.front();
    m_pending.pop_front();
    if (!f.fix.isAvailable())
        return done(f, false, tr("No automatic fix: %1").arg(f.advice));
    if (f.fix.isRegistryFix())
        return runRegistry(f);
    runApi(f);
}

void HealthFixer::runApi(const HealthFinding &f)
{
    const HealthFix &x = f.fix;
    PowerBiClient *client = m_session->client();
    ApiCall *job = nullptr;
    switch (x.action) {
    case HealthFix::Action::RemoveMember:
        job = client->deleteGroupUser(x.asProfileId, x.workspaceId, x.identifier, x.memberProfileId);
        break;
    case HealthFix::Action::SetAdmin: {
        GroupUser u;
        u.identifier = x.identifier;
        u.principalType = QStringLiteral("App");
        u.groupUserAccessRight = QStringLiteral("Admin");
        u.profileId = x.memberProfileId;
        job = client->updateGroupUser(x.asProfileId, x.workspaceId, u);
        break;
    }
    case HealthFix::Action::DeleteProfile:
        job = client->deleteProfile(x.targetId); // profiles are deleted by the SP, never with the header
        break;
    case HealthFix::Action::Refresh: {
        auto *op = new RefreshOp(m_session, x.asProfileId, x.workspaceId, x.targetId);
        return runOp(f, op);
    }
    case HealthFix::Action::AssignCapacity: {
        auto *op = new AssignCapacityOp(m_session, x.asProfileId, x.workspaceId, x.targetId);
        return runOp(f, op);
    }
    default:
        return done(f, false, tr("This fix cannot be applied here."));
    }
    m_job = job;
    QPointer<HealthFixer> self(this);
    connect(job, &ApiCall::finished, this, [self, f](const ApiResponse &r) {
        if (!self)
            return;
        const QString requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
        if (r.ok() && !f.fix.registryCustomerId.isEmpty())
            self->offboardEntry(f);
        self->done(f, r.ok(), r.ok() ? f.fix.preview : r.error.summary().simplified(), requestId);
    });
}

void HealthFixer::offboardEntry(const HealthFinding &f)
{
    if (!m_registry || !m_session)
        return;
    Customer c = m_registry->find(m_session->connection().id, f.fix.registryCustomerId);
    if (c.customerId.isEmpty())
        return;
    c.status = QStringLiteral("offboarded");
    QString error;
    const bool ok = m_registry->upsert(c, &error);
    HealthFinding entry = f;
    entry.fix.action = HealthFix::Action::RegistryOffboard;
    entry.fix.targetId = c.customerId;
    entry.fix.targetName = c.displayName;
    auditRegistry(entry, QStringLiteral("registryOffboard"), ok, error);
}

void HealthFixer::runOp(const HealthFinding &f, AsyncOp *op)
{
    op->setPollInterval(m_pollMs);
    m_op = op;
    QPointer<HealthFixer> self(this);
    connect(op, &AsyncOp::finished, this, [self, f](const OpResult &r) {
        if (!self)
            return;
        const QString requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
        self->done(f, r.ok, r.ok ? f.fix.preview : r.error.summary().simplified(), requestId);
    });
    op->start();
}

void HealthFixer::runRegistry(const HealthFinding &f)
{
    if (!m_registry)
        return done(f, false, tr("The customer registry is not available."));
    const HealthFix &x = f.fix;
    const QString conn = m_session->connection().id;
    Customer c = x.action == HealthFix::Action::RegistryAdd ? Customer() : m_registry->find(conn, x.targetId);
    if (x.action != HealthFix::Action::RegistryAdd && c.customerId.isEmpty())
        return done(f, false, tr("Registry entry %1 is gone.").arg(x.targetId));
    QString action;
    if (x.action == HealthFix::Action::RegistryOffboard) {
        action = QStringLiteral("registryOffboard");
        c.status = QStringLiteral("offboarded");
    } else if (x.action == HealthFix::Action::RegistrySetWorkspaces) {
        action = QStringLiteral("registryUpdate");
        c.workspaceIds = x.workspaceIds;
    } else {
        action = QStringLiteral("registryAdd");
        c.customerId = x.targetId;
        c.displayName = x.targetName;
        c.connectionId = conn;
        c.identity = Customer::Identity::Profile;
        c.profileId = x.memberProfileId;
        c.workspaceIds = x.workspaceIds;
    }
    QString error;
    const bool ok = x.action == HealthFix::Action::RegistryAdd ? m_registry->add(c, &error)
                                                               : m_registry->upsert(c, &error);
    auditRegistry(f, action, ok, error);
    done(f, ok, ok ? x.preview : error);
}

void HealthFixer::done(const HealthFinding &f, bool ok, const QString &message, const QString &requestId)
{
    m_job.clear();
    m_op.clear();
    HealthFixResult r{f.key(), f.ruleId, ok, message, requestId};
    qCInfo(lcHealth) << "fix" << f.ruleId << (ok ? "done" : "not done") << "RequestId" << requestId;
    m_results.append(r);
    Q_EMIT fixed(r);
    QMetaObject::invokeMethod(this, &HealthFixer::next, Qt::QueuedConnection);
}

// A registry fix changes the local customer registry, which no request carries (requests are audited by
// the session's request layer): its row is written here. Identity "" = no Power BI identity involved.
void HealthFixer::auditRegistry(const HealthFinding &f, const QString &action, bool ok, const QString &error)
{
    if (!m_audit || !m_session)
        return;
    AuditEntry e;
    e.connectionId = m_session->connection().id;
    e.action = action;
    e.targetKind = QStringLiteral("customer");
    e.targetId = f.fix.targetId;
    e.targetName = f.fix.targetName;
    e.ok = ok;
    e.error = ok ? QString() : error;
    e.details = QStringLiteral("health fix %1: %2").arg(f.ruleId, f.fix.preview);
    m_audit->append(e);
}

} // namespace td
