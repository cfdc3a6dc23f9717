#include "app/migration/MigrationTypes.h"

#include "app/domain/JsonFields.h"

namespace td {

namespace {
// Lists of nested objects are written and read beside the field tables.
template<typename T> QJsonArray toArray(const QVector<T> &list)
{
    QJsonArray a;
    for (const T &x : list)
        a.append(x.toJson());
    return a;
}
template<typename T> QVector<T> fromArray(const QJsonObject &o, const char *key)
{
    QVector<T> out;
    for (const QJsonValue &x : o.value(QLatin1String(key)).toArray())
        out.append(T::fromJson(x.toObject()));
    return out;
}

const JsonFields<LegacyItem> kItemFields{{"id", &LegacyItem::id},
                                         {"name", &LegacyItem::name},
                                         {"workspaceId", &LegacyItem::workspaceId},
                                         {"datasetId", &LegacyItem::datasetId},
                                         {"configuredBy", &LegacyItem::configuredBy},
                                         {"identityRequired", &LegacyItem::identityRequired},
                                         {"rolesRequired", &LegacyItem::rolesRequired}};
// Beside: users (as the service sent them), reports, models.
const JsonFields<LegacyWorkspace> kWorkspaceFields{
    {"id", &LegacyWorkspace::id}, {"name", &LegacyWorkspace::name}, {"error", &LegacyWorkspace::error}};
// Beside: workspaces, profiles.
const JsonFields<MigrationInventory> kInventoryFields{{"taken", &MigrationInventory::taken}};
const JsonFields<MappingRow> kMappingFields{
    {"workspaceId", &MappingRow::workspaceId}, {"workspaceName", &MappingRow::workspaceName},
    {"customerId", &MappingRow::customerId},   {"displayName", &MappingRow::displayName},
    {"included", &MappingRow::included},       {"note", &MappingRow::note}};
const JsonFields<AccessEntry> kAccessFields{{"workspaceId", &AccessEntry::workspaceId},
                                            {"workspaceName", &AccessEntry::workspaceName},
                                            {"identifier", &AccessEntry::identifier},
                                            {"principalType", &AccessEntry::principalType},
                                            {"accessRight", &AccessEntry::accessRight},
                                            {"displayName", &AccessEntry::displayName},
                                            {"who", &AccessEntry::who},
                                            {"requestId", &AccessEntry::requestId},
                                            {"restored", &AccessEntry::restored}};
// Beside: workspaces ([{id, name}]), reports, models, removals.
const JsonFields<PlanCustomer> kPlanFields{
    {"customerId", &PlanCustomer::customerId},   {"displayName", &PlanCustomer::displayName},
    {"profileName", &PlanCustomer::profileName}, {"profileId", &PlanCustomer::profileId},
    {"takeOver", &PlanCustomer::takeOver},       {"warnings", &PlanCustomer::warnings},
    {"blocked", &PlanCustomer::blocked}};
const JsonFields<ValidationFailure> kFailureFields{{"what", &ValidationFailure::what},
                                                   {"id", &ValidationFailure::id},
                                                   {"name", &ValidationFailure::name},
                                                   {"reason", &ValidationFailure::reason},
                                                   {"requestId", &ValidationFailure::requestId}};
// Beside: failures.
const JsonFields<ValidationResult> kValidationFields{{"ok", &ValidationResult::ok},
                                                     {"checked", &ValidationResult::checked},
                                                     {"reports", &ValidationResult::reports},
                                                     {"models", &ValidationResult::models}};
// Beside: removed.
const JsonFields<CleanupRecord> kCleanupFields{{"when", &CleanupRecord::when},
                                               {"errors", &CleanupRecord::errors}};
// Beside: inventory, mapping, plan.
const JsonFields<MigrationState> kStateFields{{"connectionId", &MigrationState::connectionId},
                                              {"masterUser", &MigrationState::masterUser},
                                              {"pattern", &MigrationState::pattern},
                                              {"idTemplate", &MigrationState::idTemplate},
                                              {"runJobId", &MigrationState::runJobId},
                                              {"checkJobIds", &MigrationState::checkJobIds},
                                              {"updated", &MigrationState::updated}};
} // namespace

QJsonObject LegacyItem::toJson() const
{
    return kItemFields.write(*this);
}

LegacyItem LegacyItem::fromJson(const QJsonObject &o)
{
    return kItemFields.read(o);
}

QString LegacyWorkspace::spAccess(const QString &spObjectId) const
{
    for (const GroupUser &u : users) {
        if (u.profileId.isEmpty() && u.identifier.compare(spObjectId, Qt::CaseInsensitive) == 0)
            return u.groupUserAccessRight;
    }
    return {};
}

QString LegacyWorkspace::userAccess(const QString &email) const
{
    if (email.isEmpty())
        return {};
    for (const GroupUser &u : users) {
        if (u.principalType == QLatin1String("User") &&
            (u.identifier.compare(email, Qt::CaseInsensitive) == 0 ||
             u.emailAddress.compare(email, Qt::CaseInsensitive) == 0))
            return u.groupUserAccessRight;
    }
    return {};
}

QJsonObject LegacyWorkspace::toJson() const
{
    QJsonArray u;
    for (const GroupUser &g : users)
        u.append(g.raw);
    return kWorkspaceFields.write(*this, {{QStringLiteral("users"), u},
                                          {QStringLiteral("reports"), toArray(reports)},
                                          {QStringLiteral("models"), toArray(models)}});
}

LegacyWorkspace LegacyWorkspace::fromJson(const QJsonObject &o)
{
    LegacyWorkspace w = kWorkspaceFields.read(o);
    w.users = fromArray<GroupUser>(o, "users");
    w.reports = fromArray<LegacyItem>(o, "reports");
    w.models = fromArray<LegacyItem>(o, "models");
    return w;
}

const LegacyWorkspace *MigrationInventory::find(const QString &workspaceId) const
{
    for (const LegacyWorkspace &w : workspaces) {
        if (w.id.compare(workspaceId, Qt::CaseInsensitive) == 0)
            return &w;
    }
    return nullptr;
}

QJsonObject MigrationInventory::toJson() const
{
    QJsonArray p;
    for (const Profile &x : profiles)
        p.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("displayName"), x.displayName}});
    return kInventoryFields.write(
        *this, {{QStringLiteral("workspaces"), toArray(workspaces)}, {QStringLiteral("profiles"), p}});
}

MigrationInventory MigrationInventory::fromJson(const QJsonObject &o)
{
    MigrationInventory i = kInventoryFields.read(o);
    i.workspaces = fromArray<LegacyWorkspace>(o, "workspaces");
    i.profiles = fromArray<Profile>(o, "profiles");
    return i;
}

QJsonObject MappingRow::toJson() const
{
    return kMappingFields.write(*this);
}

MappingRow MappingRow::fromJson(const QJsonObject &o)
{
    return kMappingFields.read(o);
}

QJsonObject AccessEntry::toJson() const
{
    return kAccessFields.write(*this);
}

AccessEntry AccessEntry::fromJson(const QJsonObject &o)
{
    return kAccessFields.read(o);
}

QStringList PlanCustomer::workspaceIds() const
{
    QStringList ids;
    for (const auto &w : workspaces)
        ids << w.first;
    return ids;
}

QJsonObject PlanCustomer::toJson() const
{
    QJsonArray ws;
    for (const auto &w : workspaces)
        ws.append(QJsonObject{{QStringLiteral("id"), w.first}, {QStringLiteral("name"), w.second}});
    return kPlanFields.write(*this, {{QStringLiteral("workspaces"), ws},
                                     {QStringLiteral("reports"), toArray(reports)},
                                     {QStringLiteral("models"), toArray(models)},
                                     {QStringLiteral("removals"), toArray(removals)}});
}

PlanCustomer PlanCustomer::fromJson(const QJsonObject &o)
{
    PlanCustomer c = kPlanFields.read(o);
    for (const QJsonValue &v : o.value(QLatin1String("workspaces")).toArray()) {
        const QJsonObject w = v.toObject();
        c.workspaces.append({jsonString(w, "id"), jsonString(w, "name")});
    }
    c.reports = fromArray<LegacyItem>(o, "reports");
    c.models = fromArray<LegacyItem>(o, "models");
    c.removals = fromArray<AccessEntry>(o, "removals");
    return c;
}

QJsonObject ValidationFailure::toJson() const
{
    return kFailureFields.write(*this);
}

ValidationFailure ValidationFailure::fromJson(const QJsonObject &o)
{
    return kFailureFields.read(o);
}

QJsonObject ValidationResult::toJson() const
{
    return kValidationFields.write(*this, {{QStringLiteral("failures"), toArray(failures)}});
}

ValidationResult ValidationResult::fromJson(const QJsonObject &o)
{
    ValidationResult v = kValidationFields.read(o);
    v.failures = fromArray<ValidationFailure>(o, "failures");
    return v;
}

QJsonObject CleanupRecord::toJson() const
{
    return kCleanupFields.write(*this, {{QStringLiteral("removed"), toArray(removed)}});
}

CleanupRecord CleanupRecord::fromJson(const QJsonObject &o)
{
    CleanupRecord c = kCleanupFields.read(o);
    c.removed = fromArray<AccessEntry>(o, "removed");
    return c;
}

const PlanCustomer *MigrationState::planFor(const QString &customerId) const
{
    for (const PlanCustomer &c : plan) {
        if (c.customerId.compare(customerId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QJsonObject MigrationState::toJson() const
{
    return kStateFields.write(*this, {{QStringLiteral("inventory"), inventory.toJson()},
                                      {QStringLiteral("mapping"), toArray(mapping)},
                                      {QStringLiteral("plan"), toArray(plan)}});
}

MigrationState MigrationState::fromJson(const QJsonObject &o)
{
    MigrationState m = kStateFields.read(o);
    m.inventory = MigrationInventory::fromJson(o.value(QLatin1String("inventory")).toObject());
    m.mapping = fromArray<MappingRow>(o, "mapping");
    m.plan = fromArray<PlanCustomer>(o, "plan");
    return m;
}

} // namespace td
