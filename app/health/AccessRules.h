#pragma once
#include "app/health/HealthRule.h"

// Rules about who has access to customer workspaces (a customer workspace = one a profile has access to).
namespace td {

// profile-not-admin: the profile a workspace belongs to is not its Admin.
class ProfileNotAdminRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(ProfileNotAdminRule)
public:
    QString id() const override { return QStringLiteral("profile-not-admin"); }
    QString title() const override { return tr("Profile is not Admin of its workspace"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

// parent-sp-still-member: the service principal itself still has a role on a customer workspace.
class ParentSpStillMemberRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(ParentSpStillMemberRule)
public:
    QString id() const override { return QStringLiteral("parent-sp-still-member"); }
    QString title() const override { return tr("Parent service principal still has access"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

// leftover-user: a user or group with Admin, Member or Contributor on a customer workspace (for example
// the master user of the pre-profile app). Viewers are not reported.
class LeftoverUserRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(LeftoverUserRule)
public:
    QString id() const override { return QStringLiteral("leftover-user"); }
    QString title() const override { return tr("Leftover user account on a customer workspace"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

// shared-workspace: profiles of two customers on one workspace (a data-separation risk).
class SharedWorkspaceRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(SharedWorkspaceRule)
public:
    QString id() const override { return QStringLiteral("shared-workspace"); }
    QString title() const override { return tr("Workspace shared by several customers"); }
    HealthSeverity severity() const override { return HealthSeverity::Error; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

} // namespace td
