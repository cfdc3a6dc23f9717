#pragma once
#include <QObject>
#include <QPointer>
#include <functional>

#include "app/migration/MigrationTypes.h"

namespace td {

class ConnectionSession;

// Step 6 and its undo. Clean-up removes the service principal's own access and the named master user's
// access from a customer's workspaces; restore puts back what a clean-up removed. Both act AS THE
// PROFILE (its Admin right): once the service principal has removed itself it can no longer act on the
// workspace as itself. A workspace where the profile is not Admin is left untouched (error). (The
// session's request layer audits every removal and re-add.) The caller decides who may be cleaned up
// (validated and confirmed).
class MigrationCleanup : public QObject
{
    Q_OBJECT
public:
    explicit MigrationCleanup(ConnectionSession *session, QObject *parent = nullptr);
    struct Target
    {
        PlanCustomer customer;
        QString profileId;
        CleanupRecord record; // restore: what the clean-up removed
    };
    void cleanup(const QVector<Target> &targets, const QString &spObjectId, const QString &masterUser);
    void restore(const QVector<Target> &targets);

Q_SIGNALS:
    void customerDone(const QString &customerId, const td::CleanupRecord &record);
    void finished();

private:
    using Task = std::function<void()>;
    void nextCustomer();
    void runTasks();
    void cleanWorkspace(const QString &workspaceId, const QString &workspaceName);
    void remove(const AccessEntry &entry);
    void restoreWorkspace(const QString &workspaceId);

    QPointer<ConnectionSession> m_session;
    QVector<Target> m_targets;
    bool m_restore = false;
    QString m_spObjectId;
    QString m_masterUser;
    int m_index = -1;
    CleanupRecord m_current;
    QVector<Task> m_tasks;
};

} // namespace td
