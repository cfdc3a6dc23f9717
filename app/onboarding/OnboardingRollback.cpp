#include "app/onboarding/OnboardingRollback.h"

#include "app/api/PowerBiClient.h"
#include "app/api/ApiCall.h"
#include "app/audit/AuditLog.h"
#include "app/onboarding/OnboardingRun.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

OnboardingRollback::OnboardingRollback(OnboardingRun *run, QObject *parent) : QObject(parent), m_run(run)
{
    ConnectionSession *s = run->session();
    PowerBiClient *client = s ? s->client() : nullptr;
    // What it created, by id (also from an earlier run of this customer's onboarding, see restoreCreated).
    const OnboardingRun::Created made = run->created();
    const QString profileId = made.profileId.isEmpty() ? run->profileId() : made.profileId;
    const QString workspaceId = run->workspaceId();
    if (client && run->addedAdmin()) {
        const QString sp = s->connection().servicePrincipalObjectId;
        const QString ws = made.adminWorkspaceId;
        const QString member = made.adminProfileId;
        m_actions << Action{
            tr("Remove profile %1 from workspace %2").arg(member, ws),
            [client, ws, sp, member] { return client->deleteGroupUser(QString(), ws, sp, member); },
            QStringLiteral("deleteGroupUser"),
            QStringLiteral("workspace"),
            ws,
            QString()};
    }
    if (client && run->createdWorkspace()) {
        const QString ws = made.workspaceId;
        // Deleted as the profile that created it (its Admin); the SP itself is no member.
        const QString owner = profileId;
        m_actions << Action{
            tr("Delete workspace \"%1\" (%2) and the content imported into it").arg(made.workspaceName, ws),
            [client, owner, ws] { return client->deleteGroup(owner, ws); },
            QStringLiteral("deleteGroup"),
            QStringLiteral("workspace"),
            ws,
            owner};
    } else {
        for (const OnboardingImport &i : run->imports()) {
            if (i.created)
                m_kept << tr("Imported model %1 in the existing workspace (delete it by hand if needed)")
                              .arg(i.datasetId);
        }
        if (!workspaceId.isEmpty())
            m_kept << tr("Workspace %1 (it existed before)").arg(workspaceId);
    }
    if (client && run->createdProfile()) {
        m_actions << Action{tr("Delete profile \"%1\" (%2)").arg(made.profileName, profileId),
                            [client, profileId] { return client->deleteProfile(profileId); },
                            QStringLiteral("deleteProfile"),
                            QStringLiteral("profile"),
                            profileId,
                            QString()};
    } else if (!profileId.isEmpty()) {
        m_kept << tr("Profile %1 (it existed before)").arg(profileId);
    }
    CustomerRegistry *reg = run->registry();
    const OnboardingPlan &p = run->plan();
    if (reg && !reg->find(p.connectionId, p.customerId).customerId.isEmpty())
        m_actions << Action{tr("Remove customer %1 from the registry").arg(p.customerId),
                            nullptr,
                            QStringLiteral("removeCustomer"),
                            QStringLiteral("customer"),
                            p.customerId,
                            QString()};
}

QStringList OnboardingRollback::description() const
{
    QStringList out;
    for (const Action &a : m_actions)
        out << a.description;
    return out;
}

QStringList OnboardingRollback::kept() const
{
    return m_kept;
}

void OnboardingRollback::start()
{
    m_index = 0;
    QMetaObject::invokeMethod(this, &OnboardingRollback::next, Qt::QueuedConnection);
}

void OnboardingRollback::next()
{
    if (!m_run) {
        Q_EMIT finished(false, tr("The onboarding is gone."));
        return;
    }
    if (m_index >= m_actions.size()) {
        m_run->resetAfterRollback();
        Q_EMIT finished(true, QString());
        return;
    }
    const Action a = m_actions.at(m_index);
    if (!a.send) { // the registry entry
        const OnboardingPlan &p = m_run->plan();
        const bool ok = m_run->registry()->remove(p.connectionId, p.customerId);
        audit(a, ok, ok ? QString() : tr("Could not remove the customer from the registry."), QString());
        ++m_index;
        next();
        return;
    }
    ApiCall *job = a.send();
    connect(job, &ApiCall::finished, this, [this, a](const ApiResponse &r) {
        const bool ok = r.ok() || r.httpStatus == 404; // gone already
        audit(a, ok, ok ? QString() : r.error.summary(), r.requestId);
        if (!ok) {
            Q_EMIT finished(false, tr("%1: %2").arg(a.description, r.error.summary()));
            return;
        }
        ++m_index;
        next();
    });
}

void OnboardingRollback::audit(const Action &a, bool ok, const QString &error, const QString &requestId)
{
    if (!m_run || !m_run->audit())
        return;
    AuditEntry e;
    e.connectionId = m_run->plan().connectionId;
    e.identity = a.identity;
    e.action = a.auditAction;
    e.targetKind = a.kind;
    e.targetId = a.id;
    e.ok = ok;
    e.error = error;
    e.requestId = requestId;
    e.details = QStringLiteral("rollback of onboarding %1").arg(m_run->plan().customerId);
    m_run->audit()->append(e);
}

} // namespace td
