// OnboardingRun: the parameters the run waits for (NeedsInput), and what it created, kept in the
// customer's registry entry so that a rollback still knows it after a restart.
#include <QJsonArray>

#include "app/onboarding/OnboardingRun.h"
#include "app/ops/ReadParametersOp.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

int OnboardingRun::waitingStep() const
{
    for (int i = 0; i < StepCount; ++i) {
        if (m_steps.at(i).state == State::NeedsInput)
            return i;
    }
    return -1;
}

QVector<QPair<QString, QString>> OnboardingRun::effectiveParameters() const
{
    if (!m_parametersProvided)
        return m_plan.parameters;
    QVector<QPair<QString, QString>> out = m_providedParameters;
    for (const auto &nv : m_plan.parameters) { // plan values the review did not name stay
        const bool named =
            std::any_of(out.cbegin(), out.cend(), [&nv](const auto &p) { return p.first == nv.first; });
        if (!named)
            out << nv;
    }
    return out;
}

void OnboardingRun::provideParameters(const QVector<QPair<QString, QString>> &values)
{
    if (isRunning())
        return;
    m_providedParameters = values;
    m_parametersProvided = true;
    start();
}

void OnboardingRun::readModelParameters()
{
    runOp(new ReadParametersOp(m_session, m_profileId, m_workspaceId, datasetIds(), this),
          [this](const OpResult &r) {
              m_modelParameters.clear();
              m_modelParameterNames.clear();
              for (const QJsonValue &v : r.output.value(QLatin1String("parameters")).toArray())
                  m_modelParameters << MashupParameter::fromJson(v.toObject());
              const QJsonObject names = r.output.value(QLatin1String("datasets")).toObject();
              for (auto it = names.begin(); it != names.end(); ++it) {
                  QStringList list;
                  for (const QJsonValue &n : it.value().toArray())
                      list << n.toString();
                  m_modelParameterNames.insert(it.key(), list);
              }
              if (m_modelParameters.isEmpty()) {
                  stepDone(tr("The semantic model has no parameters"), r);
                  return;
              }
              const int step = m_current;
              m_current = -1;
              m_steps[step].requestId = r.requestId;
              setState(Step(step), State::NeedsInput,
                       tr("Fill in the values of the model's %n parameter(s), then continue", nullptr,
                          int(m_modelParameters.size())));
              Q_EMIT inputNeeded(step);
          });
}

QJsonObject OnboardingRun::Created::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("profileId", profileId);
    put("profileName", profileName);
    put("workspaceId", workspaceId);
    put("workspaceName", workspaceName);
    put("adminWorkspaceId", adminWorkspaceId);
    put("adminProfileId", adminProfileId);
    return o;
}

OnboardingRun::Created OnboardingRun::Created::fromJson(const QJsonObject &o)
{
    Created c;
    c.profileId = o.value(QLatin1String("profileId")).toString();
    c.profileName = o.value(QLatin1String("profileName")).toString();
    c.workspaceId = o.value(QLatin1String("workspaceId")).toString();
    c.workspaceName = o.value(QLatin1String("workspaceName")).toString();
    c.adminWorkspaceId = o.value(QLatin1String("adminWorkspaceId")).toString();
    c.adminProfileId = o.value(QLatin1String("adminProfileId")).toString();
    return c;
}

// A customer whose onboarding stopped (failed, cancelled, or the app closed) has what it created in its
// registry entry: a new run of it (e.g. after a restart) takes that over, so its rollback still deletes it.
void OnboardingRun::restoreCreated()
{
    if (!m_registry || createdProfile() || createdWorkspace() || addedAdmin())
        return;
    const Customer c = m_registry->find(m_plan.connectionId, m_plan.customerId);
    if (c.customerId.isEmpty() || c.status == QLatin1String("active"))
        return;
    m_created = Created::fromJson(c.onboarding);
}

} // namespace td
