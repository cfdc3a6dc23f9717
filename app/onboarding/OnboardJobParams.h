#pragma once
#include <QJsonObject>
#include <QString>

#include "app/api/RetryMath.h"
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
// ([{name,value}]; empty values are left out: the model keeps its value).
QJsonObject onboardItemParams(const OnboardingRow &row);
OnboardingRow onboardRowFromParams(const QJsonObject &params, const QString &csvDir = {});

} // namespace td
