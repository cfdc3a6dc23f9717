#pragma once
#include <QHash>
#include <QStringList>

#include "app/jobs/JobStep.h"

namespace td {

// Job types known to one JobEngine: type name -> plan factory. Register every type before jobs of that
// type are submitted or resumed (a journaled job of an unknown type cannot resume).
class JobTypeRegistry
{
public:
    void registerType(const QString &type, const JobPlanFactory &factory); // replaces an earlier one
    bool contains(const QString &type) const { return m_factories.contains(type); }
    QStringList types() const { return m_factories.keys(); }
    // The item's steps; empty when the type is unknown.
    QVector<JobStep> plan(const QString &type, const QJsonObject &jobParams,
                          const QJsonObject &itemParams) const;

private:
    QHash<QString, JobPlanFactory> m_factories;
};

} // namespace td
