#include "app/health/AccessRules.h"
#include "app/health/CapacityRules.h"
#include "app/health/ModelRules.h"
#include "app/health/OrphanRules.h"
#include "app/health/RegistryDriftRule.h"

namespace td {

HealthRuleSet::HealthRuleSet()
{
    m_rules.push_back(std::make_unique<ProfileNotAdminRule>());
    m_rules.push_back(std::make_unique<ParentSpStillMemberRule>());
    m_rules.push_back(std::make_unique<LeftoverUserRule>());
    m_rules.push_back(std::make_unique<NoCapacityRule>());
    m_rules.push_back(std::make_unique<ProfileWorkspaceLimitRule>());
    m_rules.push_back(std::make_unique<OrphanProfileRule>());
    m_rules.push_back(std::make_unique<OrphanWorkspaceRule>());
    m_rules.push_back(std::make_unique<RegistryDriftRule>());
    m_rules.push_back(std::make_unique<RefreshFailedRule>());
    m_rules.push_back(std::make_unique<MissingCredentialsRule>());
    m_rules.push_back(std::make_unique<SharedWorkspaceRule>());
}

HealthRuleSet::~HealthRuleSet() = default;

QStringList HealthRuleSet::ids() const
{
    QStringList out;
    for (const auto &r : m_rules)
        out.append(r->id());
    return out;
}

const HealthRule *HealthRuleSet::find(const QString &id) const
{
    for (const auto &r : m_rules) {
        if (r->id() == id)
            return r.get();
    }
    return nullptr;
}

QVector<HealthFinding> HealthRuleSet::evaluate(const HealthSnapshot &snapshot) const
{
    QVector<HealthFinding> out;
    for (const auto &r : m_rules)
        out += r->check(snapshot);
    return out;
}

} // namespace td
