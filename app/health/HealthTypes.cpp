#include "app/health/HealthTypes.h"

#include "app/domain/JsonFields.h"

namespace td {

namespace {
const EnumKey<HealthSeverity> kSeverityKeys[] = {
    {HealthSeverity::Info, "info", QT_TRANSLATE_NOOP("Health", "Info")},
    {HealthSeverity::Warning, "warning", QT_TRANSLATE_NOOP("Health", "Warning")},
    {HealthSeverity::Error, "error", QT_TRANSLATE_NOOP("Health", "Error")}};

const EnumKey<HealthFix::Action> kActionKeys[] = {
    {HealthFix::Action::RemoveMember, "removeMember"},
    {HealthFix::Action::SetAdmin, "setAdmin"},
    {HealthFix::Action::DeleteProfile, "deleteProfile"},
    {HealthFix::Action::Refresh, "refresh"},
    {HealthFix::Action::AssignCapacity, "assignCapacity"},
    {HealthFix::Action::RegistryOffboard, "registryOffboard"},
    {HealthFix::Action::RegistrySetWorkspaces, "registrySetWorkspaces"},
    {HealthFix::Action::RegistryAdd, "registryAdd"},
};

const JsonFields<HealthFix> kFixFields{{"asProfileId", &HealthFix::asProfileId},
                                       {"workspaceId", &HealthFix::workspaceId},
                                       {"targetId", &HealthFix::targetId},
                                       {"identifier", &HealthFix::identifier},
                                       {"memberProfileId", &HealthFix::memberProfileId},
                                       {"targetName", &HealthFix::targetName},
                                       {"workspaceIds", &HealthFix::workspaceIds},
                                       {"registryCustomerId", &HealthFix::registryCustomerId},
                                       {"preview", &HealthFix::preview}};

const JsonFields<HealthObject> kObjectFields{
    {"kind", &HealthObject::kind}, {"id", &HealthObject::id}, {"name", &HealthObject::name}};
} // namespace

QString healthSeverityName(HealthSeverity severity)
{
    return enumKey(kSeverityKeys, severity);
}

QString healthSeverityLabel(HealthSeverity severity)
{
    return enumLabel(kSeverityKeys, severity, "Health");
}

QJsonObject HealthObject::toJson() const
{
    return kObjectFields.write(*this);
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
    return enumKey(kActionKeys, action); // None -> ""
}

QJsonObject HealthFix::toJson() const
{
    return kFixFields.write(*this, {{QStringLiteral("action"), actionName(action)}});
}

HealthFix HealthFix::fromJson(const QJsonObject &o)
{
    HealthFix fix = kFixFields.read(o);
    fix.action = enumFromKey(kActionKeys, jsonString(o, "action"), Action::None);
    return fix;
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
