#pragma once

namespace td {

class AuditLog;
class CustomerRegistry;
class JobTypeRegistry;

// Registers every journaled job type TenantDesk has (onboard, assign-capacity, migrate and the migration's
// validate / clean-up jobs), so that a job of any of them can resume: the GUI's Jobs tab after a restart,
// and `tenantdesk-cli jobs resume`. (audit: only onboarding still takes it; requests are audited by the
// session.)
void registerKnownJobTypes(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit);

} // namespace td
