#include "app/migration/MigrationCleanup.h"

#include <algorithm>

#include "app/api/PowerBiClient.h"
#include "app/session/ConnectionSession.h"

namespace td {

MigrationCleanup::MigrationCleanup(ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

void MigrationCleanup::cleanup(const QVector<Target> &targets, const QString &spObjectId,
                               const QString &masterUser)
{
    m_targets = targets;
    m_restore = false;
    m_spObjectId = spObjectId;
    m_masterUser = masterUser;
    m_index = -1;
    QMetaObject::invokeMethod(this, &MigrationCleanup::nextCustomer, Qt::QueuedConnection);
}

void MigrationCleanup::restore(const QVector<Target> &targets)
{
    m_targets = targets;
    m_restore = true;
    m_index = -1;
    QMetaObject::invokeMethod(this, &MigrationCleanup::nextCustomer, Qt::QueuedConnection);
}

void MigrationCleanup::nextCustomer()
{
    if (m_index >= 0 && m_index < m_targets.size())
        Q_EMIT customerDone(m_targets.at(m_index).customer.customerId, m_current);
    ++m_index;
    if (m_index >= m_targets.size() || !m_session) {
        Q_EMIT finished();
        return;
    }
    const Target &t = m_targets.at(m_index);
    m_tasks.clear();
    if (m_restore) {
        m_current = t.record;
        m_current.errors.clear();
        QStringList spaces;
        for (const AccessEntry &e : t.record.removed) {
            if (!e.restored && !spaces.contains(e.workspaceId))
                spaces << e.workspaceId;
        }
        for (const QString &ws : spaces)
            m_tasks << [this, ws] { restoreWorkspace(ws); };
    } else {
        m_current = CleanupRecord();
        m_current.when = QDateTime::currentDateTimeUtc();
        for (const auto &w : t.customer.workspaces)
            m_tasks << [this, w] { cleanWorkspace(w.first, w.second); };
    }
    if (t.profileId.isEmpty()) {
        m_tasks.clear();
        m_current.errors << tr("The customer has no profile; nothing was changed.");
    }
    runTasks();
}

void MigrationCleanup::runTasks()
{
    if (m_tasks.isEmpty() || !m_session) {
        QMetaObject::invokeMethod(this, &MigrationCleanup::nextCustomer, Qt::QueuedConnection);
        return;
    }
    const Task t = m_tasks.takeFirst();
    t();
}

void MigrationCleanup::cleanWorkspace(const QString &workspaceId, const QString &workspaceName)
{
    const QString profileId = m_targets.at(m_index).profileId;
    PagedApiCall *users = m_session->client()->listGroupUsers(profileId, workspaceId);
    connect(
        users, &PagedApiCall::finished, this,
        [this, workspaceId, workspaceName, profileId](const ListResult &r) {
            if (!r.ok()) {
                m_current.errors << tr("%1: the profile cannot list the access (%2); nothing removed.")
                                        .arg(workspaceName, r.error.summary());
                return runTasks();
            }
            bool profileAdmin = false;
            QVector<AccessEntry> remove;
            for (const GroupUser &u : parseList<GroupUser>(r.items)) {
                if (u.profileId.compare(profileId, Qt::CaseInsensitive) == 0 &&
                    u.groupUserAccessRight == QLatin1String("Admin"))
                    profileAdmin = true;
                const bool sp = u.profileId.isEmpty() && u.principalType == QLatin1String("App") &&
                                u.identifier.compare(m_spObjectId, Qt::CaseInsensitive) == 0;
                const bool master = !m_masterUser.isEmpty() && u.principalType == QLatin1String("User") &&
                                    (u.identifier.compare(m_masterUser, Qt::CaseInsensitive) == 0 ||
                                     u.emailAddress.compare(m_masterUser, Qt::CaseInsensitive) == 0);
                if (sp || master)
                    remove.append({workspaceId, workspaceName, u.identifier, u.principalType,
                                   u.groupUserAccessRight, u.displayName,
                                   sp ? QStringLiteral("servicePrincipal") : QStringLiteral("masterUser"),
                                   QString(), false});
            }
            if (!profileAdmin) {
                m_current.errors << tr("%1: the profile is not Admin; nothing removed.").arg(workspaceName);
                return runTasks();
            }
            // The master user first, the service principal's own access last.
            std::stable_partition(remove.begin(), remove.end(),
                                  [](const AccessEntry &a) { return a.who == QLatin1String("masterUser"); });
            QVector<Task> tasks;
            for (const AccessEntry &e : remove)
                tasks << [this, e] { this->remove(e); };
            m_tasks = tasks + m_tasks;
            runTasks();
        });
}

void MigrationCleanup::remove(const AccessEntry &entry)
{
    const QString profileId = m_targets.at(m_index).profileId;
    ApiCall *job = m_session->client()->deleteGroupUser(profileId, entry.workspaceId, entry.identifier);
    connect(job, &ApiCall::finished, this, [this, entry](const ApiResponse &r) {
        if (r.ok()) {
            AccessEntry e = entry;
            e.requestId = r.requestId;
            m_current.removed.append(e);
        } else {
            m_current.errors << tr("%1: removing %2 failed: %3")
                                    .arg(entry.workspaceName, entry.identifier, r.error.summary());
        }
        runTasks();
    });
}

void MigrationCleanup::restoreWorkspace(const QString &workspaceId)
{
    const QString profileId = m_targets.at(m_index).profileId;
    PagedApiCall *users = m_session->client()->listGroupUsers(profileId, workspaceId);
    connect(users, &PagedApiCall::finished, this, [this, workspaceId, profileId](const ListResult &r) {
        if (!r.ok()) {
            m_current.errors
                << tr("The profile cannot list the access of %1: %2").arg(workspaceId, r.error.summary());
            return runTasks();
        }
        const QVector<GroupUser> present = parseList<GroupUser>(r.items);
        QVector<Task> tasks;
        for (int i = 0; i < m_current.removed.size(); ++i) {
            const AccessEntry e = m_current.removed.at(i);
            if (e.restored || e.workspaceId != workspaceId)
                continue;
            bool there = false;
            for (const GroupUser &u : present)
                there = there || (u.profileId.isEmpty() &&
                                  u.identifier.compare(e.identifier, Qt::CaseInsensitive) == 0);
            if (there) {
                m_current.removed[i].restored = true;
                continue;
            }
            tasks << [this, i, e, profileId] {
                GroupUser u;
                u.identifier = e.identifier;
                u.principalType = e.principalType;
                u.groupUserAccessRight = e.accessRight;
                ApiCall *job = m_session->client()->addGroupUser(profileId, e.workspaceId, u);
                connect(job, &ApiCall::finished, this, [this, i, e](const ApiResponse &resp) {
                    if (resp.ok())
                        m_current.removed[i].restored = true;
                    else
                        m_current.errors << tr("%1: putting back %2 failed: %3")
                                                .arg(e.workspaceName, e.identifier, resp.error.summary());
                    runTasks();
                });
            };
        }
        m_tasks = tasks + m_tasks;
        runTasks();
    });
}

} // namespace td
