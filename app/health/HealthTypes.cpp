#include "app/health/HealthTypes.h"

namespace td {

QString healthSeverityName(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Info:
        return QStringLiteral("info");
    case HealthSeverity::Warning:
        return QStringLiteral("warning");
    case HealthSeverity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString healthSeverityLabel(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Info:
        return QCoreApplication::translate("Health", "Info");
    case HealthSeverity::Warning:
        return QCoreApplication::translate("Health", "Warning");
    case HealthSeverity::Error:
        return QCoreApplication::translate("Health", "Error");
    }
    return QString();
}

QString HealthObject::describe() const
{
    if (name.isEmpty() || name == id)
        return QStringLiteral("%1 %2").arg(kind, id);
    if (id.isEmpty())
        return QStringLiteral("%1 %2").arg(kind, name);
    return QStringLiteral("%1 %2 (%3)").arg(kind, name, id);
}

bool HealthFix::isRegistryFix() const
{
    return action == Action::RegistryOffboard || action == Action::RegistrySetWorkspaces ||
           action == Action::RegistryAdd;
}

QString HealthFix::actionName(Action action)
{
    switch (action) {
    case Action::None:
        return QString();
    case Action::RemoveMember:
        return QStringLiteral("removeMember");
    case Action::SetAdmin:
        return QStringLiteral("setAdmin");
    case Action::DeleteProfile:
        return QStringLiteral("deleteProfile");
    case Action::Refresh:
        return QStringLiteral("refresh");
    case Action::AssignCapacity:
        return QStringLiteral("assignCapacity");
    case Action::RegistryOffboard:
        return QStringLiteral("registryOffboard");
    case Action::RegistrySetWorkspaces:
        return QStringLiteral("registrySetWorkspaces");
    case Action::RegistryAdd:
        return QStringLiteral("registryAdd");
    }
    return QString();
}

QString HealthFinding::key() const
{
    QStringList ids{ruleId};
    for (const HealthObject &o : objects)
        ids.append(o.kind + QLatin1Char(':') + (o.id.isEmpty() ? o.name : o.id).toLower());
    return ids.join(QLatin1Char('|'));
}

QString HealthFinding::objectsText() const
{
    QStringList parts;
    for (const HealthObject &o : objects)
        parts.append(o.describe());
    return parts.join(QStringLiteral("; "));
}

QVector<HealthFinding> HealthReport::byRule(const QString &ruleId) const
{
    QVector<HealthFinding> out;
    for (const HealthFinding &f : findings) {
        if (f.ruleId == ruleId)
            out.append(f);
    }
    return out;
}

} // namespace td
