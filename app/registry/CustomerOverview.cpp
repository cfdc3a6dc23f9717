#include "app/registry/CustomerOverview.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include "app/health/HealthTypes.h"
#include "app/inventory/InventoryStore.h"

namespace td {

namespace {

// What the inventory of one connection says, by lower-case id.
struct InventoryView
{
    bool known = false;
    QHash<QString, QString> profileNames;
    QVector<InvProfile> profiles;             // by name
    QHash<QString, QStringList> workspacesOf; // profile id ("" = the SP) -> workspace ids
    QHash<QString, InvWorkspace> workspaces;  // every distinct workspace
    QHash<QString, InvCapacity> capacities;

    explicit InventoryView(const InventoryStore *store, const QString &connectionId)
    {
        if (!store || !store->isOpen() || !store->lastCrawl(connectionId).isValid())
            return;
        known = true;
        profiles = store->profiles(connectionId);
        for (const InvProfile &p : qAsConst(profiles))
            profileNames.insert(p.id.toLower(), p.displayName);
        for (const InvWorkspace &w : store->workspaces(connectionId)) {
            workspacesOf[w.profileId.toLower()].append(w.id.toLower());
            workspaces.insert(w.id.toLower(), w);
        }
        for (const InvCapacity &c : store->capacities(connectionId))
            capacities.insert(c.id.toLower(), c);
    }
};

bool isShared(const QString &capacityId)
{
    return capacityId.isEmpty() || QUuid::fromString(capacityId).isNull();
}

void addUnique(QStringList *list, const QString &text)
{
    if (!text.isEmpty() && !list->contains(text))
        list->append(text);
}

// Workspaces (names, count), their capacities and regions, from the inventory where it knows them.
void fillWorkspaces(CustomerOverviewRow *row, const InventoryView &inv, const QStringList &registryIds,
                    const QString &registryCapacity)
{
    QStringList ids;
    if (inv.known && row->identity == Customer::Identity::Profile && row->profileFound) {
        ids = inv.workspacesOf.value(row->profileId.toLower());
    } else {
        for (const QString &id : registryIds)
            addUnique(&ids, id.toLower());
        row->workspacesFromRegistry = true;
    }
    row->workspaceIds = ids;
    if (row->workspacesFromRegistry && ids.isEmpty() && !inv.known)
        return; // nothing known
    row->workspaceCount = int(ids.size());
    QStringList capacityIds;
    for (const QString &id : qAsConst(ids)) {
        const auto w = inv.workspaces.constFind(id);
        if (w == inv.workspaces.cend())
            continue;
        addUnique(&row->workspaceNames, w->name);
        if (isShared(w->capacityId))
            row->sharedCapacity = true;
        else
            addUnique(&capacityIds, w->capacityId.toLower());
    }
    if (capacityIds.isEmpty() && !registryCapacity.isEmpty() && !isShared(registryCapacity))
        capacityIds.append(registryCapacity.toLower());
    for (const QString &id : qAsConst(capacityIds)) {
        const auto c = inv.capacities.constFind(id);
        addUnique(&row->capacities, c == inv.capacities.cend() ? id : c->displayName);
        if (c != inv.capacities.cend())
            addUnique(&row->regions, c->region);
    }
}

int countFindings(const CustomerOverviewRow &row, const QVector<HealthFinding> &findings)
{
    const QSet<QString> workspaces(row.workspaceIds.cbegin(), row.workspaceIds.cend());
    int n = 0;
    for (const HealthFinding &f : findings) {
        for (const HealthObject &o : f.objects) {
            const QString id = o.id.toLower();
            const bool mine = (o.kind == QLatin1String("profile") && !row.profileId.isEmpty() &&
                               id == row.profileId.toLower()) ||
                              (o.kind == QLatin1String("workspace") && workspaces.contains(id)) ||
                              (o.kind == QLatin1String("registry-entry") && row.registered &&
                               id == row.customerId.toLower());
            if (mine) {
                ++n;
                break;
            }
        }
    }
    return n;
}

} // namespace

QString CustomerOverviewRow::key() const
{
    return registered ? QStringLiteral("c:") + customerId.toLower()
                      : QStringLiteral("p:") + profileId.toLower();
}

bool CustomerOverviewRow::needsAttention() const
{
    const bool profileGone =
        inventoryKnown && identity == Customer::Identity::Profile && !profileId.isEmpty() && !profileFound;
    return !registered || status == QLatin1String("failed") || profileGone || findings > 0;
}

QVector<CustomerOverviewRow> CustomerOverview::build(const QVector<Customer> &customers,
                                                     const InventoryStore *inventory,
                                                     const QString &connectionId,
                                                     const QVector<HealthFinding> *findings)
{
    const InventoryView inv(inventory, connectionId);
    QVector<CustomerOverviewRow> rows;
    QSet<QString> registeredProfiles;
    for (const Customer &c : customers) {
        CustomerOverviewRow row;
        row.customerId = c.customerId;
        row.displayName = c.displayName;
        row.identity = c.identity;
        row.profileId = c.profileId.toLower();
        row.identityConnectionId = c.identityConnectionId;
        row.status = c.status;
        row.inventoryKnown = inv.known;
        row.profileFound = !row.profileId.isEmpty() && inv.profileNames.contains(row.profileId);
        if (!row.profileId.isEmpty())
            registeredProfiles.insert(row.profileId);
        fillWorkspaces(&row, inv, c.workspaceIds, c.capacityId);
        rows.append(row);
    }
    for (const InvProfile &p : inv.profiles) {
        if (registeredProfiles.contains(p.id.toLower()))
            continue;
        CustomerOverviewRow row;
        row.registered = false;
        row.displayName = p.displayName;
        row.profileId = p.id.toLower();
        row.inventoryKnown = true;
        row.profileFound = true;
        fillWorkspaces(&row, inv, {}, {});
        rows.append(row);
    }
    if (findings) {
        for (CustomerOverviewRow &row : rows)
            row.findings = countFindings(row, *findings);
    }
    return rows;
}

} // namespace td
