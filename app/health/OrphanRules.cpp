#include "app/health/OrphanRules.h"

namespace td {

QVector<HealthFinding> OrphanProfileRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const InvProfile &p : s.profiles) {
        if (s.unlistedProfiles.contains(p.id) || !s.workspacesByProfile.value(p.id).isEmpty())
            continue;
        HealthFinding f = finding(tr("Profile %1 has no workspace: a customer that was never finished or was "
                                     "offboarded only in part.")
                                      .arg(p.displayName),
                                  {profile(s, p.id)});
        f.fix.action = HealthFix::Action::DeleteProfile;
        f.fix.targetId = p.id;
        f.fix.targetName = p.displayName;
        f.fix.preview = tr("Delete profile %1 (%2). It has no workspace; this cannot be undone.")
                            .arg(p.displayName, p.id);
        if (const Customer *c = s.customerOfProfile(p.id)) {
            f.fix.registryCustomerId = c->customerId;
            f.fix.preview +=
                QLatin1Char(' ') + tr("Registry entry %1 is then marked offboarded.").arg(c->customerId);
        }
        out.append(f);
    }
    return out;
}

QVector<HealthFinding> OrphanWorkspaceRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        if (!s.access.contains(ws) || s.isCustomerWorkspace(ws))
            continue; // not listed, or a profile is there (profile-not-admin covers a non-Admin one)
        QStringList admins;
        for (const InvAccess &a : s.access.value(ws)) {
            if (a.role.compare(QLatin1String("Admin"), Qt::CaseInsensitive) == 0)
                admins.append(a.displayName.isEmpty() ? a.identifier : a.displayName);
        }
        HealthFinding f =
            finding(tr("No profile has access to workspace %1 (Admins: %2): no customer identity "
                       "owns it. Workspaces of the pre-profile app wait for their migration; "
                       "others are left over from an offboarding.")
                        .arg(s.workspaceName(ws), admins.join(QStringLiteral(", "))),
                    {workspace(s, ws)});
        f.advice =
            tr("Migrate it to its customer's profile (add the profile as Admin in Access), or delete it "
               "once nobody uses it.");
        out.append(f);
    }
    return out;
}

} // namespace td
