#pragma once
#include <QJsonObject>
#include <QString>

#include "app/onboarding/OnboardingRow.h"

namespace td {

// The job-wide parameters of an "onboard" job, as journaled (JSON keys in brackets).
struct OnboardJobParams
{
    OnboardingNaming naming; // [profileTemplate, workspaceTemplate, datasetTemplate]
    QString csvDir;          // [csvDir] the CSV's folder: relative .pbix paths resolve here
    QString nameConflict = QStringLiteral("Abort"); // [nameConflict] for imports
    int pollMs = 2000;                              // [pollMs] import / capacity assignment polling interval
    int retries = 4;        // [retries] extra runs of a step's op after a transient error (5xx, 429, network)
    int retryDelayMs = 500; // [retryDelayMs] first pause before such a re-run (doubles each time)

    QJsonObject toJson() const;
    static OnboardJobParams fromJson(const QJsonObject &o);
};

// One CSV row as an item's parameters: customerId, displayName, capacityId, pbix, line, parameters
// ([{name,value}]; empty values are left out: the model keeps its value).
QJsonObject onboardItemParams(const OnboardingRow &row);
OnboardingRow onboardRowFromParams(const QJsonObject &params, const QString &csvDir = {});

} // namespace td
