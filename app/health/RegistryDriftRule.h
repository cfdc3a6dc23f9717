#pragma once
#include "app/health/HealthRule.h"

namespace td {

// registry-drift: the customer registry names a profile or workspace that no longer exists, misses a
// workspace its customer's profile owns, or a profile has no registry entry. Fixes change the registry
// only (never Power BI): an entry whose profile is gone is marked "offboarded" (kept, not deleted).
class RegistryDriftRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(RegistryDriftRule)
public:
    QString id() const override { return QStringLiteral("registry-drift"); }
    QString title() const override { return tr("Customer registry out of step"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
    // "C0001 – Fabrikam" -> "C0001" (the text before a dash, when it is a valid customer id).
    static QString customerIdFromName(const QString &displayName);

private:
    void checkEntry(const HealthSnapshot &s, const Customer &c, QVector<HealthFinding> *out) const;
    QStringList ownedWorkspaces(const HealthSnapshot &s, const QString &profileId) const;
};

} // namespace td
