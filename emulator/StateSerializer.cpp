#include "StateSerializer.h"

#include "EmulatorState.h"
#include "ModelSerializer.h"

#include <QJsonArray>

namespace emu {

namespace {

QJsonObject memberToJson(const Member &m)
{
    return {
        {QStringLiteral("principalType"), m.principalType}, {QStringLiteral("identifier"), m.identifier},
        {QStringLiteral("profileId"), m.profileId},         {QStringLiteral("accessRight"), m.accessRight},
        {QStringLiteral("displayName"), m.displayName},     {QStringLiteral("emailAddress"), m.emailAddress}};
}

Member memberFromJson(const QJsonObject &o)
{
    Member m;
    m.principalType = o.value(QLatin1String("principalType")).toString();
    m.identifier = o.value(QLatin1String("identifier")).toString();
    m.profileId = o.value(QLatin1String("profileId")).toString();
    m.accessRight = o.value(QLatin1String("accessRight")).toString();
    m.displayName = o.value(QLatin1String("displayName")).toString();
    m.emailAddress = o.value(QLatin1String("emailAddress")).toString();
    return m;
}

QJsonObject workspaceToJson(const Workspace &w)
{
    QJsonArray members, reports, datasets, dashboards, dataflows;
    for (const Member &m : w.members)
        members.append(memberToJson(m));
    for (const Report &r : w.reports)
        reports.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("datasetId"), r.datasetId},
                                   {QStringLiteral("reportType"), r.reportType},
                                   {QStringLiteral("description"), r.description}});
    for (const Dataset &d : w.datasets) {
        QJsonObject o{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("configuredBy"), d.configuredBy},
            {QStringLiteral("createdDate"), d.createdDate},
            {QStringLiteral("targetStorageMode"), d.targetStorageMode},
            {QStringLiteral("isRefreshable"), d.isRefreshable},
            {QStringLiteral("isEffectiveIdentityRequired"), d.isEffectiveIdentityRequired},
            {QStringLiteral("isEffectiveIdentityRolesRequired"), d.isEffectiveIdentityRolesRequired},
            {QStringLiteral("isOnPremGatewayRequired"), d.isOnPremGatewayRequired},
            {QStringLiteral("addRowsAPIEnabled"), d.addRowsAPIEnabled}};
        ModelSerializer::writeDetails(d, &o);
        datasets.append(o);
    }
    QJsonArray imports;
    for (const ImportJob &job : w.imports)
        imports.append(ModelSerializer::importToJson(job));
    for (const Dashboard &d : w.dashboards)
        dashboards.append(QJsonObject{{QStringLiteral("id"), d.id},
                                      {QStringLiteral("displayName"), d.displayName},
                                      {QStringLiteral("isReadOnly"), d.isReadOnly}});
    for (const Dataflow &d : w.dataflows)
        dataflows.append(QJsonObject{{QStringLiteral("objectId"), d.objectId},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("description"), d.description},
                                     {QStringLiteral("configuredBy"), d.configuredBy}});
    QJsonObject out{{QStringLiteral("id"), w.id},
                    {QStringLiteral("name"), w.name},
                    {QStringLiteral("capacityId"), w.capacityId},
                    {QStringLiteral("defaultDatasetStorageFormat"), w.defaultDatasetStorageFormat},
                    {QStringLiteral("dataflowStorageId"), w.dataflowStorageId},
                    {QStringLiteral("isReadOnly"), w.isReadOnly},
                    {QStringLiteral("members"), members},
                    {QStringLiteral("reports"), reports},
                    {QStringLiteral("datasets"), datasets},
                    {QStringLiteral("dashboards"), dashboards},
                    {QStringLiteral("dataflows"), dataflows}};
    if (!imports.isEmpty())
        out.insert(QStringLiteral("imports"), imports);
    return out;
}

Workspace workspaceFromJson(const QJsonObject &o)
{
    Workspace w;
    w.id = o.value(QLatin1String("id")).toString();
    w.name = o.value(QLatin1String("name")).toString();
    w.capacityId = o.value(QLatin1String("capacityId")).toString();
    w.defaultDatasetStorageFormat =
        o.value(QLatin1String("defaultDatasetStorageFormat")).toString(QStringLiteral("Small"));
    w.dataflowStorageId = o.value(QLatin1String("dataflowStorageId")).toString();
    w.isReadOnly = o.value(QLatin1String("isReadOnly")).toBool();
    if (!w.capacityId.isEmpty())
        w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
    for (const auto v : o.value(QLatin1String("members")).toArray())
        w.members.append(memberFromJson(v.toObject()));
    for (const auto v : o.value(QLatin1String("reports")).toArray()) {
        const QJsonObject r = v.toObject();
        w.reports.append({r.value(QLatin1String("id")).toString(), r.value(QLatin1String("name")).toString(),
                          r.value(QLatin1String("datasetId")).toString(),
                          r.value(QLatin1String("reportType")).toString(),
                          r.value(QLatin1String("description")).toString()});
    }
    for (const auto v : o.value(QLatin1String("datasets")).toArray()) {
        const QJsonObject r = v.toObject();
        Dataset d;
        d.id = r.value(QLatin1String("id")).toString();
        d.name = r.value(QLatin1String("name")).toString();
        d.configuredBy = r.value(QLatin1String("configuredBy")).toString();
        d.createdDate = r.value(QLatin1String("createdDate")).toString();
        d.targetStorageMode = r.value(QLatin1String("targetStorageMode")).toString(QStringLiteral("Abf"));
        d.isRefreshable = r.value(QLatin1String("isRefreshable")).toBool(true);
        d.isEffectiveIdentityRequired = r.value(QLatin1String("isEffectiveIdentityRequired")).toBool();
        d.isEffectiveIdentityRolesRequired =
            r.value(QLatin1String("isEffectiveIdentityRolesRequired")).toBool();
        d.isOnPremGatewayRequired = r.value(QLatin1String("isOnPremGatewayRequired")).toBool();
        d.addRowsAPIEnabled = r.value(QLatin1String("addRowsAPIEnabled")).toBool();
        ModelSerializer::readDetails(r, &d);
        w.datasets.append(d);
    }
    for (const auto v : o.value(QLatin1String("dashboards")).toArray()) {
        const QJsonObject r = v.toObject();
        w.dashboards.append({r.value(QLatin1String("id")).toString(),
                             r.value(QLatin1String("displayName")).toString(),
                             r.value(QLatin1String("isReadOnly")).toBool()});
    }
    for (const auto v : o.value(QLatin1String("dataflows")).toArray()) {
        const QJsonObject r = v.toObject();
        w.dataflows.append({r.value(QLatin1String("objectId")).toString(),
                            r.value(QLatin1String("name")).toString(),
                            r.value(QLatin1String("description")).toString(),
                            r.value(QLatin1String("configuredBy")).toString()});
    }
    for (const auto v : o.value(QLatin1String("imports")).toArray())
        w.imports.append(ModelSerializer::importFromJson(v.toObject()));
    return w;
}

QJsonObject capacityToJson(const Capacity &c)
{
    QJsonObject rights;
    for (auto it = c.rights.constBegin(); it != c.rights.constEnd(); ++it)
        rights.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), c.id},       {QStringLiteral("displayName"), c.displayName},
        {QStringLiteral("sku"), c.sku},     {QStringLiteral("region"), c.region},
        {QStringLiteral("state"), c.state}, {QStringLiteral("admins"), QJsonArray::fromStringList(c.admins)},
        {QStringLiteral("rights"), rights}};
}

Capacity capacityFromJson(const QJsonObject &o)
{
    Capacity c;
    c.id = o.value(QLatin1String("id")).toString();
    c.displayName = o.value(QLatin1String("displayName")).toString();
    c.sku = o.value(QLatin1String("sku")).toString();
    c.region = o.value(QLatin1String("region")).toString();
    c.state = o.value(QLatin1String("state")).toString(QStringLiteral("Active"));
    for (const auto v : o.value(QLatin1String("admins")).toArray())
        c.admins.append(v.toString());
    const QJsonObject rights = o.value(QLatin1String("rights")).toObject();
    for (auto it = rights.constBegin(); it != rights.constEnd(); ++it)
        c.rights.insert(it.key(), it.value().toString());
    return c;
}

} // namespace

QJsonObject StateSerializer::toJson(const EmulatorState &state)
{
    QJsonArray tenants, sps, profiles, workspaces, capacities;
    for (const Tenant &t : state.tenants())
        tenants.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("domain"), t.domain}});
    // Only a hash of each client secret is written (no secrets in files).
    for (const ServicePrincipalInfo &sp : state.servicePrincipals())
        sps.append(QJsonObject{
            {QStringLiteral("tenantId"), sp.tenantId},
            {QStringLiteral("clientId"), sp.clientId},
            {QStringLiteral("clientSecretSha256"), QString::fromLatin1(state.secretHash(sp.clientId))},
            {QStringLiteral("objectId"), sp.objectId},
            {QStringLiteral("displayName"), sp.displayName}});
    for (const Profile &p : state.profiles().items())
        profiles.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("displayName"), p.displayName},
                                    {QStringLiteral("owner"), p.ownerClientId}});
    for (const Workspace &w : state.workspaces().items())
        workspaces.append(workspaceToJson(w));
    for (const Capacity &c : state.capacities().items())
        capacities.append(capacityToJson(c));
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("primaryClientId"), state.primaryClientId()},
            {QStringLiteral("tenants"), tenants},
            {QStringLiteral("servicePrincipals"), sps},
            {QStringLiteral("profiles"), profiles},
            {QStringLiteral("workspaces"), workspaces},
            {QStringLiteral("capacities"), capacities}};
}

bool StateSerializer::fromJson(const QJsonObject &json, EmulatorState &state, QString *error)
{
    if (json.value(QLatin1String("version")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("unsupported state file version");
        return false;
    }
    state.setPrimaryClientId(json.value(QLatin1String("primaryClientId")).toString());
    for (const auto v : json.value(QLatin1String("tenants")).toArray()) {
        const QJsonObject o = v.toObject();
        state.tenants().append(
            {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("domain")).toString()});
    }
    for (const auto v : json.value(QLatin1String("servicePrincipals")).toArray()) {
        const QJsonObject o = v.toObject();
        ServicePrincipalInfo sp;
        sp.tenantId = o.value(QLatin1String("tenantId")).toString();
        sp.clientId = o.value(QLatin1String("clientId")).toString();
        sp.objectId = o.value(QLatin1String("objectId")).toString();
        sp.displayName = o.value(QLatin1String("displayName")).toString();
        state.servicePrincipals().append(sp);
        state.setSecretHash(sp.clientId, o.value(QLatin1String("clientSecretSha256")).toString().toLatin1());
    }
    for (const auto v : json.value(QLatin1String("profiles")).toArray()) {
        const QJsonObject o = v.toObject();
        state.insertProfile({o.value(QLatin1String("id")).toString(),
                             o.value(QLatin1String("displayName")).toString(),
                             o.value(QLatin1String("owner")).toString()});
    }
    for (const auto v : json.value(QLatin1String("workspaces")).toArray()) {
        state.insertWorkspace(workspaceFromJson(v.toObject()));
    }
    for (const auto v : json.value(QLatin1String("capacities")).toArray()) {
        const Capacity c = capacityFromJson(v.toObject());
        state.capacities().insert(c.id, c);
    }
    if (state.tenants().isEmpty() || state.servicePrincipals().isEmpty()) {
        if (error)
            *error = QStringLiteral("state file has no tenant or service principal");
        return false;
    }
    return true;
}

} // namespace emu
