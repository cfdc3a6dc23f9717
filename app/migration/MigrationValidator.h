#pragma once
#include <QObject>
#include <QPointer>
#include <functional>

#include "app/migration/MigrationTypes.h"

namespace td {

class ConnectionSession;

// Step 5: validates each migrated customer AS ITS PROFILE, never with the service principal's own access
// (reports keep working through old permissions until the clean-up, so those prove nothing): the profile
// lists the items of each of its workspaces (every planned report and model must be there) and
// GenerateToken succeeds for each report with its model, and for each model without a report. Models
// that require an effective identity get {username, roles} from setRlsIdentity(). One customer after
// another; customerDone() per customer, finished() once.
class MigrationValidator : public QObject
{
    Q_OBJECT
public:
    explicit MigrationValidator(ConnectionSession *session, QObject *parent = nullptr);
    void setRlsIdentity(const QString &username, const QStringList &roles);
    // customers: plan entries with the profile id each was migrated to (profileIds by customer id).
    void start(const QVector<PlanCustomer> &customers, const QHash<QString, QString> &profileIds);
    void cancel();
    QHash<QString, ValidationResult> results() const { return m_results; }

Q_SIGNALS:
    void customerDone(const QString &customerId, const td::ValidationResult &result);
    void finished();

private:
    using Task = std::function<void()>;
    void nextCustomer();
    void runTasks();
    void fail(const QString &what, const QString &id, const QString &name, const QString &reason,
              const QString &requestId = {});
    void listTask(const QString &workspaceId, const QString &workspaceName);
    void tokenTask(const LegacyItem &report, const LegacyItem *model);

    QPointer<ConnectionSession> m_session;
    QVector<PlanCustomer> m_customers;
    QHash<QString, QString> m_profileIds;
    QString m_rlsUser;
    QStringList m_rlsRoles;
    int m_index = -1;
    QString m_profileId;
    ValidationResult m_current;
    QVector<Task> m_tasks;
    QHash<QString, ValidationResult> m_results;
    bool m_cancelled = false;
};

} // namespace td
