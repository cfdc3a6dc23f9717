#pragma once
#include <QCoreApplication>
#include <QString>

namespace td {

class InventoryStore;

// The warning of the delete-profile confirmation: how many workspaces the profile administers (an Admin
// entry for the profile in the workspace's access list) and in how many it is the only Admin (they become
// orphans). Counts come from the inventory cache; where no access list is known it says so.
class ProfileDeleteWarning
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDeleteWarning)
public:
    int seen = -1; // workspaces the profile sees; -1 = could not be listed
    int administers = 0;
    int soleAdmin = 0; // of those, where no other member is an Admin
    int unknown = 0;   // seen, but the access list is not known
    bool fromInventory = false;

    static ProfileDeleteWarning fromCache(const InventoryStore &store, const QString &connectionId,
                                          const QString &profileId);
    static ProfileDeleteWarning fromSeenCount(int seen); // live list only: roles unknown
    QString text() const;                                // empty when there is nothing to warn about
};

} // namespace td
