#pragma once
#include <QJsonObject>
#include <QString>

#include "app/api/RetryMath.h"
#include "app/jobs/JobTypes.h"
#include "app/onboarding/OnboardingRow.h"

namespace td {

// The job-wide parameters of an "onboard" job, as journaled (JSON keys in brackets).
struct OnboardJobParams
{
    OnboardingNaming naming; // [profileTemplate, workspaceTemplate, datasetTemplate]
    QString csvDir;          // [csvDir] the CSV's folder: relative .pbix paths resolve here
    QString nameConflict = QStringLiteral("Abort"); // [nameConflict] for imports
    int pollMs = RetryDefaults::PollMs;             // [pollMs] import / capacity assignment polling interval
    int retries = RetryDefaults::StepRetries;      // [retries] OpStep::Retry: a step's sends beyond the first
    int retryDelayMs = RetryDefaults::BaseDelayMs; // [retryDelayMs] back-off base of a step's re-runs

    QJsonObject toJson() const;
    static OnboardJobParams fromJson(const QJsonObject &o);
};

// One CSV row as an item's parameters: customerId, displayName, capacityId, pbix, line, parameters
// ([{name,value}]; empty values are left out: the model keeps its value); a registered customer updated
// adds existing ("update") and its profileId and workspaceId.
QJsonObject onboardItemParams(const OnboardingRow &row);
OnboardingRow onboardRowFromParams(const QJsonObject &params, const QString &csvDir = {});

struct OnboardingPlan;

// The wizard's plan as an "onboard" job of one item (key = customerId). Beyond a CSV row's parameters the
// item may hold: profileId (an existing profile: no create), profileName, workspaceId (an existing
// workspace: the profile is made its Admin), workspaceName, pbixFiles ([paths]), reviewParameters,
// credentials ({type, username, privacyLevel, encryptedConnection}; the secret goes to the engine's
// memory only, JobItemSpec::secret), refresh, embedCheck.
JobRequest onboardRequest(const OnboardingPlan &plan, int pollMs = 2000);

// What an onboarding created, by id, as the customer's registry entry keeps it ("onboarding") so that a
// rollback knows it after a restart: profileId/profileName and workspaceId/workspaceName (made by it),
// adminWorkspaceId/adminProfileId (the Admin membership it added). From an "onboard" item's step outputs
// (by step name), over what an earlier run of the same onboarding created.
QJsonObject onboardingCreated(const QJsonObject &outputs, const QJsonObject &earlier = {});

} // namespace td
