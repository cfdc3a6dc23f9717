#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include "app/api/RetryMath.h"

namespace td {

struct Capacity;

// Value types of a capacity assignment: the capacities, the workspaces to move, what the
// pre-flight found and the plan it made. Plain values, JSON round-trip where they are journaled.

// The empty GUID: "Shared capacity" as a target (AssignToCapacity with it unassigns).
QString sharedCapacityId();
bool isSharedCapacity(const QString &capacityId); // "" or the empty GUID
QString
normalizedCapacityId(const QString &capacityId); // lower-case; "" and the empty GUID -> the empty GUID

// One capacity as an identity sees it (GET capacities), or the "Shared capacity" pseudo-target.
struct CapacityInfo
{
    Q_DECLARE_TR_FUNCTIONS(CapacityInfo)
public:
    QString id;
    QString displayName;
    QString sku;
    QString region;                  // display form, e.g. "West Europe"; "" for shared capacity
    QString state;                   // Active | Suspended | ... (unknown values kept)
    QString capacityUserAccessRight; // None | Assign | Admin (of the identity that listed it)

    bool isShared() const { return isSharedCapacity(id); }
    bool isActive() const;  // state Active (shared capacity always)
    bool canAssign() const; // right Assign or Admin (shared capacity always)
    QString label() const;  // "EMB-WEU-1 (A2, West Europe)" / "Shared capacity"
    static CapacityInfo shared();
    static CapacityInfo fromCapacity(const Capacity &c);
    QJsonObject toJson() const;
    static CapacityInfo fromJson(const QJsonObject &o);
};

// One workspace to move. Before the pre-flight only workspaceId is required; adminProfileId is a hint
// (where to look first). The pre-flight fills in the rest and sets adminVerified when the workspace's
// access list shows that identity as Admin.
struct AssignTarget
{
    QString workspaceId;
    QString workspaceName;
    QString currentCapacityId; // "" = shared capacity
    QString region;            // the current capacity's region; "" = shared or unknown
    QString adminProfileId;    // the identity that is Admin of the workspace: a profile id, "" = the SP
    bool adminVerified = false;
    QString customerId; // optional, from the customer registry

    QJsonObject toJson() const;
    static AssignTarget fromJson(const QJsonObject &o);
};

enum class FindingSeverity { Blocker, Warning, Info };

// One thing the pre-flight found about one workspace. ruleId is stable (see PreflightRules).
struct PreflightFinding
{
    QString ruleId;
    FindingSeverity severity = FindingSeverity::Info;
    QString message;  // translated: what is wrong
    QString whatToDo; // translated: how to fix it

    static QString severityKey(FindingSeverity s);              // blocker | warning | info
    static QString severityName(FindingSeverity s);             // translated
    static FindingSeverity severityFromKey(const QString &key); // unknown -> Info
    QJsonObject toJson() const;
    static PreflightFinding fromJson(const QJsonObject &o);
};

enum class PlanAction { Move, Skip, Blocked };

struct PlanItem
{
    AssignTarget workspace;
    PlanAction action = PlanAction::Move;
    QVector<PreflightFinding> findings;

    static QString actionKey(PlanAction a);  // move | skip | blocked
    static QString actionName(PlanAction a); // translated
    bool hasBlocker() const;
    QJsonObject toJson() const;
};

// How long a plan takes. Assumptions (Power BI documents no limit for AssignToCapacity): one POST and
// pollsPerMove status polls per workspace, itemsAtOnce workspaces at a time, and at most
// requestsPerHour requests on the connection.
struct PlanEstimateParams
{
    int itemsAtOnce = 4;
    int pollMs = RetryDefaults::PollMs;
    int pollsPerMove = 3;
    int requestMs = 300;        // one request's round trip
    int requestsPerHour = 3600; // the rate limit assumed; 0 = none
};

struct CapacityPlan
{
    Q_DECLARE_TR_FUNCTIONS(CapacityPlan)
public:
    CapacityInfo target; // shared() for unassign
    QVector<PlanItem> items;
    int toMove = 0;
    int toSkip = 0;
    int blocked = 0;
    qint64 estimatedMs = 0;

    void recount(const PlanEstimateParams &params = {}); // counts and estimate from items
    QVector<AssignTarget> moves() const;                 // the Move items' workspaces
    QString summary() const;                             // "3 to move, 1 to skip, 2 blocked; about 1 min"
    static qint64 estimateMs(int moves, const PlanEstimateParams &params = {});
    static QString durationText(qint64 ms); // "under a minute", "about 5 min", "about 2 h"
    QJsonObject toJson() const;             // for --json
};

} // namespace td

Q_DECLARE_METATYPE(td::CapacityInfo)
Q_DECLARE_METATYPE(td::CapacityPlan)
