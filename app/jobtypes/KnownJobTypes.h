#pragma once

namespace td {

class CustomerRegistry;
class JobTypeRegistry;

// Registers every journaled job type TenantDesk has (onboard, onboard-rollback, assign-capacity, migrate
// and the migration's validate / clean-up jobs), so that a job of any of them can resume: the GUI's Jobs
// tab after a restart, and `tenantdesk-cli jobs resume`. Every request a step sends is audited by the
// session's request layer, so no job type takes the audit log.
void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry);

} // namespace td
