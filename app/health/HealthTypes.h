#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// Value types of the estate health check: findings, the objects they name and the fix each offers.
namespace td {

enum class HealthSeverity { Info, Warning, Error };
QString healthSeverityName(HealthSeverity severity);  // "info" | "warning" | "error" (stable, for CSV/JSON)
QString healthSeverityLabel(HealthSeverity severity); // translated

struct HealthObject
{
    QString kind; // profile | workspace | user | semantic-model | capacity | registry-entry
    QString id;
    QString name;
    QString describe() const;   // "workspace C0001 – Fabrikam (id)"
    QJsonObject toJson() const; // {"kind", "id", "name"}
};

// What a finding's one-click fix does. Every API fix names the identity it is made as (asProfileId,
// "" = the service principal itself); a profile's call carries that profile's id and nothing else.
struct HealthFix
{
    enum class Action {
        None,
        RemoveMember,          // DELETE groups/{workspaceId}/users/{identifier}[?profileId=memberProfileId]
        SetAdmin,              // PUT groups/{workspaceId}/users: memberProfileId becomes Admin
        DeleteProfile,         // DELETE profiles/{targetId} (as the service principal)
        Refresh,               // POST datasets/{targetId}/refreshes and wait for the result
        AssignCapacity,        // POST groups/{workspaceId}/AssignToCapacity {targetId}
        RegistryOffboard,      // the registry entry (targetId = customer id) gets status "offboarded"
        RegistrySetWorkspaces, // the registry entry's workspace ids become workspaceIds
        RegistryAdd,           // a registry entry for profile memberProfileId, customer id targetId
    };
    Action action = Action::None;
    QString asProfileId;
    QString workspaceId;
    QString targetId;
    QString identifier;      // RemoveMember: the member's identifier (UPN or object id)
    QString memberProfileId; // RemoveMember/SetAdmin: the member profile; RegistryAdd: the profile
    QString targetName;
    QStringList workspaceIds;   // RegistrySetWorkspaces / RegistryAdd
    QString registryCustomerId; // DeleteProfile: this registry entry is marked offboarded afterwards
    QString preview;            // what the fix will do, in words (translated)
    bool isAvailable() const { return action != Action::None; }
    bool isRegistryFix() const;
    static QString actionName(Action action); // stable, for the audit log and JSON
    QJsonObject toJson() const;               // every field; "action" by actionName()
    static HealthFix fromJson(const QJsonObject &o);
};

struct HealthFinding
{
    QString ruleId;
    HealthSeverity severity = HealthSeverity::Warning;
    QString explanation; // why this is a problem, for this object (translated)
    QVector<HealthObject> objects;
    HealthFix fix;
    QString advice;              // what to do by hand when there is no API fix (translated)
    QString key() const;         // rule + object ids: the same problem has the same key in a re-check
    QString objectsText() const; // the objects, "; "-separated
};

struct HealthReport
{
    QString connectionId;
    QString status; // completed | completed-with-errors | cancelled | failed
    QVector<HealthFinding> findings;
    QStringList errors; // lists or per-model calls that failed (the check goes on)
    int profiles = 0;
    int workspaces = 0;
    int models = 0;
    qint64 elapsedMs = 0;
    bool isComplete() const { return status.startsWith(QLatin1String("completed")); }
    QVector<HealthFinding> byRule(const QString &ruleId) const;
};

} // namespace td

Q_DECLARE_METATYPE(td::HealthReport)
