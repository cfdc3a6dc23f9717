#pragma once
#include <QCoreApplication>
#include <QMetaType>

#include "app/api/RetryMath.h"
#include "app/health/HealthTypes.h"
#include "app/jobs/JobStep.h"
#include "app/jobs/JobTypes.h"

namespace td {

class CustomerRegistry;
class JobTypeRegistry;

// How one fix ended, read back from its job item.
struct HealthFixResult
{
    QString key; // HealthFinding::key()
    QString ruleId;
    bool ok = false;
    QString message; // what was done, or why not (one line)
    QString requestId;
};

// The "health-fix" job type: one item per finding with a fix, made as the identity the finding names (a
// profile's call carries that profile's id and nothing else; profiles are deleted as the service
// principal). The item's steps:
//   fix       the request (RemoveMember, SetAdmin, DeleteProfile), or the operation (Refresh waits for the
//             refresh's result; AssignCapacity polls the assignment, and a 429 only slows it down)
//   registry  a registry fix, or after DeleteProfile the registry entry it names becomes "offboarded"
// The session's request layer audits every request; a registry change is a local change that no request
// carries, so its step appends its own row ("registry…", no RequestId) to the session's audit log.
// A delete that finds its object gone when the step runs again (after an interruption) counts as done.
class HealthFixJobType
{
    Q_DECLARE_TR_FUNCTIONS(HealthFixJobType)
public:
    static QString typeName() { return QStringLiteral("health-fix"); }
    // registry may be null (registry fixes then fail); it must outlive the engine's jobs.
    static void registerWith(JobTypeRegistry &types, CustomerRegistry *registry);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                 CustomerRegistry *registry);

    // The job for the findings that have a fix (the others are left out). pollMs: refresh and capacity
    // assignment polls.
    static JobRequest request(const QString &connectionId, const QVector<HealthFinding> &findings,
                              int pollMs = RetryDefaults::PollMs);
    static HealthFixResult result(const JobItemInfo &item); // of an item in a final state
};

} // namespace td

Q_DECLARE_METATYPE(td::HealthFixResult)
