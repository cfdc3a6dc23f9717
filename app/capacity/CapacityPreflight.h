#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

#include "app/api/ApiError.h"
#include "app/capacity/CapacityTypes.h"
#include "app/capacity/PreflightRules.h"

namespace td {

class ConnectionSession;
class PagedApiCall;
class ApiCall;
struct ApiResponse;
struct ListResult;

// The pre-flight of a capacity assignment. Reads only (nothing is written):
//   1. GET capacities as the service principal (the target, and every current capacity's region);
//   2. per workspace, finds an identity that sees it (the hinted profile, else the SP, else each
//      profile of the SP: GET groups as each), then GET groups/{id}/users to learn which of the
//      connection's identities is Admin (a profile first, else the SP): the identity the move is made as;
//   3. GET capacities as that identity (once per identity) for its right on the target;
//   4. PreflightRules::evaluate per workspace.
// One completion path: finished(error); error None = plan() is ready (a per-workspace problem is a
// finding, not an error). An error means the pre-flight as a whole could not run (e.g. no token).
class CapacityPreflight : public QObject
{
    Q_OBJECT
public:
    explicit CapacityPreflight(ConnectionSession *session, QObject *parent = nullptr);
    ~CapacityPreflight() override;

    void setWorkspaces(const QVector<AssignTarget> &workspaces); // workspaceId required, the rest hints
    void setWorkspaceIds(const QStringList &workspaceIds);
    void setTargetCapacityId(const QString &capacityId); // "" or the empty GUID = shared capacity
    void setEstimateParams(const PlanEstimateParams &params) { m_estimate = params; }

    void start();
    void cancel(); // finishes with a Cancelled error
    bool isRunning() const { return m_running; }

    const CapacityPlan &plan() const { return m_plan; }
    // Every capacity the service principal sees (for a target picker), after finished().
    const QVector<CapacityInfo> &capacities() const { return m_spCapacities; }

Q_SIGNALS:
    void progress(int done, int total); // workspaces checked
    void finished(const td::ApiError &error);

private:
    struct Work;
    void loadSpCapacities();
    void loadProfileIndex(const std::function<void()> &then);
    void profileIndexReady();
    void track(PagedApiCall *job, const std::function<void(const ListResult &)> &then);
    void track(ApiCall *job, const std::function<void(const ApiResponse &)> &then);
    void pump();
    void checkWorkspace(int index);
    void findVisible(int index, const QString &identity);
    void readAccess(int index, const QString &seenAs);
    void loadCallerCapacities(int index);
    void conclude(int index);
    void complete(const ApiError &error);
    void cancelInFlight();
    CapacityInfo spCapacity(const QString &id, bool *found) const;

    QPointer<ConnectionSession> m_session;
    QVector<AssignTarget> m_input;
    QString m_targetId;
    PlanEstimateParams m_estimate;
    const int m_maxInFlight = 4; // workspaces checked at once
    bool m_running = false;
    CapacityPlan m_plan;
    QVector<CapacityInfo> m_spCapacities;
    QStringList m_profileIds;
    QHash<QString, QString> m_profileIndex; // workspace id (lower) -> a profile that sees it
    int m_pendingProfileLists = 0;
    QVector<QPointer<PagedApiCall>> m_lists;
    QVector<QPointer<ApiCall>> m_requests;
    bool m_profilesLoaded = false;
    QVector<std::function<void()>> m_waitingForProfiles;
    QHash<QString, QVector<CapacityInfo>> m_capacitiesByIdentity; // "" = the SP
    QHash<QString, QVector<int>> m_waitingForCapacities;
    QVector<Work *> m_work;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QObject *m_calls = nullptr; // parent of the requests in flight: deleting it drops their callbacks
};

} // namespace td
