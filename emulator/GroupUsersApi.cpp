#include "GroupUsersApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

namespace emu {

namespace {
const QString kUsers = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/users");
const QString kUser = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/users/([^/]+)");
const QStringList kRights{QStringLiteral("None"), QStringLiteral("Member"), QStringLiteral("Admin"),
                          QStringLiteral("Contributor"), QStringLiteral("Viewer")};
const QStringList kPrincipalTypes{QStringLiteral("None"), QStringLiteral("User"), QStringLiteral("Group"),
                                  QStringLiteral("App")};
} // namespace

QJsonObject GroupUsersApi::toJson(const Member &m)
{
    QJsonObject o{{QStringLiteral("identifier"), m.identifier},
                  {QStringLiteral("principalType"), m.principalType},
                  {QStringLiteral("groupUserAccessRight"), m.accessRight}};
    if (!m.displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), m.displayName);
    if (!m.emailAddress.isEmpty())
        o.insert(QStringLiteral("emailAddress"), m.emailAddress);
    if (!m.profileId.isEmpty())
        o.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), m.profileId},
                                                        {QStringLiteral("displayName"), m.displayName}});
    return o;
}

void GroupUsersApi::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), kUsers, [this](const RouteContext &c) { return list(c); });
    router.add(QStringLiteral("POST"), kUsers, [this](const RouteContext &c) { return add(c); });
    router.add(QStringLiteral("PUT"), kUsers, [this](const RouteContext &c) { return update(c); });
    router.add(QStringLiteral("DELETE"), kUser, [this](const RouteContext &c) { return remove(c); });
}

HttpResponse GroupUsersApi::list(const RouteContext &ctx)
{
    HttpResponse error;
    const auto paging = api::readPaging(ctx.request, &error);
    if (!paging)
        return error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    QJsonArray all;
    for (const Member &m : w->members)
        all.append(toJson(m));
    return api::ok(api::collection(QStringLiteral("groupUsers"), paging->apply(all)));
}

std::optional<Member> GroupUsersApi::readMember(const RouteContext &ctx, HttpResponse *error) const
{
    const auto body = api::readJsonObject(ctx.request, error);
    if (!body)
        return std::nullopt;
    auto fail = [error](const QString &msg) {
        *error = ErrorBodies::badRequest(msg);
        return std::nullopt;
    };
    Member m;
    m.accessRight =
        api::enumValue(api::field(*body, QStringLiteral("groupUserAccessRight")).toString(), kRights);
    if (m.accessRight.isEmpty())
        return fail(
            QStringLiteral("groupUserAccessRight must be one of None, Member, Admin, Contributor, Viewer."));
    const QString email = api::field(*body, QStringLiteral("emailAddress")).toString().trimmed();
    m.identifier = api::field(*body, QStringLiteral("identifier")).toString().trimmed();
    const QJsonValue typeValue = api::field(*body, QStringLiteral("principalType"));
    // docs/powerbi-rest/API-NOTES.md §3: the legacy {"emailAddress","groupUserAccessRight"} form means a
    // user.
    m.principalType = typeValue.isUndefined() && !email.isEmpty()
                          ? QStringLiteral("User")
                          : api::enumValue(typeValue.toString(), kPrincipalTypes);
    if (m.principalType.isEmpty())
        return fail(QStringLiteral("principalType must be one of None, User, Group, App."));
    if (m.identifier.isEmpty())
        m.identifier = email;
    if (m.identifier.isEmpty())
        return fail(QStringLiteral("identifier is required."));
    if (m.principalType == QLatin1String("User")) {
        m.emailAddress = email.isEmpty() ? m.identifier : email;
        m.displayName = m.emailAddress.section(QLatin1Char('@'), 0, 0);
    } else if (m.principalType == QLatin1String("App")) {
        const ServicePrincipalInfo *sp = m_state.findSpByObjectId(m.identifier);
        m.displayName = sp ? sp->displayName : m.identifier;
        const QJsonValue profile = api::field(*body, QStringLiteral("profile"));
        if (profile.isObject()) {
            const QString profileId = api::field(profile.toObject(), QStringLiteral("id")).toString();
            const Profile *p = m_state.findProfile(profileId);
            // Assumption (docs/powerbi-rest/API-NOTES.md §3): a profile that does not exist or does not
            // belong to the service principal named by identifier is answered 404 PowerBIEntityNotFound.
            if (!sp || !p || p->ownerClientId.compare(sp->clientId, Qt::CaseInsensitive) != 0) {
                *error = ErrorBodies::notFound();
                return std::nullopt;
            }
            m.profileId = p->id;
            m.displayName = p->displayName;
        }
    }
    return m;
}

Workspace *GroupUsersApi::adminTarget(const RouteContext &ctx, std::optional<Member> *member,
                                      HttpResponse *error) const
{
    Workspace *w = api::adminWorkspace(m_state, ctx.caller, ctx.arg(1), error);
    if (!w)
        return nullptr;
    *member = readMember(ctx, error);
    return *member ? w : nullptr;
}

HttpResponse GroupUsersApi::add(const RouteContext &ctx)
{
    HttpResponse error;
    std::optional<Member> member;
    Workspace *w = adminTarget(ctx, &member, &error);
    if (!w)
        return error;
    if (member->accessRight == QLatin1String("None"))
        return ErrorBodies::badRequest(QStringLiteral("groupUserAccessRight None cannot be granted."));
    if (w->findMember(member->key()))
        // Assumption (docs/powerbi-rest/API-NOTES.md §3): adding an existing member is refused with this 400
        // code.
        return ErrorBodies::powerBi(400, QStringLiteral("AddingAlreadyExistsGroupUserNotSupportedError"));
    m_state.addMember(*w, *member);
    m_state.markChanged();
    return HttpResponse::empty(200);
}

HttpResponse GroupUsersApi::update(const RouteContext &ctx)
{
    HttpResponse error;
    std::optional<Member> member;
    Workspace *w = adminTarget(ctx, &member, &error);
    if (!w)
        return error;
    Member *existing = w->findMember(member->key());
    if (!existing)
        return ErrorBodies::notFound(); // Assumption (docs/powerbi-rest/API-NOTES.md §3): updating a
                                        // non-member -> 404
    if (member->accessRight == QLatin1String("None"))
        m_state.removeMemberAt(*w, int(existing - w->members.data()));
    else
        existing->accessRight = member->accessRight;
    m_state.markChanged();
    return HttpResponse::empty(200);
}

HttpResponse GroupUsersApi::remove(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::adminWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    const QString user = ctx.arg(2);
    const QString profileId = ctx.request.queryValue(QStringLiteral("profileId"));
    for (int i = 0; i < w->members.size(); ++i) {
        const Member &m = w->members.at(i);
        const bool sameProfile = m.profileId.compare(profileId, Qt::CaseInsensitive) == 0;
        if (m.identifier.compare(user, Qt::CaseInsensitive) == 0 && sameProfile) {
            m_state.removeMemberAt(*w, i);
            m_state.markChanged();
            return HttpResponse::empty(200);
        }
    }
    return ErrorBodies::notFound();
}

} // namespace emu
