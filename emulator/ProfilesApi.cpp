#include "ProfilesApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

namespace emu {

namespace {
const QString kProfiles = QStringLiteral("/v1\\.0/myorg/profiles");
const QString kProfile = QStringLiteral("/v1\\.0/myorg/profiles/([^/]+)");

QJsonObject toJson(const Profile &p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("displayName"), p.displayName}};
}

HttpResponse duplicateName()
{
    // Assumption (docs/powerbi-rest/API-NOTES.md §1): the status of a duplicate displayName is undocumented;
    // we answer 400 PowerBIEntityAlreadyExists (the code Power BI uses for a duplicate workspace name).
    return ErrorBodies::powerBi(400, QStringLiteral("PowerBIEntityAlreadyExists"));
}
} // namespace

void ProfilesApi::registerRoutes(Router &router)
{
    // Profiles are managed by the parent service principal only: with the profile header -> 401.
    auto spOnly = [](auto method) {
        return [method](const RouteContext &ctx) {
            return ctx.caller.isProfile() ? ErrorBodies::notAuthorized() : method(ctx);
        };
    };
    router.add(QStringLiteral("GET"), kProfiles, spOnly([this](const RouteContext &c) { return list(c); }));
    router.add(QStringLiteral("POST"), kProfiles,
               spOnly([this](const RouteContext &c) { return create(c); }));
    router.add(QStringLiteral("GET"), kProfile, spOnly([this](const RouteContext &c) { return get(c); }));
    router.add(QStringLiteral("PUT"), kProfile, spOnly([this](const RouteContext &c) { return update(c); }));
    router.add(QStringLiteral("DELETE"), kProfile,
               spOnly([this](const RouteContext &c) { return remove(c); }));
}

HttpResponse ProfilesApi::list(const RouteContext &ctx)
{
    HttpResponse error;
    ODataFilter filter;
    const auto paging = api::readPaging(ctx.request, &error);
    if (!paging || !api::readFilter(ctx.request, &filter, &error))
        return error;
    const QVector<const Profile *> profiles = m_state.profilesOf(ctx.caller.sp.clientId);
    if (!ctx.request.hasQuery(QStringLiteral("$filter"))) {
        // Without $filter only the requested page is turned into JSON (large estates).
        QJsonArray page;
        const qsizetype end = paging->top < 0
                                  ? profiles.size()
                                  : qMin<qsizetype>(profiles.size(), qsizetype(paging->skip) + paging->top);
        for (qsizetype i = paging->skip; i < end; ++i)
            page.append(toJson(*profiles.at(i)));
        return api::ok(api::collection(QStringLiteral("profiles"), page));
    }
    QJsonArray all;
    for (const Profile *p : profiles) {
        const QJsonObject o = toJson(*p);
        if (filter.matches(o))
            all.append(o);
    }
    return api::ok(api::collection(QStringLiteral("profiles"), paging->apply(all)));
}

std::optional<QString> ProfilesApi::readDisplayName(const RouteContext &ctx, HttpResponse *error) const
{
    const auto body = api::readJsonObject(ctx.request, error);
    if (!body)
        return std::nullopt;
    // docs/powerbi-rest/API-NOTES.md §1/§17: the swagger says required ["id"]; displayName is the real
    // required field.
    return api::readName(api::field(*body, QStringLiteral("displayName")),
                         QStringLiteral("displayName is required."), error);
}

HttpResponse ProfilesApi::create(const RouteContext &ctx)
{
    HttpResponse error;
    const auto name = readDisplayName(ctx, &error);
    if (!name)
        return error;
    if (m_state.findProfileByName(ctx.caller.sp.clientId, *name))
        return duplicateName();
    if (m_state.profileCount(ctx.caller.sp.clientId) >= EmulatorState::MaxProfilesPerServicePrincipal)
        // Assumption (docs/powerbi-rest/API-NOTES.md §1): the limit error is undocumented; 400 with a
        // message.
        return ErrorBodies::withMessage(
            400, QStringLiteral("PowerBIProfileLimitExceeded"),
            QStringLiteral("A service principal can have at most 100000 profiles."));
    const Profile p = m_state.createProfile(ctx.caller.sp.clientId, *name);
    m_state.markChanged();
    return api::ok(toJson(p));
}

HttpResponse ProfilesApi::get(const RouteContext &ctx)
{
    const Profile *p = m_state.findProfile(ctx.arg(1));
    if (!p || p->ownerClientId.compare(ctx.caller.sp.clientId, Qt::CaseInsensitive) != 0)
        return ErrorBodies::notFound();
    return api::ok(toJson(*p));
}

HttpResponse ProfilesApi::update(const RouteContext &ctx)
{
    Profile *p = m_state.findProfile(ctx.arg(1));
    if (!p || p->ownerClientId.compare(ctx.caller.sp.clientId, Qt::CaseInsensitive) != 0)
        return ErrorBodies::notFound();
    HttpResponse error;
    const auto name = readDisplayName(ctx, &error);
    if (!name)
        return error;
    const Profile *same = m_state.findProfileByName(ctx.caller.sp.clientId, *name);
    if (same && same->id != p->id)
        return duplicateName();
    p->displayName = *name;
    const QString key = principalKeyForProfile(p->id);
    for (const Workspace *member : m_state.workspacesOf(key)) {
        if (Member *m = m_state.findWorkspace(member->id)->findMember(key))
            m->displayName = *name;
    }
    m_state.markChanged();
    return api::ok(toJson(*p));
}

HttpResponse ProfilesApi::remove(const RouteContext &ctx)
{
    const Profile *p = m_state.findProfile(ctx.arg(1));
    if (!p || p->ownerClientId.compare(ctx.caller.sp.clientId, Qt::CaseInsensitive) != 0)
        return ErrorBodies::notFound();
    m_state.removeProfile(p->id);
    m_state.markChanged();
    return HttpResponse::empty(200);
}

} // namespace emu
