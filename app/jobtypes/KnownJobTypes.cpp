#include "app/jobtypes/KnownJobTypes.h"

#include "app/capacity/AssignCapacityJobType.h"
#include "app/health/HealthFixJobType.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/migration/MigrateJobType.h"
#include "app/migration/MigrationCheckJobs.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/onboarding/OnboardRollbackJobType.h"

namespace td {

void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry)
{
    OnboardJobType::registerWith(types, registry);
    OnboardRollbackJobType::registerWith(types, registry);
    AssignCapacityJobType::registerWith(types);
    MigrateJobType::registerWith(types, registry);
    MigrationCheckJobs::registerWith(types);
    HealthFixJobType::registerWith(types, registry);
}

} // namespace td
