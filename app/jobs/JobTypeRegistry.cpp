#include "app/jobs/JobTypeRegistry.h"

namespace td {

void JobTypeRegistry::registerType(const QString &type, const JobPlanFactory &factory)
{
    m_factories.insert(type, factory);
}

QVector<JobStep> JobTypeRegistry::plan(const QString &type, const QJsonObject &jobParams,
                                       const QJsonObject &itemParams) const
{
    const auto it = m_factories.constFind(type);
    if (it == m_factories.constEnd() || !it.value())
        return {};
    return it.value()(jobParams, itemParams);
}

} // namespace td
