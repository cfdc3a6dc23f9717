#include "app/onboarding/ExistingCustomers.h"

#include "app/domain/JsonFields.h"
#include "app/registry/CustomerRegistry.h"

namespace td {

namespace {
const EnumKey<ExistingPolicy> kPolicies[] = {
    {ExistingPolicy::Fail, "fail", QT_TRANSLATE_NOOP("ExistingCustomers", "Refuse registered customers")},
    {ExistingPolicy::Skip, "skip", QT_TRANSLATE_NOOP("ExistingCustomers", "Skip registered customers")},
    {ExistingPolicy::Update, "update",
     QT_TRANSLATE_NOOP("ExistingCustomers", "Update registered customers (same profile, content again)")}};
} // namespace

QString ExistingCustomers::policyName(ExistingPolicy policy)
{
    return enumKey(kPolicies, policy, "fail");
}

QString ExistingCustomers::policyLabel(ExistingPolicy policy)
{
    return enumLabel(kPolicies, policy, "ExistingCustomers");
}

bool ExistingCustomers::policyFromName(const QString &name, ExistingPolicy *policy)
{
    for (const auto &k : kPolicies) {
        if (name.trimmed().compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0) {
            *policy = k.value;
            return true;
        }
    }
    return false;
}

QString ExistingCustomers::conflict(const Customer &registered, const QString &displayName)
{
    if (registered.customerId.isEmpty())
        return {};
    const bool unfinished = registered.status.startsWith(QLatin1String("failed")) ||
                            registered.status == QLatin1String("onboarding");
    if (unfinished && registered.displayName == displayName.trimmed())
        return {};
    QString identity;
    if (registered.identity == Customer::Identity::ServicePrincipal)
        identity = tr("its own service principal connection %1").arg(registered.identityConnectionId);
    else if (registered.profileId.isEmpty())
        identity = tr("no profile yet");
    else
        identity = tr("profile %1").arg(registered.profileId);
    return tr("%1 is already registered (%2, \"%3\", %4)")
        .arg(registered.customerId, identity, registered.displayName, registered.status);
}

QVector<OnboardingRow> ExistingCustomers::apply(const QVector<OnboardingRow> &rows,
                                                const CustomerRegistry &registry, const QString &connectionId,
                                                ExistingPolicy policy)
{
    QVector<OnboardingRow> out = rows;
    for (OnboardingRow &row : out) {
        if (!row.ok())
            continue;
        const Customer registered = registry.find(connectionId, row.customerId);
        const QString why = conflict(registered, row.displayName);
        if (why.isEmpty())
            continue;
        if (policy == ExistingPolicy::Skip) {
            row.skipped = tr("line %1: skipped: %2").arg(row.line).arg(why);
        } else if (policy == ExistingPolicy::Fail) {
            row.error = tr("line %1: %2; to go on, skip or update the registered customers "
                           "(--existing skip|update)")
                            .arg(row.line)
                            .arg(why);
        } else if (registered.identity == Customer::Identity::ServicePrincipal) {
            row.error = tr("line %1: %2: a customer with its own service principal is not updated by "
                           "onboarding")
                            .arg(row.line)
                            .arg(why);
        } else {
            row.update = true;
            row.profileId = registered.profileId;
            row.workspaceId = registered.profileId.isEmpty() ? QString() : registered.workspaceIds.value(0);
        }
    }
    return out;
}

} // namespace td
