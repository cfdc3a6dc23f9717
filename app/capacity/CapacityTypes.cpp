#include "app/capacity/CapacityTypes.h"

#include <QJsonArray>
#include <QtMath>

#include "app/domain/JsonFields.h"
#include "app/domain/Types.h"

namespace td {

namespace {
const JsonFields<CapacityInfo> kCapacityFields{
    {"id", &CapacityInfo::id},       {"displayName", &CapacityInfo::displayName},
    {"sku", &CapacityInfo::sku},     {"region", &CapacityInfo::region},
    {"state", &CapacityInfo::state}, {"capacityUserAccessRight", &CapacityInfo::capacityUserAccessRight}};

const JsonFields<AssignTarget> kTargetFields{{"workspaceId", &AssignTarget::workspaceId},
                                             {"workspaceName", &AssignTarget::workspaceName},
                                             {"currentCapacityId", &AssignTarget::currentCapacityId},
                                             {"region", &AssignTarget::region},
                                             {"adminProfileId", &AssignTarget::adminProfileId},
                                             {"adminVerified", &AssignTarget::adminVerified},
                                             {"customerId", &AssignTarget::customerId}};

const JsonFields<PreflightFinding> kFindingFields{{"rule", &PreflightFinding::ruleId},
                                                  {"message", &PreflightFinding::message},
                                                  {"whatToDo", &PreflightFinding::whatToDo}};

const EnumKey<FindingSeverity> kSeverityKeys[] = {
    {FindingSeverity::Blocker, "blocker", QT_TRANSLATE_NOOP("CapacityPlan", "Blocker")},
    {FindingSeverity::Warning, "warning", QT_TRANSLATE_NOOP("CapacityPlan", "Warning")},
    {FindingSeverity::Info, "info", QT_TRANSLATE_NOOP("CapacityPlan", "Info")}};

const EnumKey<PlanAction> kActionKeys[] = {
    {PlanAction::Move, "move", QT_TRANSLATE_NOOP("CapacityPlan", "Move")},
    {PlanAction::Skip, "skip", QT_TRANSLATE_NOOP("CapacityPlan", "Skip")},
    {PlanAction::Blocked, "blocked", QT_TRANSLATE_NOOP("CapacityPlan", "Blocked")}};
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
    return kCapacityFields.write(*this);
}

CapacityInfo CapacityInfo::fromJson(const QJsonObject &o)
{
    return kCapacityFields.read(o);
}

// ---- AssignTarget -----------------------------------------------------------------------------------

QJsonObject AssignTarget::toJson() const
{
    return kTargetFields.write(*this);
}

AssignTarget AssignTarget::fromJson(const QJsonObject &o)
{
    return kTargetFields.read(o);
}

// ---- PreflightFinding -------------------------------------------------------------------------------

QString PreflightFinding::severityKey(FindingSeverity s)
{
    return enumKey(kSeverityKeys, s, "info");
}

QString PreflightFinding::severityName(FindingSeverity s)
{
    return enumLabel(kSeverityKeys, s, "CapacityPlan");
}

FindingSeverity PreflightFinding::severityFromKey(const QString &key)
{
    return enumFromKey(kSeverityKeys, key, FindingSeverity::Info);
}

QJsonObject PreflightFinding::toJson() const
{
    return kFindingFields.write(*this, {{QStringLiteral("severity"), severityKey(severity)}});
}

PreflightFinding PreflightFinding::fromJson(const QJsonObject &o)
{
    PreflightFinding f = kFindingFields.read(o);
    f.severity = severityFromKey(jsonString(o, "severity"));
    return f;
}

// ---- PlanItem ---------------------------------------------------------------------------------------

QString PlanItem::actionKey(PlanAction a)
{
    return enumKey(kActionKeys, a, "blocked");
}

QString PlanItem::actionName(PlanAction a)
{
    return enumLabel(kActionKeys, a, "CapacityPlan");
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

} // namespace td
