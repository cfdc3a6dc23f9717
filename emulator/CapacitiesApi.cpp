#include "CapacitiesApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QUuid>

namespace emu {

namespace {
const QString kEmptyGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
} // namespace

QString CapacitiesApi::rightOf(const Caller &caller, const Capacity &capacity) const
{
    QString right = capacity.rights.value(caller.principalKey());
    // Assumption (ENDPOINTS.md §4): "the profile creator must have capacity permissions" - a profile
    // without a right of its own inherits its parent service principal's right on the capacity.
    if (right.isEmpty() && caller.isProfile())
        right = capacity.rights.value(principalKeyForSp(caller.sp.objectId));
    return right.isEmpty() ? QStringLiteral("None") : right;
}

void CapacitiesApi::registerRoutes(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1\\.0/myorg/capacities"),
               [this](const RouteContext &c) { return list(c); });
    router.add(QStringLiteral("POST"), QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/AssignToCapacity"),
               [this](const RouteContext &c) { return assign(c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/CapacityAssignmentStatus"),
               [this](const RouteContext &c) { return status(c); });
}

HttpResponse CapacitiesApi::list(const RouteContext &ctx)
{
    QJsonArray value;
    for (const Capacity &c : m_state.capacities().items()) {
        const QString right = rightOf(ctx.caller, c);
        if (right == QLatin1String("None"))
            continue; // only capacities the caller has access to are listed
        value.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("displayName"), c.displayName},
                                 {QStringLiteral("admins"), QJsonArray::fromStringList(c.admins)},
                                 {QStringLiteral("sku"), c.sku},
                                 {QStringLiteral("state"), c.state},
                                 {QStringLiteral("capacityUserAccessRight"), right},
                                 {QStringLiteral("region"), c.region}});
    }
    return api::ok(api::collection(QStringLiteral("capacities"), value));
}

HttpResponse CapacitiesApi::assign(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::adminWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const QString capacityId = api::field(*body, QStringLiteral("capacityId")).toString().trimmed();
    if (!api::isGuid(capacityId))
        return ErrorBodies::badRequest(QStringLiteral("capacityId must be a GUID."));
    w->assignmentStart = api::nowIso();
    w->assignmentEnd.clear();
    w->assignmentActivityId.clear();
    if (capacityId == kEmptyGuid) { // ENDPOINTS.md §4: the empty GUID unassigns (back to shared)
        w->capacityId.clear();
        w->assignmentStatus = QStringLiteral("InProgress");
        m_state.markChanged();
        return HttpResponse::empty(200);
    }
    const Capacity *c = m_state.capacities().find(capacityId);
    if (!c)
        return ErrorBodies::notFound();
    if (rightOf(ctx.caller, *c) == QLatin1String("None"))
        return ErrorBodies::notAuthorized(); // assignment needs Admin or Assign rights (ENDPOINTS.md §4)
    if (c->state != QLatin1String("Active")) {
        // Assumption (ENDPOINTS.md §4/§15): assigning to a non-active capacity is accepted and then
        // reported as AssignmentFailed with an activityId.
        w->assignmentStatus = QStringLiteral("AssignmentFailed");
        w->assignmentEnd = api::nowIso();
        w->assignmentActivityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_state.markChanged();
        return HttpResponse::empty(200);
    }
    w->capacityId = c->id;
    w->assignmentStatus = QStringLiteral("InProgress");
    m_state.markChanged();
    return HttpResponse::empty(200);
}

HttpResponse CapacitiesApi::status(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    QJsonObject o;
    QString st =
        w->assignmentStatus.isEmpty() ? QStringLiteral("CompletedSuccessfully") : w->assignmentStatus;
    o.insert(QStringLiteral("status"), st);
    // The first poll after an assignment sees InProgress, the next one CompletedSuccessfully (§15).
    if (st == QLatin1String("InProgress")) {
        w->assignmentStatus = QStringLiteral("CompletedSuccessfully");
        w->assignmentEnd = api::nowIso();
    }
    if (!w->assignmentStart.isEmpty())
        o.insert(QStringLiteral("startTime"), w->assignmentStart);
    if (st != QLatin1String("InProgress") && !w->assignmentEnd.isEmpty())
        o.insert(QStringLiteral("endTime"), w->assignmentEnd);
    if (!w->capacityId.isEmpty())
        o.insert(QStringLiteral("capacityId"), w->capacityId);
    if (!w->assignmentActivityId.isEmpty())
        o.insert(QStringLiteral("activityId"), w->assignmentActivityId);
    return api::ok(o);
}

} // namespace emu
