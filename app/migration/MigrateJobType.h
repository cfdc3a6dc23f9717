#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/jobs/JobStep.h"
#include "app/migration/MigrationTypes.h"

namespace td {

class CustomerRegistry;
class JobTypeRegistry;

// The "migrate" job type: one item per customer (key = customerId, params = PlanCustomer::toJson()),
// job params {"spObjectId"}. Steps, each idempotent so a resume after a kill makes nothing twice:
//   profile   EnsureProfileOp by the plan's profile name (an existing one is found, not duplicated)
//   admin     EnsureProfileAdminOp for each workspace, as the service principal  -> results
//   takeover  Default.TakeOver of each planned model, as the profile             -> taken, credentials
//   registry  CustomerRegistry upsert (profile, workspaces), status "migrated"
class MigrateJobType
{
    Q_DECLARE_TR_FUNCTIONS(MigrateJobType)
public:
    static QString typeName() { return QStringLiteral("migrate"); }
    // registry may be null; it must outlive the engine's jobs.
    static void registerWith(JobTypeRegistry &types, CustomerRegistry *registry);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                 CustomerRegistry *registry);
    static QStringList stepNames();
    static QJsonObject jobParams(const QString &spObjectId);
};

} // namespace td
