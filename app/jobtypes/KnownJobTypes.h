#pragma once

namespace td {

class AuditLog;
class CustomerRegistry;
class JobTypeRegistry;

// Registers every journaled job type TenantDesk has (onboard, onboard-rollback, assign-capacity, migrate), so
// that a job of any of them can resume: the GUI's Jobs tab after a restart, and `tenantdesk-cli jobs resume`.
void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit);

} // namespace td
