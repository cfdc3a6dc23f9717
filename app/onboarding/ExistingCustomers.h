#pragma once
#include <QCoreApplication>
#include <QVector>

#include "app/onboarding/OnboardingRow.h"

namespace td {

class CustomerRegistry;
struct Customer;

// What an onboarding does with a customer id the registry already holds for the connection. Onboarding
// it again as if it were new would re-point the id to a new profile and leave the old profile and
// workspace referenced by nothing, so a bulk onboarding (CLI `onboard --existing`, the bulk dialog)
// chooses:
//   Fail    the row is invalid: "C9001 is already registered (profile …)" (the default)
//   Skip    the row is left out and reported as skipped
//   Update  the row re-uses the registered identity: its profile and workspace are kept (no profile is
//           created) and the content is imported again over the old one
// A customer whose earlier onboarding under the same display name failed or was interrupted is no
// conflict: onboarding it again resumes that onboarding (the wizard's rule as well).
enum class ExistingPolicy { Fail, Skip, Update };

class ExistingCustomers
{
    Q_DECLARE_TR_FUNCTIONS(ExistingCustomers)
public:
    static QString policyName(ExistingPolicy policy); // fail | skip | update
    static bool policyFromName(const QString &name, ExistingPolicy *policy);
    static QString policyLabel(ExistingPolicy policy); // for people: "Skip registered customers"

    // Why onboarding `registered` again as displayName would re-point it ("" when registered is empty, or
    // when the onboarding resumes an earlier one): "C9001 is already registered (profile …, "Alpha",
    // active)".
    static QString conflict(const Customer &registered, const QString &displayName);
    // The rows with the policy applied to each one that is fine so far and conflicts with the registry.
    static QVector<OnboardingRow> apply(const QVector<OnboardingRow> &rows, const CustomerRegistry &registry,
                                        const QString &connectionId, ExistingPolicy policy);
};

} // namespace td
