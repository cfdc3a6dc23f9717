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
    // Assumption (docs/powerbi-rest/API-NOTES.md §4): "the profile creator must have capacity permissions" -
    // a profile without a right of its own inherits its parent service principal's right on the capacity.
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
    QString target; // "" = shared (docs/powerbi-rest/API-NOTES.md §4: the empty GUID unassigns)
    if (capacityId != kEmptyGuid) {
        const Capacity *c = m_state.capacities().find(capacityId);
        if (!c)
            return ErrorBodies::notFound(); // unknown or deleted capacity
        // Assignment needs Admin or Assign rights (docs/powerbi-rest/API-NOTES.md §4).
        if (rightOf(ctx.caller, *c) == QLatin1String("None"))
            return ErrorBodies::notAuthorized();
        if (c->state != QLatin1String("Active")) {
            // Assumption (docs/powerbi-rest/API-NOTES.md §4): a capacity that is not Active (Suspended,
            // Paused, ...) refuses assignments up front; the code and status are not documented.
            return ErrorBodies::withMessage(
                400, QStringLiteral("CapacityNotActive"),
                QStringLiteral("Capacity %1 is %2; only an Active capacity accepts workspaces.")
                    .arg(c->displayName, c->state));
        }
        target = c->id;
    }
    w->assignmentStart = api::nowIso();
    w->assignmentEnd.clear();
    w->assignmentActivityId.clear();
    w->assignmentTarget = target;
    w->assignmentPollsLeft = qMax(0, m_jobs.assignmentPolls);
    w->assignmentFails = m_jobs.failNextAssignments > 0;
    if (w->assignmentFails)
        --m_jobs.failNextAssignments;
    w->assignmentStatus = QStringLiteral("Pending");
    if (w->assignmentPollsLeft == 0)
        finishAssignment(*w);
    m_state.markChanged();
    return HttpResponse::empty(200);
}

void CapacitiesApi::finishAssignment(Workspace &w)
{
    w.assignmentEnd = api::nowIso();
    if (w.assignmentFails) {
        // The workspace stays where it was; the service reports an activity id to quote to support.
        w.assignmentStatus = QStringLiteral("AssignmentFailed");
        w.assignmentActivityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
        w.capacityId = w.assignmentTarget;
    }
    w.assignmentFails = false;
}

HttpResponse CapacitiesApi::status(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    QJsonObject o;
    const bool running =
        w->assignmentStatus == QLatin1String("Pending") || w->assignmentStatus == QLatin1String("InProgress");
    // While it runs, the last poll before the final status says InProgress, the earlier ones Pending.
    const QString st = running ? QString::fromLatin1(w->assignmentPollsLeft <= 1 ? "InProgress" : "Pending")
                       : w->assignmentStatus.isEmpty() ? QStringLiteral("CompletedSuccessfully")
                                                       : w->assignmentStatus;
    o.insert(QStringLiteral("status"), st);
    if (!w->assignmentStart.isEmpty())
        o.insert(QStringLiteral("startTime"), w->assignmentStart);
    if (!running && !w->assignmentEnd.isEmpty())
        o.insert(QStringLiteral("endTime"), w->assignmentEnd);
    const QString capacity = running ? w->assignmentTarget : w->capacityId;
    if (!capacity.isEmpty())
        o.insert(QStringLiteral("capacityId"), capacity);
    if (!w->assignmentActivityId.isEmpty())
        o.insert(QStringLiteral("activityId"), w->assignmentActivityId);
    if (running) { // §15: each poll moves it on: Pending -> InProgress -> final
        w->assignmentStatus = st;
        if (--w->assignmentPollsLeft <= 0)
            finishAssignment(*w);
        m_state.markChanged();
    }
    return api::ok(o);
}

} // namespace emu
