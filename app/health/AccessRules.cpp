#include "app/health/AccessRules.h"

namespace td {

namespace {
bool isRole(const QString &role, const char *name)
{
    return role.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

QString identityText(const HealthSnapshot &s, const QString &profileId)
{
    return profileId.isEmpty()
               ? QCoreApplication::translate("Health", "the service principal")
               : QCoreApplication::translate("Health", "profile %1").arg(s.profileName(profileId));
}

QString adminsText(const HealthSnapshot &s, const QString &workspaceId)
{
    QStringList admins;
    for (const InvAccess &a : s.access.value(workspaceId)) {
        if (isRole(a.role, "Admin"))
            admins.append(a.displayName.isEmpty() ? a.identifier : a.displayName);
    }
    return admins.join(QStringLiteral(", "));
}
} // namespace

QVector<HealthFinding> ProfileNotAdminRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        const QString owner = s.ownerOf(ws);
        if (owner.isEmpty())
            continue;
        const QString role = s.roleOf(ws, owner);
        if (isRole(role, "Admin"))
            continue;
        HealthFinding f = finding(tr("Profile %1 is only %2 of its workspace %3: it cannot manage access, "
                                     "capacity or settings of its own content.")
                                      .arg(s.profileName(owner), role, s.workspaceName(ws)),
                                  {profile(s, owner), workspace(s, ws)});
        bool found = false;
        const QString as = s.adminIdentity(ws, &found);
        if (found) {
            f.fix.action = HealthFix::Action::SetAdmin;
            f.fix.asProfileId = as;
            f.fix.workspaceId = ws;
            f.fix.memberProfileId = owner;
            f.fix.identifier = s.spObjectId;
            f.fix.targetName = s.profileName(owner);
            f.fix.preview = tr("Make profile %1 Admin of workspace %2 (as %3).")
                                .arg(s.profileName(owner), s.workspaceName(ws), identityText(s, as));
        } else {
            f.advice =
                tr("No identity of this connection is Admin there. Ask an Admin (%1) to give the profile "
                   "the Admin role, then remove the Admins that should not stay.")
                    .arg(adminsText(s, ws));
        }
        out.append(f);
    }
    return out;
}

QVector<HealthFinding> ParentSpStillMemberRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        if (!s.isCustomerWorkspace(ws) || !s.spIsMember(ws))
            continue;
        HealthFinding f = finding(
            tr("The service principal itself is still %1 of customer workspace %2. Once the profile has "
               "access, calls without the profile header still reach this customer's content.")
                .arg(s.spRole(ws), s.workspaceName(ws)),
            {workspace(s, ws), {QStringLiteral("service-principal"), s.spObjectId, QString()}});
        bool found = false;
        const QString as = s.adminIdentity(ws, &found);
        if (found && !as.isEmpty()) { // a profile must stay Admin after the SP goes
            f.fix.action = HealthFix::Action::RemoveMember;
            f.fix.asProfileId = as;
            f.fix.workspaceId = ws;
            f.fix.identifier = s.spObjectId;
            f.fix.targetName = tr("the service principal");
            f.fix.preview = tr("Remove the service principal from workspace %1 (as %2).")
                                .arg(s.workspaceName(ws), identityText(s, as));
        } else {
            f.advice = tr("No profile is Admin there yet: make the customer's profile Admin first "
                          "(profile-not-admin), then remove the service principal.");
        }
        out.append(f);
    }
    return out;
}

QVector<HealthFinding> LeftoverUserRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        if (!s.isCustomerWorkspace(ws))
            continue;
        for (const InvAccess &a : s.access.value(ws)) {
            const bool person = isRole(a.principalType, "User") || isRole(a.principalType, "Group");
            if (!person || isRole(a.role, "Viewer"))
                continue;
            HealthFinding f =
                finding(tr("%1 %2 is still %3 of customer workspace %4. Accounts of the pre-profile app (a "
                           "master user) "
                           "keep reports working and hide problems of the profile's own access.")
                            .arg(a.principalType, a.identifier, a.role, s.workspaceName(ws)),
                        {{QStringLiteral("user"), a.identifier, a.displayName}, workspace(s, ws)});
            bool found = false;
            const QString as = s.adminIdentity(ws, &found);
            if (found) {
                f.fix.action = HealthFix::Action::RemoveMember;
                f.fix.asProfileId = as;
                f.fix.workspaceId = ws;
                f.fix.identifier = a.identifier;
                f.fix.targetName = a.identifier;
                f.fix.preview = tr("Remove %1 from workspace %2 (as %3).")
                                    .arg(a.identifier, s.workspaceName(ws), identityText(s, as));
            } else {
                f.advice = tr("No identity of this connection is Admin there: make the profile Admin first "
                              "(profile-not-admin), or ask %1 to remove the account.")
                               .arg(adminsText(s, ws));
            }
            out.append(f);
        }
    }
    return out;
}

QVector<HealthFinding> SharedWorkspaceRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const QString &ws : s.workspaceIdsByName()) {
        const QStringList onIt = s.profilesOn(ws);
        if (onIt.size() < 2)
            continue;
        const QString owner = s.ownerOf(ws);
        for (const QString &p : onIt) {
            if (p == owner)
                continue;
            HealthFinding f = finding(
                owner.isEmpty()
                    ? tr("Workspace %1 is shared by the profiles of several customers (%2): each can see the "
                         "others' data.")
                          .arg(s.workspaceName(ws))
                          .arg(onIt.size())
                    : tr("Profile %1 is %2 of workspace %3, which belongs to profile %4: that customer can "
                         "see "
                         "another customer's data.")
                          .arg(s.profileName(p), s.roleOf(ws, p), s.workspaceName(ws), s.profileName(owner)),
                {workspace(s, ws), profile(s, p)});
            bool found = false;
            const QString as = s.adminIdentity(ws, &found);
            if (!owner.isEmpty() && found && as != p) {
                f.fix.action = HealthFix::Action::RemoveMember;
                f.fix.asProfileId = as;
                f.fix.workspaceId = ws;
                f.fix.identifier = s.spObjectId;
                f.fix.memberProfileId = p;
                f.fix.targetName = s.profileName(p);
                f.fix.preview = tr("Remove profile %1 from workspace %2 (as %3).")
                                    .arg(s.profileName(p), s.workspaceName(ws), identityText(s, as));
            } else {
                f.advice = tr("Decide which customer the workspace belongs to (the customer registry tells "
                              "TenantDesk), then remove the other profiles from it.");
            }
            out.append(f);
            if (owner.isEmpty())
                break; // one finding for the workspace when no owner is known
        }
    }
    return out;
}

} // namespace td
