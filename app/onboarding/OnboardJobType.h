#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/jobs/JobStep.h"

namespace td {

class CustomerRegistry;
class JobTypeRegistry;

// The "onboard" job type: one item per customer (key = customerId, params = onboardItemParams(row), or
// the wizard's onboardRequest), job params = OnboardJobParams::toJson(). Steps, each idempotent (the ops
// find before they create):
//   profile     the existing profileId, or EnsureProfileOp by name/template -> profileId, created
//   workspace   EnsureWorkspaceOp as that profile, or for an existing workspaceId
//               EnsureProfileAdminOp (the profile made its Admin)        -> workspaceId, created / added
//   capacity    (capacityId set) AssignCapacityOp + wait               -> capacityId, status
//   import      (pbix / pbixFiles set) ImportOp per file as the profile -> reportId, datasetId, importId
//               (of the first file), imports [every file]
//   parameters  (an import and non-empty param.* values, or reviewParameters) ParametersOp per model;
//               reviewed: ReadParametersOp, then the item needs input {"kind": "modelParameters"}
//   credentials (credentials set) SetCredentialsOp per model; the secret is the item's in-memory one
//               (after a restart the item needs input {"kind": "credentials"})
//   refresh     (refresh) RefreshOp per model;  embedcheck (embedCheck) EmbedCheckOp
//   registry    CustomerRegistry upsert, status active                 -> status
// What the onboarding created is written to the customer's registry entry ("onboarding") as soon as it
// is made; a step that fails for good writes the customer as "failed:<step>" (when a registry is given).
// A profile is never created for a customer the registry holds from another onboarding (the profile
// step fails: ExistingCustomers::conflict); an item with existing = "update" re-uses the registered
// profileId / workspaceId (the workspace looked at as that profile) and imports with CreateOrOverwrite.
// Transient errors re-run the step's op (OpStep); 429s only slow the connection down.
class OnboardJobType
{
    Q_DECLARE_TR_FUNCTIONS(OnboardJobType)
public:
    static QString typeName() { return QStringLiteral("onboard"); }
    // registry may be null (nothing written there); it must outlive the engine's jobs.
    static void registerWith(JobTypeRegistry &types, CustomerRegistry *registry);
    static QVector<JobStep> plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                 CustomerRegistry *registry);
    static QStringList stepNames(const QJsonObject &jobParams, const QJsonObject &itemParams);
};

} // namespace td
