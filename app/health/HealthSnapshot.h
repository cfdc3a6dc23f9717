#pragma once
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include "app/domain/ContentTypes.h"
#include "app/inventory/InventoryTypes.h"
#include "app/registry/Customer.h"

namespace td {

class InventoryStore;

// One semantic model and what its last refresh said (from the refresh history, newest first).
struct HealthModel
{
    QString workspaceId;
    QString datasetId;
    QString name;
    QString asProfileId; // the identity the history was read as ("" = the service principal)
    bool hasHistory = false;
    RefreshEntry last;
};

// Everything the rules look at, gathered for one connection: the inventory just crawled, the models'
// last refreshes, and the customer registry's entries for the connection. Ids are lower case.
struct HealthSnapshot
{
    QString connectionId;
    QString spObjectId;
    QVector<InvProfile> profiles;
    QHash<QString, QStringList> workspacesByProfile; // profile id ("" = the SP) -> workspace ids
    QHash<QString, InvWorkspace> workspaces;         // every distinct workspace
    QHash<QString, QVector<InvAccess>> access;       // workspaces whose user list was read
    QHash<QString, InvCapacity> capacities;
    QVector<HealthModel> models;
    QVector<Customer> customers; // this connection's registry entries
    bool registryAvailable = false;
    QSet<QString> unlistedProfiles; // profiles whose workspace list failed: no orphan/limit verdict

    // Reads the inventory of connectionId (profiles, workspaces per identity, access, capacities). Without
    // spObjectId (a connection saved without it), the object id its profiles' access entries carry.
    static HealthSnapshot fromInventory(const InventoryStore &store, const QString &connectionId,
                                        const QString &spObjectId);

    QStringList workspaceIdsByName() const; // every distinct workspace, sorted by name (stable output)
    QString profileName(const QString &profileId) const;
    QString workspaceName(const QString &workspaceId) const;
    QStringList profilesOn(const QString &workspaceId) const; // profile ids in its access list
    QString roleOf(const QString &workspaceId, const QString &profileId) const; // "" = no access
    bool spIsMember(const QString &workspaceId) const; // the SP itself (not one of its profiles)
    QString spRole(const QString &workspaceId) const;
    bool isCustomerWorkspace(const QString &workspaceId) const { return !profilesOn(workspaceId).isEmpty(); }
    // The profile the workspace belongs to: the registry's, else the one named like the workspace, else
    // its only Admin profile, else its only profile; "" when that cannot be told.
    QString ownerOf(const QString &workspaceId) const;
    // An identity that can change the workspace's access: the owner when Admin, another Admin profile,
    // else the SP when it is Admin. Sets *found = false when none (no API fix possible).
    QString adminIdentity(const QString &workspaceId, bool *found) const;
    const Customer *customerOfProfile(const QString &profileId) const;
    const Customer *customerOfWorkspace(const QString &workspaceId) const;
};

} // namespace td
