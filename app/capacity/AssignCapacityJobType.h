#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "app/api/RetryMath.h"
#include "app/capacity/CapacityTypes.h"
#include "app/jobs/JobStep.h"
#include "app/jobs/JobTypes.h"

namespace td {

class JobTypeRegistry;

// Job-wide parameters of an "assign-capacity" job (JSON keys in brackets).
struct AssignCapacityJobParams
{
    QString capacityId;   // [capacityId] the target (empty GUID = shared); an item may override it
    QString capacityName; // [capacityName] for titles and the CSV
    int pollMs = RetryDefaults::PollMs;               // [pollMs] CapacityAssignmentStatus polling interval
    int pollTimeoutMs = RetryDefaults::PollTimeoutMs; // [pollTimeoutMs]
    int retries =
        RetryDefaults::StepRetries; // [retries] OpStep::Retry: sends beyond the first (5xx, network)
    int retryDelayMs = RetryDefaults::BaseDelayMs; // [retryDelayMs] back-off base of the re-runs
    QString rollbackOf; // [rollbackOf] the job this one rolls back ("" for a forward move)

    QJsonObject toJson() const;
    static AssignCapacityJobParams fromJson(const QJsonObject &o);
};

// Item parameters: one workspace (key = workspaceId).
//   workspaceId, workspaceName, profileId ("" = as the SP), previousCapacityId ("" = was shared),
//   capacityId (optional: overrides the job's target, used by rollback jobs), customerId (optional).
QJsonObject assignItemParams(const AssignTarget &target, const QString &capacityIdOverride = {});

// The "assign-capacity" job type: one item per workspace, one step:
//   assign   AssignCapacityOp as the workspace's Admin identity (X-PowerBI-Profile-Id of that profile
//            only; none for the SP), then CapacityAssignmentStatus polled until CompletedSuccessfully
//            or AssignmentFailed -> output {capacityId, previousCapacityId, status, activityId, startTime,
//            endTime}. A failure keeps the error and the RequestId on the item. 429s only slow the job
//            down: the scheduler waits each Retry-After, and when it gives up the op runs again after the
//            Retry-After, without limit (OpStep's keepWaitingOn429; other transient errors share the
//            step's budget of `retries` + 1 sends).
class AssignCapacityJobType
{
    Q_DECLARE_TR_FUNCTIONS(AssignCapacityJobType)
public:
    static QString typeName() { return QStringLiteral("assign-capacity"); }
    static QString stepName() { return QStringLiteral("assign"); }
    static void registerWith(JobTypeRegistry &types);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams);

    // The job for a plan's Move items (Skip and Blocked are left out). title "" = a default one.
    static JobRequest request(const QString &connectionId, const CapacityPlan &plan,
                              const AssignCapacityJobParams &params = {}, const QString &title = {});
    // Reads a finished item back.
    static QString previousCapacityId(const JobItemInfo &item);
    static QString targetCapacityId(const JobItemInfo &item, const QJsonObject &jobParams);
};

} // namespace td
