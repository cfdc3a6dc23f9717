#include "app/jobtypes/KnownJobTypes.h"

#include "app/capacity/AssignCapacityJobType.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/migration/MigrateJobType.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/onboarding/OnboardRollbackJobType.h"

namespace td {

void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit)
{
    OnboardJobType::registerWith(types, registry, audit);
    OnboardRollbackJobType::registerWith(types, registry);
    AssignCapacityJobType::registerWith(types, audit);
    MigrateJobType::registerWith(types, registry, audit);
}

} // namespace td
