#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/jobs/JobStep.h"
#include "app/jobs/JobTypes.h"

namespace td {

class CustomerRegistry;
class JobTypeRegistry;

// The "onboard-rollback" job type: undoes what one onboarding created, and only that. One item
// (key = customerId); its steps, each only when there is something of that kind to undo, in order:
//   admin      the profile's Admin membership the onboarding added to an existing workspace (as the SP)
//   workspace  the workspace it created, with the content imported into it (as the profile, its Admin)
//   profile    the profile it created
//   registry   the customer's registry entry
// What the onboarding found existing is kept. A 404 counts as deleted already (a rollback run again).
class OnboardRollbackJobType
{
    Q_DECLARE_TR_FUNCTIONS(OnboardRollbackJobType)
public:
    static QString typeName() { return QStringLiteral("onboard-rollback"); }
    // registry may be null (the registry step then removes nothing); it must outlive the engine's jobs.
    static void registerWith(JobTypeRegistry &types, CustomerRegistry *registry);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                 CustomerRegistry *registry);

    // The rollback of an "onboard" job's item: what it created comes from its step outputs and from the
    // customer's registry entry (which also knows what an earlier run of the same onboarding created).
    // An empty type when there is nothing to undo.
    static JobRequest request(const QString &connectionId, const JobItemInfo &onboardItem,
                              CustomerRegistry *registry);
    static QStringList deletes(const JobRequest &rollback); // one line per deletion, in order
    static QStringList keeps(const JobRequest &rollback);   // what stays (found existing)
};

} // namespace td
