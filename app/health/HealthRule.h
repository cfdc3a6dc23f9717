#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <memory>
#include <vector>

#include "app/health/HealthSnapshot.h"
#include "app/health/HealthTypes.h"

namespace td {

// One check of the estate health check. id() is a stable name (CLI, CSV, JSON); check() reads the
// snapshot only (no network): the data is gathered once by HealthCheck.
class HealthRule
{
public:
    virtual ~HealthRule() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated, short
    virtual HealthSeverity severity() const = 0;
    virtual QVector<HealthFinding> check(const HealthSnapshot &snapshot) const = 0;

protected:
    HealthFinding finding(const QString &explanation, const QVector<HealthObject> &objects) const
    {
        HealthFinding f;
        f.ruleId = id();
        f.severity = severity();
        f.explanation = explanation;
        f.objects = objects;
        return f;
    }
    static HealthObject profile(const HealthSnapshot &s, const QString &id)
    {
        return {QStringLiteral("profile"), id, s.profileName(id)};
    }
    static HealthObject workspace(const HealthSnapshot &s, const QString &id)
    {
        return {QStringLiteral("workspace"), id, s.workspaceName(id)};
    }
};

// Every rule, in the order findings are listed.
class HealthRuleSet
{
public:
    HealthRuleSet();
    ~HealthRuleSet();
    const std::vector<std::unique_ptr<HealthRule>> &rules() const { return m_rules; }
    QStringList ids() const;
    const HealthRule *find(const QString &id) const;
    QVector<HealthFinding> evaluate(const HealthSnapshot &snapshot) const;

private:
    std::vector<std::unique_ptr<HealthRule>> m_rules;
};

} // namespace td
