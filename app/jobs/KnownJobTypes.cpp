#include "jobs/KnownJobTypes.h"

#include "capacity/AssignCapacityJobType.h"
#include "jobs/JobTypeRegistry.h"
#include "migration/MigrateJobType.h"
#include "onboarding/OnboardJobType.h"

namespace td {

void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit)
{
    OnboardJobType::registerWith(types, registry, audit);
    AssignCapacityJobType::registerWith(types, audit);
    MigrateJobType::registerWith(types, registry, audit);
}

} // namespace td
