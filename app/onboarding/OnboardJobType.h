#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/jobs/JobStep.h"

namespace td {

class AuditLog;
class CustomerRegistry;
class JobTypeRegistry;

// The "onboard" job type: one item per customer (key = customerId, params = onboardItemParams(row)),
// job params = OnboardJobParams::toJson(). Steps, each idempotent (the ops find before they create):
//   profile     EnsureProfileOp by the profile name template          -> profileId, created
//   workspace   EnsureWorkspaceOp as that profile                      -> workspaceId, created
//   capacity    (capacityId set) AssignCapacityOp + wait               -> capacityId, status
//   import      (pbix set) ImportOp as the profile                     -> reportId, datasetId, importId
//   parameters  (pbix and non-empty param.* values) ParametersOp       -> updated
//   registry    CustomerRegistry upsert, status active                 -> status
// A step that fails for good writes the customer as "failed:<step>" (when a registry is given).
// Transient errors re-run the step's op (OpStep); 429s only slow the connection down.
class OnboardJobType
{
    Q_DECLARE_TR_FUNCTIONS(OnboardJobType)
public:
    static QString typeName() { return QStringLiteral("onboard"); }
    // registry and audit may be null (nothing written there); both must outlive the engine's jobs.
    static void registerWith(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit = nullptr);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                 CustomerRegistry *registry, AuditLog *audit);
    static QStringList stepNames(const QJsonObject &jobParams, const QJsonObject &itemParams);
};

} // namespace td
