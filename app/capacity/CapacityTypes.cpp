#include "app/capacity/CapacityTypes.h"

#include <QJsonArray>
#include <QtMath>

#include "app/domain/Types.h"

namespace td {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString sharedCapacityId()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

bool isSharedCapacity(const QString &capacityId)
{
    const QString id = capacityId.trimmed();
    return id.isEmpty() || id == sharedCapacityId();
}

QString normalizedCapacityId(const QString &capacityId)
{
    return isSharedCapacity(capacityId) ? sharedCapacityId() : capacityId.trimmed().toLower();
}

// ---- CapacityInfo -----------------------------------------------------------------------------------

bool CapacityInfo::isActive() const
{
    return isShared() || state.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0;
}

bool CapacityInfo::canAssign() const
{
    return isShared() || capacityUserAccessRight.compare(QLatin1String("Assign"), Qt::CaseInsensitive) == 0 ||
           capacityUserAccessRight.compare(QLatin1String("Admin"), Qt::CaseInsensitive) == 0;
}

QString CapacityInfo::label() const
{
    if (isShared())
        return tr("Shared capacity");
    QStringList parts;
    if (!sku.isEmpty())
        parts << sku;
    if (!region.isEmpty())
        parts << region;
    const QString name = displayName.isEmpty() ? id : displayName;
    return parts.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

CapacityInfo CapacityInfo::shared()
{
    CapacityInfo c;
    c.id = sharedCapacityId();
    c.displayName = tr("Shared capacity");
    c.state = QStringLiteral("Active");
    c.capacityUserAccessRight = QStringLiteral("Admin");
    return c;
}

CapacityInfo CapacityInfo::fromCapacity(const Capacity &c)
{
    CapacityInfo i;
    i.id = c.id;
    i.displayName = c.displayName;
    i.sku = c.sku;
    i.region = c.region;
    i.state = c.state;
    i.capacityUserAccessRight = c.capacityUserAccessRight;
    return i;
}

QJsonObject CapacityInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("region"), region},
            {QStringLiteral("state"), state},
            {QStringLiteral("capacityUserAccessRight"), capacityUserAccessRight}};
}

CapacityInfo CapacityInfo::fromJson(const QJsonObject &o)
{
    CapacityInfo c;
    c.id = str(o, "id");
    c.displayName = str(o, "displayName");
    c.sku = str(o, "sku");
    c.region = str(o, "region");
    c.state = str(o, "state");
    c.capacityUserAccessRight = str(o, "capacityUserAccessRight");
    return c;
}

// ---- AssignTarget -----------------------------------------------------------------------------------

QJsonObject AssignTarget::toJson() const
{
    return {{QStringLiteral("workspaceId"), workspaceId},
            {QStringLiteral("workspaceName"), workspaceName},
            {QStringLiteral("currentCapacityId"), currentCapacityId},
            {QStringLiteral("region"), region},
            {QStringLiteral("adminProfileId"), adminProfileId},
            {QStringLiteral("adminVerified"), adminVerified},
            {QStringLiteral("customerId"), customerId}};
}

AssignTarget AssignTarget::fromJson(const QJsonObject &o)
{
    AssignTarget t;
    t.workspaceId = str(o, "workspaceId");
    t.workspaceName = str(o, "workspaceName");
    t.currentCapacityId = str(o, "currentCapacityId");
    t.region = str(o, "region");
    t.adminProfileId = str(o, "adminProfileId");
    t.adminVerified = o.value(QLatin1String("adminVerified")).toBool();
    t.customerId = str(o, "customerId");
    return t;
}

// ---- PreflightFinding -------------------------------------------------------------------------------

QString PreflightFinding::severityKey(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Blocker:
        return QStringLiteral("blocker");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString PreflightFinding::severityName(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Blocker:
        return CapacityPlan::tr("Blocker");
    case FindingSeverity::Warning:
        return CapacityPlan::tr("Warning");
    case FindingSeverity::Info:
        break;
    }
    return CapacityPlan::tr("Info");
}

FindingSeverity PreflightFinding::severityFromKey(const QString &key)
{
    if (key == QLatin1String("blocker"))
        return FindingSeverity::Blocker;
    if (key == QLatin1String("warning"))
        return FindingSeverity::Warning;
    return FindingSeverity::Info;
}

QJsonObject PreflightFinding::toJson() const
{
    return {{QStringLiteral("rule"), ruleId},
            {QStringLiteral("severity"), severityKey(severity)},
            {QStringLiteral("message"), message},
            {QStringLiteral("whatToDo"), whatToDo}};
}

PreflightFinding PreflightFinding::fromJson(const QJsonObject &o)
{
    return {str(o, "rule"), severityFromKey(str(o, "severity")), str(o, "message"), str(o, "whatToDo")};
}

// ---- PlanItem ---------------------------------------------------------------------------------------

QString PlanItem::actionKey(PlanAction a)
{
    switch (a) {
    case PlanAction::Move:
        return QStringLiteral("move");
    case PlanAction::Skip:
        return QStringLiteral("skip");
    case PlanAction::Blocked:
        break;
    }
    return QStringLiteral("blocked");
}

QString PlanItem::actionName(PlanAction a)
{
    switch (a) {
    case PlanAction::Move:
        return CapacityPlan::tr("Move");
    case PlanAction::Skip:
        return CapacityPlan::tr("Skip");
    case PlanAction::Blocked:
        break;
    }
    return CapacityPlan::tr("Blocked");
}

bool PlanItem::hasBlocker() const
{
    for (const PreflightFinding &f : findings) {
        if (f.severity == FindingSeverity::Blocker)
            return true;
    }
    return false;
}

QJsonObject PlanItem::toJson() const
{
    QJsonArray list;
    for (const PreflightFinding &f : findings)
        list.append(f.toJson());
    QJsonObject o = workspace.toJson();
    o.insert(QStringLiteral("action"), actionKey(action));
    o.insert(QStringLiteral("findings"), list);
    return o;
}

// ---- CapacityPlan -----------------------------------------------------------------------------------

void CapacityPlan::recount(const PlanEstimateParams &params)
{
    toMove = toSkip = blocked = 0;
    for (const PlanItem &i : items) {
        if (i.action == PlanAction::Move)
            ++toMove;
        else if (i.action == PlanAction::Skip)
            ++toSkip;
        else
            ++blocked;
    }
    estimatedMs = estimateMs(toMove, params);
}

QVector<AssignTarget> CapacityPlan::moves() const
{
    QVector<AssignTarget> out;
    for (const PlanItem &i : items) {
        if (i.action == PlanAction::Move)
            out << i.workspace;
    }
    return out;
}

qint64 CapacityPlan::estimateMs(int moves, const PlanEstimateParams &p)
{
    if (moves <= 0)
        return 0;
    const int atOnce = qMax(1, p.itemsAtOnce);
    const qint64 perMove = qint64(1 + qMax(0, p.pollsPerMove)) * qMax(0, p.requestMs) +
                           qint64(qMax(0, p.pollsPerMove)) * p.pollMs;
    const qint64 byConcurrency = qint64((moves + atOnce - 1) / atOnce) * perMove;
    qint64 byRate = 0;
    if (p.requestsPerHour > 0)
        byRate = qint64(moves) * (1 + qMax(0, p.pollsPerMove)) * 3600000LL / p.requestsPerHour;
    return qMax(byConcurrency, byRate);
}

QString CapacityPlan::durationText(qint64 ms)
{
    if (ms < 60000)
        return tr("under a minute");
    const qint64 minutes = (ms + 59999) / 60000;
    if (minutes < 120)
        return tr("about %n min", nullptr, int(minutes));
    return tr("about %n h", nullptr, int((minutes + 59) / 60));
}

QString CapacityPlan::summary() const
{
    return tr("%1 to move, %2 to skip, %3 blocked; %4")
        .arg(toMove)
        .arg(toSkip)
        .arg(blocked)
        .arg(durationText(estimatedMs));
}

QJsonObject CapacityPlan::toJson() const
{
    QJsonArray list;
    for (const PlanItem &i : items)
        list.append(i.toJson());
    return {{QStringLiteral("target"), target.toJson()},
            {QStringLiteral("toMove"), toMove},
            {QStringLiteral("toSkip"), toSkip},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("estimatedSeconds"), double(estimatedMs) / 1000.0},
            {QStringLiteral("items"), list}};
}

QHash<QString, int> countByCapacity(const QVector<AssignTarget> &workspaces)
{
    QHash<QString, int> counts;
    for (const AssignTarget &t : workspaces)
        ++counts[normalizedCapacityId(t.currentCapacityId)];
    return counts;
}

} // namespace td
