#pragma once
#include "app/health/HealthRule.h"

namespace td {

// no-capacity: a customer workspace on shared capacity, or on a capacity that is not Active.
class NoCapacityRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(NoCapacityRule)
public:
    QString id() const override { return QStringLiteral("no-capacity"); }
    QString title() const override { return tr("Customer workspace without an active capacity"); }
    HealthSeverity severity() const override { return HealthSeverity::Error; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
    // The Active capacity a fix moves the workspace to: the same region as fromCapacityId when there is
    // one, else the first by name. "" when no Active capacity is visible.
    static QString pickCapacity(const HealthSnapshot &s, const QString &fromCapacityId);
};

// profile-workspace-limit: a profile with 900 or more workspaces (a profile may have 1,000).
class ProfileWorkspaceLimitRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(ProfileWorkspaceLimitRule)
public:
    static constexpr int Threshold = 900;
    static constexpr int Limit = 1000;
    QString id() const override { return QStringLiteral("profile-workspace-limit"); }
    QString title() const override { return tr("Profile close to the workspace limit"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

} // namespace td
