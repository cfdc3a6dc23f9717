#pragma once
#include "app/health/HealthRule.h"

namespace td {

// refresh-failed: the last refresh of a semantic model failed (for a reason other than missing
// credentials, which missing-credentials reports).
class RefreshFailedRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(RefreshFailedRule)
public:
    QString id() const override { return QStringLiteral("refresh-failed"); }
    QString title() const override { return tr("Last refresh failed"); }
    HealthSeverity severity() const override { return HealthSeverity::Warning; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

// missing-credentials: a semantic model's data sources have no credentials (the service said so on the
// last refresh: ModelRefreshFailed_CredentialsNotSpecified).
class MissingCredentialsRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(MissingCredentialsRule)
public:
    static QString errorCode() { return QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified"); }
    QString id() const override { return QStringLiteral("missing-credentials"); }
    QString title() const override { return tr("Data sources without credentials"); }
    HealthSeverity severity() const override { return HealthSeverity::Error; }
    QVector<HealthFinding> check(const HealthSnapshot &s) const override;
};

} // namespace td
