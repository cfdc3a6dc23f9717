#include "app/domain/Types.h"

#include <QJsonArray>

#include "app/domain/JsonReader.h"

namespace td {

namespace {
QLatin1String k(const char *s)
{
    return QLatin1String(s);
}
} // namespace

Profile Profile::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Profile p;
    p.id = r.string(k("id"));
    p.displayName = r.string(k("displayName"));
    p.raw = o;
    return p;
}

Workspace Workspace::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Workspace w;
    w.id = r.string(k("id"));
    w.name = r.string(k("name"));
    w.isReadOnly = r.boolean(k("isReadOnly"));
    w.isOnDedicatedCapacity = r.boolean(k("isOnDedicatedCapacity"));
    w.capacityId = r.string(k("capacityId"));
    w.defaultDatasetStorageFormat = r.string(k("defaultDatasetStorageFormat"));
    w.raw = o;
    return w;
}

Report Report::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Report x;
    x.id = r.string(k("id"));
    x.name = r.string(k("name"));
    x.datasetId = r.string(k("datasetId"));
    x.reportType = r.string(k("reportType"));
    x.webUrl = r.string(k("webUrl"));
    x.embedUrl = r.string(k("embedUrl"));
    x.raw = o;
    return x;
}

Dataset Dataset::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Dataset d;
    d.id = r.string(k("id"));
    d.name = r.string(k("name"));
    d.configuredBy = r.string(k("configuredBy"));
    d.isRefreshable = r.boolean(k("isRefreshable"));
    d.isEffectiveIdentityRequired = r.boolean(k("isEffectiveIdentityRequired"));
    d.isEffectiveIdentityRolesRequired = r.boolean(k("isEffectiveIdentityRolesRequired"));
    d.isOnPremGatewayRequired = r.boolean(k("isOnPremGatewayRequired"));
    d.targetStorageMode = r.string(k("targetStorageMode"));
    d.createdDate = r.string(k("createdDate"));
    d.webUrl = r.string(k("webUrl"));
    d.raw = o;
    return d;
}

Dashboard Dashboard::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Dashboard d;
    d.id = r.string(k("id"));
    d.displayName = r.string(k("displayName"));
    d.isReadOnly = r.boolean(k("isReadOnly"));
    d.webUrl = r.string(k("webUrl"));
    d.embedUrl = r.string(k("embedUrl"));
    d.raw = o;
    return d;
}

Dataflow Dataflow::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Dataflow d;
    d.objectId = r.string(k("objectId"));
    d.name = r.string(k("name"));
    d.description = r.string(k("description"));
    d.configuredBy = r.string(k("configuredBy"));
    d.modelUrl = r.string(k("modelUrl"));
    d.raw = o;
    return d;
}

Capacity Capacity::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    Capacity c;
    c.id = r.string(k("id"));
    c.displayName = r.string(k("displayName"));
    c.sku = r.string(k("sku"));
    c.region = r.string(k("region"));
    c.state = r.string(k("state"));
    c.capacityUserAccessRight = r.string(k("capacityUserAccessRight"));
    const QJsonArray admins = r.array(k("admins"));
    for (const QJsonValue &a : admins) {
        if (a.isString())
            c.admins << a.toString();
    }
    c.raw = o;
    return c;
}

GroupUser GroupUser::fromJson(const QJsonObject &o)
{
    const JsonReader r(o);
    GroupUser u;
    u.identifier = r.string(k("identifier"));
    u.principalType = r.string(k("principalType"));
    u.groupUserAccessRight = r.string(k("groupUserAccessRight"));
    u.displayName = r.string(k("displayName"));
    u.emailAddress = r.string(k("emailAddress"));
    if (u.identifier.isEmpty())
        u.identifier = u.emailAddress; // legacy form: only emailAddress
    const JsonReader profile(r.object(k("profile")));
    u.profileId = profile.string(k("id"));
    u.profileDisplayName = profile.string(k("displayName"));
    u.raw = o;
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
