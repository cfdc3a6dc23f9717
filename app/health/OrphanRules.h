#pragma once
#include "app/health/HealthRule.h"

namespace td {

// orphan-profile: a profile with no workspace.
class OrphanProfileRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(OrphanProfileRule)
public:
    QString id() const override { return QStringLiteral("orphan-profile"); }
    QString title() const override { return tr("Profile without a workspace"); }
    HealthSeverity severity() const override { return HealthSeverity::Info; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

// orphan-workspace: a workspace no profile has access to (owned by the app or a user only).
class OrphanWorkspaceRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(OrphanWorkspaceRule)
public:
    QString id() const override { return QStringLiteral("orphan-workspace"); }
    QString title() const override { return tr("Workspace without a profile as Admin"); }
    HealthSeverity severity() const override { return HealthSeverity::Info; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

} // namespace td
