#pragma once
#include <QObject>

#include "api/PagedJob.h"
#include "api/RequestJob.h"
#include "domain/Types.h"

namespace td {

class RequestScheduler;

// Typed entry points over the scheduler; paths and bodies exactly as ENDPOINTS.md gives them.
// profileId empty = as the service principal; otherwise the request carries X-PowerBI-Profile-Id.
// Jobs complete through their finished() signal; parse with T::fromJson / parseList<T>().
class PowerBiClient : public QObject
{
    Q_OBJECT
public:
    explicit PowerBiClient(RequestScheduler *scheduler, QObject *parent = nullptr);
    RequestScheduler *scheduler() const { return m_scheduler; }

    // Profiles (always as the service principal; never with the profile header)
    PagedJob *listProfiles(int pageSize = 1000);
    RequestJob *createProfile(const QString &displayName);
    RequestJob *getProfile(const QString &profileId);
    RequestJob *updateProfile(const QString &profileId, const QString &displayName);
    RequestJob *deleteProfile(const QString &profileId);

    // Groups (workspaces)
    PagedJob *listGroups(const QString &asProfileId, const QString &odataFilter = {}, int pageSize = 1000);
    RequestJob *createGroup(const QString &asProfileId, const QString &name);
    RequestJob *getGroup(const QString &asProfileId, const QString &groupId);
    RequestJob *updateGroup(const QString &asProfileId, const QString &groupId, const QString &newName);
    RequestJob *deleteGroup(const QString &asProfileId, const QString &groupId);

    // Group users (access)
    PagedJob *listGroupUsers(const QString &asProfileId, const QString &groupId);
    RequestJob *addGroupUser(const QString &asProfileId, const QString &groupId, const GroupUser &user);
    RequestJob *updateGroupUser(const QString &asProfileId, const QString &groupId, const GroupUser &user);
    RequestJob *deleteGroupUser(const QString &asProfileId, const QString &groupId, const QString &identifier,
                                const QString &memberProfileId = {});

    // Items in a group (un-paged lists: one GET, "value" array)
    PagedJob *listReports(const QString &asProfileId, const QString &groupId);
    PagedJob *listDatasets(const QString &asProfileId, const QString &groupId);
    PagedJob *listDashboards(const QString &asProfileId, const QString &groupId);
    PagedJob *listDataflows(const QString &asProfileId, const QString &groupId);

    // Capacities
    PagedJob *listCapacities(const QString &asProfileId = {});

private:
    RequestScheduler *m_scheduler;
};

} // namespace td
