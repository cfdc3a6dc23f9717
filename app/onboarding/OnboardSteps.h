// The steps of the "onboard" job type (OnboardJobType), shared by its two source files.
#pragma once
#include <QJsonObject>
#include <QStringList>

#include "app/domain/ContentTypes.h"
#include "app/jobs/JobStep.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/ops/OpStep.h"

namespace td {

class CustomerRegistry;

// One item's plan inputs: a CSV row, or the wizard's answers (see onboardRequest).
struct OnboardCtx
{
    OnboardJobParams job;
    OnboardingRow row;
    QString profileId;     // an existing profile: no create
    QString profileName;   // else this name (or the job's template)
    QString workspaceId;   // an existing workspace: the profile becomes its Admin
    QString workspaceName; // else this name (or the job's template)
    QStringList pbixFiles;
    bool reviewParameters = false;
    bool setCredentials = false;
    DatasourceCredentials credentials; // without the secret (StepCall::secret())
    bool refresh = false;
    bool embedCheck = false;
    CustomerRegistry *registry = nullptr;

    static OnboardCtx fromParams(const QJsonObject &jobParams, const QJsonObject &itemParams);
    OpStep::Retry retry() const { return {job.retries, job.retryDelayMs}; }
    bool hasParameterValues() const;
};

namespace onboard {
QString out(StepCall *call, const char *step, const char *key);
// The customer as the registry should hold it after this call's item got this far (output: the current
// step's output, not journaled yet). What the onboarding created goes to its "onboarding" entry.
void writeCustomer(const OnboardCtx &c, StepCall *call, const QString &status,
                   const QJsonObject &output = {});
OpStep::Failed failedAs(const OnboardCtx &c, const QString &step);
QString registeredConflict(const OnboardCtx &c, StepCall *call);
QStringList datasetIds(StepCall *call, const char *key = "datasetId"); // from the import step's output

JobStep parametersStep(const OnboardCtx &c);
JobStep credentialsStep(const OnboardCtx &c);
JobStep refreshStep(const OnboardCtx &c);
JobStep embedCheckStep(const OnboardCtx &c);
} // namespace onboard

} // namespace td
