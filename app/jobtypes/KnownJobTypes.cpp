#include "app/jobtypes/KnownJobTypes.h"

#include "app/capacity/AssignCapacityJobType.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/migration/MigrateJobType.h"
#include "app/migration/MigrationCheckJobs.h"
#include "app/onboarding/OnboardJobType.h"

namespace td {

void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit)
{
    OnboardJobType::registerWith(types, registry, audit);
    AssignCapacityJobType::registerWith(types);
    MigrateJobType::registerWith(types, registry);
    MigrationCheckJobs::registerWith(types);
}

} // namespace td
