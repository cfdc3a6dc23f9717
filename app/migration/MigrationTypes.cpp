#include "app/migration/MigrationTypes.h"

namespace td {

namespace {
QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}
template<typename T> QJsonArray toArray(const QVector<T> &list)
{
    QJsonArray a;
    for (const T &x : list)
        a.append(x.toJson());
    return a;
}
template<typename T> QVector<T> fromArray(const QJsonValue &v)
{
    QVector<T> out;
    for (const QJsonValue &x : v.toArray())
        out.append(T::fromJson(x.toObject()));
    return out;
}
} // namespace

QJsonObject LegacyItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("workspaceId"), workspaceId},
            {QStringLiteral("datasetId"), datasetId},
            {QStringLiteral("configuredBy"), configuredBy},
            {QStringLiteral("identityRequired"), identityRequired},
            {QStringLiteral("rolesRequired"), rolesRequired}};
}

LegacyItem LegacyItem::fromJson(const QJsonObject &o)
{
    LegacyItem i;
    i.id = s(o, "id");
    i.name = s(o, "name");
    i.workspaceId = s(o, "workspaceId");
    i.datasetId = s(o, "datasetId");
    i.configuredBy = s(o, "configuredBy");
    i.identityRequired = o.value(QLatin1String("identityRequired")).toBool();
    i.rolesRequired = o.value(QLatin1String("rolesRequired")).toBool();
    return i;
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
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("users"), u},
            {QStringLiteral("reports"), toArray(reports)},
            {QStringLiteral("models"), toArray(models)},
            {QStringLiteral("error"), error}};
}

LegacyWorkspace LegacyWorkspace::fromJson(const QJsonObject &o)
{
    LegacyWorkspace w;
    w.id = s(o, "id");
    w.name = s(o, "name");
    for (const QJsonValue &v : o.value(QLatin1String("users")).toArray())
        w.users.append(GroupUser::fromJson(v.toObject()));
    w.reports = fromArray<LegacyItem>(o.value(QLatin1String("reports")));
    w.models = fromArray<LegacyItem>(o.value(QLatin1String("models")));
    w.error = s(o, "error");
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
    return {{QStringLiteral("workspaces"), toArray(workspaces)},
            {QStringLiteral("profiles"), p},
            {QStringLiteral("taken"), iso(taken)}};
}

MigrationInventory MigrationInventory::fromJson(const QJsonObject &o)
{
    MigrationInventory i;
    i.workspaces = fromArray<LegacyWorkspace>(o.value(QLatin1String("workspaces")));
    for (const QJsonValue &v : o.value(QLatin1String("profiles")).toArray())
        i.profiles.append(Profile::fromJson(v.toObject()));
    i.taken = fromIso(s(o, "taken"));
    return i;
}

QJsonObject MappingRow::toJson() const
{
    return {{QStringLiteral("workspaceId"), workspaceId}, {QStringLiteral("workspaceName"), workspaceName},
            {QStringLiteral("customerId"), customerId},   {QStringLiteral("displayName"), displayName},
            {QStringLiteral("included"), included},       {QStringLiteral("note"), note}};
}

MappingRow MappingRow::fromJson(const QJsonObject &o)
{
    MappingRow r;
    r.workspaceId = s(o, "workspaceId");
    r.workspaceName = s(o, "workspaceName");
    r.customerId = s(o, "customerId");
    r.displayName = s(o, "displayName");
    r.included = o.value(QLatin1String("included")).toBool();
    r.note = s(o, "note");
    return r;
}

QJsonObject AccessEntry::toJson() const
{
    return {{QStringLiteral("workspaceId"), workspaceId},
            {QStringLiteral("workspaceName"), workspaceName},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("principalType"), principalType},
            {QStringLiteral("accessRight"), accessRight},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("who"), who},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("restored"), restored}};
}

AccessEntry AccessEntry::fromJson(const QJsonObject &o)
{
    AccessEntry a;
    a.workspaceId = s(o, "workspaceId");
    a.workspaceName = s(o, "workspaceName");
    a.identifier = s(o, "identifier");
    a.principalType = s(o, "principalType");
    a.accessRight = s(o, "accessRight");
    a.displayName = s(o, "displayName");
    a.who = s(o, "who");
    a.requestId = s(o, "requestId");
    a.restored = o.value(QLatin1String("restored")).toBool();
    return a;
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
    return {{QStringLiteral("customerId"), customerId},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("profileName"), profileName},
            {QStringLiteral("profileId"), profileId},
            {QStringLiteral("workspaces"), ws},
            {QStringLiteral("reports"), toArray(reports)},
            {QStringLiteral("models"), toArray(models)},
            {QStringLiteral("takeOver"), QJsonArray::fromStringList(takeOver)},
            {QStringLiteral("removals"), toArray(removals)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("blocked"), blocked}};
}

PlanCustomer PlanCustomer::fromJson(const QJsonObject &o)
{
    PlanCustomer c;
    c.customerId = s(o, "customerId");
    c.displayName = s(o, "displayName");
    c.profileName = s(o, "profileName");
    c.profileId = s(o, "profileId");
    for (const QJsonValue &v : o.value(QLatin1String("workspaces")).toArray())
        c.workspaces.append({s(v.toObject(), "id"), s(v.toObject(), "name")});
    c.reports = fromArray<LegacyItem>(o.value(QLatin1String("reports")));
    c.models = fromArray<LegacyItem>(o.value(QLatin1String("models")));
    for (const QJsonValue &v : o.value(QLatin1String("takeOver")).toArray())
        c.takeOver << v.toString();
    c.removals = fromArray<AccessEntry>(o.value(QLatin1String("removals")));
    for (const QJsonValue &v : o.value(QLatin1String("warnings")).toArray())
        c.warnings << v.toString();
    c.blocked = o.value(QLatin1String("blocked")).toBool();
    return c;
}

QJsonObject ValidationFailure::toJson() const
{
    return {{QStringLiteral("what"), what},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("requestId"), requestId}};
}

ValidationFailure ValidationFailure::fromJson(const QJsonObject &o)
{
    return {s(o, "what"), s(o, "id"), s(o, "name"), s(o, "reason"), s(o, "requestId")};
}

QJsonObject ValidationResult::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("checked"), iso(checked)},
            {QStringLiteral("reports"), reports},
            {QStringLiteral("models"), models},
            {QStringLiteral("failures"), toArray(failures)}};
}

ValidationResult ValidationResult::fromJson(const QJsonObject &o)
{
    ValidationResult v;
    v.ok = o.value(QLatin1String("ok")).toBool();
    v.checked = fromIso(s(o, "checked"));
    v.reports = o.value(QLatin1String("reports")).toInt();
    v.models = o.value(QLatin1String("models")).toInt();
    v.failures = fromArray<ValidationFailure>(o.value(QLatin1String("failures")));
    return v;
}

QJsonObject CleanupRecord::toJson() const
{
    return {{QStringLiteral("when"), iso(when)},
            {QStringLiteral("removed"), toArray(removed)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

CleanupRecord CleanupRecord::fromJson(const QJsonObject &o)
{
    CleanupRecord c;
    c.when = fromIso(s(o, "when"));
    c.removed = fromArray<AccessEntry>(o.value(QLatin1String("removed")));
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray())
        c.errors << v.toString();
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
    QJsonArray checks;
    for (const QString &id : checkJobIds)
        checks.append(id);
    return {{QStringLiteral("connectionId"), connectionId},
            {QStringLiteral("masterUser"), masterUser},
            {QStringLiteral("pattern"), pattern},
            {QStringLiteral("idTemplate"), idTemplate},
            {QStringLiteral("inventory"), inventory.toJson()},
            {QStringLiteral("mapping"), toArray(mapping)},
            {QStringLiteral("plan"), toArray(plan)},
            {QStringLiteral("runJobId"), runJobId},
            {QStringLiteral("checkJobIds"), checks},
            {QStringLiteral("updated"), iso(updated)}};
}

MigrationState MigrationState::fromJson(const QJsonObject &o)
{
    MigrationState m;
    m.connectionId = s(o, "connectionId");
    m.masterUser = s(o, "masterUser");
    m.pattern = s(o, "pattern");
    m.idTemplate = s(o, "idTemplate");
    m.inventory = MigrationInventory::fromJson(o.value(QLatin1String("inventory")).toObject());
    m.mapping = fromArray<MappingRow>(o.value(QLatin1String("mapping")));
    m.plan = fromArray<PlanCustomer>(o.value(QLatin1String("plan")));
    m.runJobId = s(o, "runJobId");
    for (const QJsonValue &id : o.value(QLatin1String("checkJobIds")).toArray())
        m.checkJobIds << id.toString();
    m.updated = fromIso(s(o, "updated"));
    return m;
}

} // namespace td
