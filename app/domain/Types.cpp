#include "app/domain/Types.h"

#include <QJsonArray>

#include "app/domain/JsonFields.h"

namespace td {

namespace {
QLatin1String k(const char *s)
{
    return QLatin1String(s);
}

// Reads an answer of the service through the type's field table and keeps the whole object in raw.
template<typename T> T parsed(const JsonFields<T> &fields, const QJsonObject &o)
{
    T value = fields.readApi(o);
    value.raw = o;
    return value;
}

const JsonFields<Profile> kProfileFields{{"id", &Profile::id}, {"displayName", &Profile::displayName}};

const JsonFields<Workspace> kWorkspaceFields{
    {"id", &Workspace::id},
    {"name", &Workspace::name},
    {"isReadOnly", &Workspace::isReadOnly},
    {"isOnDedicatedCapacity", &Workspace::isOnDedicatedCapacity},
    {"capacityId", &Workspace::capacityId},
    {"defaultDatasetStorageFormat", &Workspace::defaultDatasetStorageFormat}};

const JsonFields<Report> kReportFields{{"id", &Report::id},
                                       {"name", &Report::name},
                                       {"datasetId", &Report::datasetId},
                                       {"reportType", &Report::reportType},
                                       {"webUrl", &Report::webUrl},
                                       {"embedUrl", &Report::embedUrl}};

const JsonFields<Dataset> kDatasetFields{
    {"id", &Dataset::id},
    {"name", &Dataset::name},
    {"configuredBy", &Dataset::configuredBy},
    {"isRefreshable", &Dataset::isRefreshable},
    {"isEffectiveIdentityRequired", &Dataset::isEffectiveIdentityRequired},
    {"isEffectiveIdentityRolesRequired", &Dataset::isEffectiveIdentityRolesRequired},
    {"isOnPremGatewayRequired", &Dataset::isOnPremGatewayRequired},
    {"targetStorageMode", &Dataset::targetStorageMode},
    {"createdDate", &Dataset::createdDate},
    {"webUrl", &Dataset::webUrl}};

const JsonFields<Dashboard> kDashboardFields{{"id", &Dashboard::id},
                                             {"displayName", &Dashboard::displayName},
                                             {"isReadOnly", &Dashboard::isReadOnly},
                                             {"webUrl", &Dashboard::webUrl},
                                             {"embedUrl", &Dashboard::embedUrl}};

const JsonFields<Dataflow> kDataflowFields{{"objectId", &Dataflow::objectId},
                                           {"name", &Dataflow::name},
                                           {"description", &Dataflow::description},
                                           {"configuredBy", &Dataflow::configuredBy},
                                           {"modelUrl", &Dataflow::modelUrl}};

const JsonFields<Capacity> kCapacityFields{
    {"id", &Capacity::id},        {"displayName", &Capacity::displayName},
    {"sku", &Capacity::sku},      {"region", &Capacity::region},
    {"state", &Capacity::state},  {"capacityUserAccessRight", &Capacity::capacityUserAccessRight},
    {"admins", &Capacity::admins}};

const JsonFields<GroupUser> kGroupUserFields{{"identifier", &GroupUser::identifier},
                                             {"principalType", &GroupUser::principalType},
                                             {"groupUserAccessRight", &GroupUser::groupUserAccessRight},
                                             {"displayName", &GroupUser::displayName},
                                             {"emailAddress", &GroupUser::emailAddress}};
} // namespace

Profile Profile::fromJson(const QJsonObject &o)
{
    return parsed(kProfileFields, o);
}

Workspace Workspace::fromJson(const QJsonObject &o)
{
    return parsed(kWorkspaceFields, o);
}

Report Report::fromJson(const QJsonObject &o)
{
    return parsed(kReportFields, o);
}

Dataset Dataset::fromJson(const QJsonObject &o)
{
    return parsed(kDatasetFields, o);
}

Dashboard Dashboard::fromJson(const QJsonObject &o)
{
    return parsed(kDashboardFields, o);
}

Dataflow Dataflow::fromJson(const QJsonObject &o)
{
    return parsed(kDataflowFields, o);
}

Capacity Capacity::fromJson(const QJsonObject &o)
{
    return parsed(kCapacityFields, o);
}

GroupUser GroupUser::fromJson(const QJsonObject &o)
{
    GroupUser u = parsed(kGroupUserFields, o);
    if (u.identifier.isEmpty())
        u.identifier = u.emailAddress; // legacy form: only emailAddress
    const JsonReader profile(JsonReader(o).object(k("profile")));
    u.profileId = profile.string(k("id"));
    u.profileDisplayName = profile.string(k("displayName"));
    return u;
}

QJsonObject GroupUser::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("identifier"), identifier);
    o.insert(QStringLiteral("principalType"), principalType);
    o.insert(QStringLiteral("groupUserAccessRight"), groupUserAccessRight);
    if (!profileId.isEmpty())
        o.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), profileId}});
    return o;
}

} // namespace td
