#pragma once
#include <QObject>

#include "app/api/PagedApiCall.h"
#include "app/api/ApiCall.h"
#include "app/domain/Types.h"

namespace td {

class RequestScheduler;

// Typed entry points over the scheduler; paths and bodies exactly as docs/powerbi-rest/API-NOTES.md
// gives them.
// profileId empty = as the service principal; otherwise the request carries X-PowerBI-Profile-Id.
// Jobs complete through their finished() signal; parse with T::fromJson / parseList<T>().
class PowerBiClient : public QObject
{
    Q_OBJECT
public:
    explicit PowerBiClient(RequestScheduler *scheduler, QObject *parent = nullptr);
    RequestScheduler *scheduler() const { return m_scheduler; }

    // Profiles (always as the service principal; never with the profile header)
    PagedApiCall *listProfiles(int pageSize = 1000);
    ApiCall *createProfile(const QString &displayName);
    ApiCall *getProfile(const QString &profileId);
    ApiCall *updateProfile(const QString &profileId, const QString &displayName);
    ApiCall *deleteProfile(const QString &profileId);

    // Groups (workspaces)
    PagedApiCall *listGroups(const QString &asProfileId, const QString &odataFilter = {}, int pageSize = 1000);
    ApiCall *createGroup(const QString &asProfileId, const QString &name);
    ApiCall *getGroup(const QString &asProfileId, const QString &groupId);
    ApiCall *updateGroup(const QString &asProfileId, const QString &groupId, const QString &newName);
    ApiCall *deleteGroup(const QString &asProfileId, const QString &groupId);

    // Group users (access)
    PagedApiCall *listGroupUsers(const QString &asProfileId, const QString &groupId);
    ApiCall *addGroupUser(const QString &asProfileId, const QString &groupId, const GroupUser &user);
    ApiCall *updateGroupUser(const QString &asProfileId, const QString &groupId, const GroupUser &user);
    ApiCall *deleteGroupUser(const QString &asProfileId, const QString &groupId, const QString &identifier,
                                const QString &memberProfileId = {});

    // Items in a group (un-paged lists: one GET, "value" array)
    PagedApiCall *listReports(const QString &asProfileId, const QString &groupId);
    PagedApiCall *listDatasets(const QString &asProfileId, const QString &groupId);
    PagedApiCall *listDashboards(const QString &asProfileId, const QString &groupId);
    PagedApiCall *listDataflows(const QString &asProfileId, const QString &groupId);

    // Capacities
    PagedApiCall *listCapacities(const QString &asProfileId = {});

private:
    RequestScheduler *m_scheduler;
};

} // namespace td
