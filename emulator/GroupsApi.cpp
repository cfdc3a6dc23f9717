#include "GroupsApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

namespace emu {

namespace {
const QString kGroups = QStringLiteral("/v1\\.0/myorg/groups");
const QString kGroup = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)");

HttpResponse duplicateName()
{
    // Assumption (docs/powerbi-rest/API-NOTES.md §2): names are unique in the organization; the duplicate
    // error code PowerBIEntityAlreadyExists has been seen live, its status is undocumented: we use 400.
    return ErrorBodies::powerBi(400, QStringLiteral("PowerBIEntityAlreadyExists"));
}
} // namespace

QJsonObject GroupsApi::toJson(const Workspace &w)
{
    QJsonObject o{{QStringLiteral("id"), w.id},
                  {QStringLiteral("isReadOnly"), w.isReadOnly},
                  {QStringLiteral("isOnDedicatedCapacity"), !w.capacityId.isEmpty()},
                  {QStringLiteral("name"), w.name}};
    if (!w.capacityId.isEmpty()) {
        o.insert(QStringLiteral("capacityId"), w.capacityId);
        // docs/powerbi-rest/API-NOTES.md §2: defaultDatasetStorageFormat only when on dedicated capacity.
        o.insert(QStringLiteral("defaultDatasetStorageFormat"), w.defaultDatasetStorageFormat);
    }
    if (!w.dataflowStorageId.isEmpty())
        o.insert(QStringLiteral("dataflowStorageId"), w.dataflowStorageId);
    return o;
}

void GroupsApi::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), kGroups, [this](const RouteContext &c) { return list(c); });
    router.add(QStringLiteral("POST"), kGroups, [this](const RouteContext &c) { return create(c); });
    router.add(QStringLiteral("GET"), kGroup, [this](const RouteContext &c) { return get(c); });
    router.add(QStringLiteral("PATCH"), kGroup, [this](const RouteContext &c) { return update(c); });
    router.add(QStringLiteral("DELETE"), kGroup, [this](const RouteContext &c) { return remove(c); });
}

HttpResponse GroupsApi::list(const RouteContext &ctx)
{
    HttpResponse error;
    ODataFilter filter;
    const auto paging = api::readPaging(ctx.request, &error);
    if (!paging || !api::readFilter(ctx.request, &filter, &error))
        return error;
    const QString key = ctx.caller.principalKey();
    QJsonArray all;
    // The membership index avoids scanning every workspace of the tenant (large estates).
    for (const Workspace *w : m_state.workspacesOf(key)) {
        const QJsonObject o = toJson(*w);
        if (filter.matches(o))
            all.append(o);
    }
    QJsonObject body = api::collection(QStringLiteral("groups"), paging->apply(all));
    // docs/powerbi-rest/API-NOTES.md §0: live Get Groups answers carry @odata.count (filtered set size).
    body.insert(QStringLiteral("@odata.count"), all.size());
    return api::ok(body);
}

HttpResponse GroupsApi::create(const RouteContext &ctx)
{
    if (ctx.request.hasQuery(QStringLiteral("workspaceV2")) &&
        ctx.request.queryValue(QStringLiteral("workspaceV2"))
                .compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
        return ErrorBodies::badRequest(QStringLiteral("The only supported value of workspaceV2 is true."));
    HttpResponse error;
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const auto read =
        api::readName(api::field(*body, QStringLiteral("name")), QStringLiteral("name is required."), &error);
    if (!read)
        return error;
    const QString name = *read;
    if (m_state.findWorkspaceByName(name))
        return duplicateName();
    // Assumption (docs/powerbi-rest/API-NOTES.md §2 / multitenancy docs): a principal (the SP itself or one
    // profile) can be a member of at most 1,000 workspaces; memberships of any role count. Over it -> 400.
    if (m_state.membershipCount(ctx.caller.principalKey()) >= EmulatorState::MaxWorkspacesPerPrincipal)
        return ErrorBodies::withMessage(
            400, QStringLiteral("PowerBIWorkspaceLimitExceeded"),
            QStringLiteral("The principal is already a member of 1000 workspaces."));
    Member creator;
    creator.principalType = QStringLiteral("App");
    creator.identifier = ctx.caller.sp.objectId;
    creator.profileId = ctx.caller.profileId;
    creator.accessRight =
        QStringLiteral("Admin"); // docs/powerbi-rest/API-NOTES.md §2: the creator becomes Admin
    creator.displayName = ctx.caller.isProfile() ? ctx.caller.profileName : ctx.caller.sp.displayName;
    const Workspace &w = m_state.createWorkspace(name, creator);
    const QJsonObject json = toJson(w);
    m_state.markChanged();
    return api::ok(json);
}

HttpResponse GroupsApi::get(const RouteContext &ctx)
{
    HttpResponse error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    return w ? api::ok(toJson(*w)) : error;
}

HttpResponse GroupsApi::update(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::adminWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const QJsonValue nameValue = api::field(*body, QStringLiteral("name"));
    const QJsonValue formatValue = api::field(*body, QStringLiteral("defaultDatasetStorageFormat"));
    QString newName = w->name;
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        const auto read =
            api::readName(nameValue, QStringLiteral("name must be a non-empty string."), &error);
        if (!read)
            return error;
        newName = *read;
        const Workspace *same = m_state.findWorkspaceByName(newName);
        if (same && same->id != w->id)
            return duplicateName();
    }
    QString newFormat = w->defaultDatasetStorageFormat;
    if (!formatValue.isUndefined() && !formatValue.isNull()) {
        newFormat =
            api::enumValue(formatValue.toString(), {QStringLiteral("Small"), QStringLiteral("Large")});
        if (newFormat.isEmpty())
            return ErrorBodies::badRequest(
                QStringLiteral("defaultDatasetStorageFormat must be Small or Large."));
        // docs/powerbi-rest/API-NOTES.md §2: on shared capacity only the name may change.
        if (w->capacityId.isEmpty() && newFormat != w->defaultDatasetStorageFormat)
            return ErrorBodies::badRequest(
                QStringLiteral("defaultDatasetStorageFormat can only be changed on dedicated capacity."));
    }
    w->name = newName;
    w->defaultDatasetStorageFormat = newFormat;
    m_state.markChanged();
    return HttpResponse::empty(200);
}

HttpResponse GroupsApi::remove(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::adminWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    m_state.removeWorkspace(w->id);
    m_state.markChanged();
    return HttpResponse::empty(200);
}

} // namespace emu
