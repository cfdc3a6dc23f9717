#include "app/registry/DemoRegistrySeed.h"

#include "app/health/RegistryDriftRule.h"
#include "app/registry/CustomerRegistry.h"

namespace td {

int DemoRegistrySeed::seedIfEmpty(CustomerRegistry &registry, const QString &connectionId,
                                  const QVector<DemoRegistryProfile> &profiles, QString *error)
{
    if (!registry.list(connectionId).isEmpty())
        return 0;
    int added = 0;
    auto add = [&](Customer c) {
        c.connectionId = connectionId;
        c.identity = Customer::Identity::Profile;
        if (registry.add(c, error))
            ++added;
    };
    for (const DemoRegistryProfile &p : profiles) {
        const QString customerId = RegistryDriftRule::customerIdFromName(p.displayName);
        if (customerId.isEmpty())
            continue;
        Customer c;
        c.customerId = customerId;
        c.displayName = p.displayName;
        c.profileId = p.profileId;
        c.workspaceIds = p.workspaceIds;
        add(c);
    }
    Customer gone;
    gone.customerId = missingCustomerId();
    gone.displayName = tr("C0099 – Former customer (profile deleted)");
    gone.profileId = missingProfileId();
    add(gone);
    return added;
}

} // namespace td
