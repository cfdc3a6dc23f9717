#include "app/health/RegistryDriftRule.h"

#include <QRegularExpression>

namespace td {

QString RegistryDriftRule::customerIdFromName(const QString &displayName)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\S+)\\s+[-\u2013\u2014]\\s+\\S"));
    const QRegularExpressionMatch m = re.match(displayName);
    if (!m.hasMatch() || !Customer::isValidCustomerId(m.captured(1)))
        return QString();
    return m.captured(1);
}

QStringList RegistryDriftRule::ownedWorkspaces(const HealthSnapshot &s, const QString &profileId) const
{
    QStringList out;
    for (const QString &ws : s.workspacesByProfile.value(profileId)) {
        if (s.ownerOf(ws) == profileId && !out.contains(ws))
            out.append(ws);
    }
    out.sort();
    return out;
}

void RegistryDriftRule::checkEntry(const HealthSnapshot &s, const Customer &c,
                                   QVector<HealthFinding> *out) const
{
    const HealthObject entry{QStringLiteral("registry-entry"), c.customerId, c.displayName};
    const QString profileId = c.profileId.toLower();
    if (s.profileName(profileId).isEmpty()) {
        HealthFinding f = finding(
            tr("Registry entry %1 names profile %2, which no longer exists.").arg(c.customerId, c.profileId),
            {entry, {QStringLiteral("profile"), profileId, QString()}});
        f.fix.action = HealthFix::Action::RegistryOffboard;
        f.fix.targetId = c.customerId;
        f.fix.targetName = c.displayName;
        f.fix.preview = tr("Mark registry entry %1 as offboarded (the entry is kept).").arg(c.customerId);
        out->append(f);
        return;
    }
    if (s.unlistedProfiles.contains(profileId))
        return;
    QStringList kept, gone;
    for (const QString &w : c.workspaceIds)
        (s.workspaces.contains(w.toLower()) ? kept : gone).append(w.toLower());
    QStringList missing;
    QStringList wanted = kept;
    for (const QString &w : ownedWorkspaces(s, profileId)) {
        if (!wanted.contains(w)) {
            wanted.append(w);
            missing.append(w);
        }
    }
    if (gone.isEmpty() && missing.isEmpty())
        return;
    QStringList why;
    if (!gone.isEmpty())
        why.append(tr("names %n workspace(s) that no longer exist (%1)", nullptr, int(gone.size()))
                       .arg(gone.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        why.append(tr("does not list %n workspace(s) its profile owns", nullptr, int(missing.size())));
    HealthFinding f = finding(tr("Registry entry %1 %2.").arg(c.customerId, why.join(tr(" and "))),
                              {entry, profile(s, profileId)});
    f.fix.action = HealthFix::Action::RegistrySetWorkspaces;
    f.fix.targetId = c.customerId;
    f.fix.targetName = c.displayName;
    f.fix.workspaceIds = wanted;
    f.fix.preview = tr("Set the workspaces of registry entry %1 to the %n workspace(s) that exist and belong "
                       "to its profile.",
                       nullptr, int(wanted.size()))
                        .arg(c.customerId);
    out->append(f);
}

QVector<HealthFinding> RegistryDriftRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    if (!s.registryAvailable)
        return out;
    for (const Customer &c : s.customers) {
        if (c.identity == Customer::Identity::Profile)
            checkEntry(s, c, &out);
    }
    for (const InvProfile &p : s.profiles) {
        if (s.customerOfProfile(p.id))
            continue;
        HealthFinding f =
            finding(tr("Profile %1 has no entry in the customer registry: TenantDesk cannot tell "
                       "which customer it serves.")
                        .arg(p.displayName),
                    {profile(s, p.id)});
        const QString customerId = customerIdFromName(p.displayName);
        bool taken = customerId.isEmpty();
        for (const Customer &c : s.customers)
            taken = taken || c.customerId.compare(customerId, Qt::CaseInsensitive) == 0;
        if (!taken) {
            f.fix.action = HealthFix::Action::RegistryAdd;
            f.fix.targetId = customerId;
            f.fix.targetName = p.displayName;
            f.fix.memberProfileId = p.id;
            f.fix.workspaceIds = ownedWorkspaces(s, p.id);
            f.fix.preview = tr("Add registry entry %1 for profile %2 with its %n workspace(s).", nullptr,
                               int(f.fix.workspaceIds.size()))
                                .arg(customerId, p.displayName);
        } else {
            f.advice = tr("Add the customer to the registry (Customers import, or tenantdesk-cli customers "
                          "import) with this profile id.");
        }
        out.append(f);
    }
    return out;
}

} // namespace td
