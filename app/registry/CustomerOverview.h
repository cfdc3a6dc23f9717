#pragma once
#include <QString>
#include <QStringList>
#include <QVector>

#include "app/registry/Customer.h"

namespace td {

class InventoryStore;
struct HealthFinding;

// One row of the customers home: a registry entry joined with what the inventory knows of its identity
// (workspaces, their capacities and regions) and the findings of the last health check; or a profile of
// the inventory that no registry entry names. What no store knows stays unknown (-1 / empty).
struct CustomerOverviewRow
{
    bool registered = true; // false: a profile of the inventory without a registry entry
    QString customerId;     // "" when not registered
    QString displayName;    // the registry's, else the profile's
    Customer::Identity identity = Customer::Identity::Profile;
    QString profileId;
    QString identityConnectionId;        // Identity::ServicePrincipal
    QString status;                      // the registry's ("active", "failed", ...); "" when not registered
    bool inventoryKnown = false;         // the connection has been crawled
    bool profileFound = false;           // the inventory holds the profile (when inventoryKnown)
    int workspaceCount = -1;             // -1: not known
    bool workspacesFromRegistry = false; // the count is the registry's list (no inventory of them)
    QStringList workspaceIds;
    QStringList workspaceNames;
    QStringList capacities;      // distinct capacity names of its workspaces
    QStringList regions;         // distinct regions of those capacities
    bool sharedCapacity = false; // one of its workspaces is on shared capacity
    int findings = -1;           // -1: no health check in this session

    QString key() const; // stable across rebuilds: "c:<customer id>" or "p:<profile id>", lower case
    // Worth a look: a failed onboarding, no registry entry, its profile gone, or health findings.
    bool needsAttention() const;
};

class CustomerOverview
{
public:
    // customers: the registry's entries of connectionId. inventory may be null or hold no crawl of the
    // connection; findings null = no health check yet. Registered rows first (registry order), then the
    // inventory's other profiles by name.
    static QVector<CustomerOverviewRow> build(const QVector<Customer> &customers,
                                              const InventoryStore *inventory, const QString &connectionId,
                                              const QVector<HealthFinding> *findings);
};

} // namespace td
