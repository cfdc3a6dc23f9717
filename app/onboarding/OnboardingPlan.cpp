#include "app/onboarding/OnboardingPlan.h"

namespace td {

QString OnboardingPlan::expand(const QString &templ, const QString &customerId, const QString &name)
{
    QString out = templ;
    out.replace(QLatin1String("{customerId}"), customerId.trimmed());
    out.replace(QLatin1String("{name}"), name.trimmed());
    return out.trimmed();
}

} // namespace td
