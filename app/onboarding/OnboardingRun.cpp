#include "app/onboarding/OnboardingRun.h"

#include "app/session/ConnectionSession.h"

namespace td {

OnboardingRun::OnboardingRun(ConnectionSession *session, CustomerRegistry *registry, AuditLog *audit,
                             QObject *parent)
    : QObject(parent), m_session(session), m_registry(registry), m_audit(audit), m_steps(StepCount)
{}

OnboardingRun::~OnboardingRun()
{
    if (m_op)
        m_op->cancel();
    m_plan.credentials.secret.fill(QLatin1Char(' '));
}

QString OnboardingRun::stepTitle(Step step)
{
    switch (step) {
    case Step::Profile:
        return tr("Identity (profile)");
    case Step::Workspace:
        return tr("Workspace");
    case Step::Capacity:
        return tr("Capacity");
    case Step::Import:
        return tr("Content (.pbix import)");
    case Step::Parameters:
        return tr("Parameters");
    case Step::Credentials:
        return tr("Data source credentials");
    case Step::Refresh:
        return tr("Refresh");
    case Step::EmbedCheck:
        return tr("Embed check");
    case Step::Register:
        return tr("Customer registry");
    }
    return {};
}

QString OnboardingRun::stepKey(Step step)
{
    static const char *keys[] = {"profile",     "workspace", "capacity",   "import",  "parameters",
                                 "credentials", "refresh",   "embedcheck", "register"};
    return QLatin1String(keys[int(step)]);
}

QString OnboardingRun::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Pending");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    case State::NeedsInput:
        return tr("Needs input");
    }
    return {};
}

void OnboardingRun::setPlan(const OnboardingPlan &plan)
{
    if (isRunning())
        return;
    m_plan = plan;
    restoreCreated();
}

bool OnboardingRun::isActive(Step step) const
{
    switch (step) {
    case Step::Capacity:
        return !m_plan.capacityId.isEmpty();
    case Step::Import:
        return !m_plan.pbixFiles.isEmpty();
    case Step::Parameters:
        return !m_plan.pbixFiles.isEmpty() && (!m_plan.parameters.isEmpty() || m_plan.reviewParameters);
    case Step::Credentials:
        return !m_plan.pbixFiles.isEmpty() && m_plan.setCredentials;
    case Step::Refresh:
        return !m_plan.pbixFiles.isEmpty() && m_plan.refresh;
    case Step::EmbedCheck:
        return !m_plan.pbixFiles.isEmpty() && m_plan.embedCheck;
    default:
        return true;
    }
}

// The inputs a step depends on; no secret is part of it.
QString OnboardingRun::signature(Step step) const
{
    const OnboardingPlan &p = m_plan;
    switch (step) {
    case Step::Profile:
        return p.createProfile ? QLatin1String("new:") + p.profileName : p.profileId;
    case Step::Workspace:
        return p.createWorkspace ? QLatin1String("new:") + p.workspaceName : p.workspaceId;
    case Step::Capacity:
        return p.capacityId;
    case Step::Import:
        return p.pbixFiles.join(QLatin1Char('|')) + QLatin1Char('|') + p.nameConflict;
    case Step::Parameters: {
        QStringList s{p.reviewParameters ? QStringLiteral("review") : QString()};
        for (const auto &nv : effectiveParameters())
            s << nv.first + QLatin1Char('=') + nv.second;
        return s.join(QLatin1Char('|'));
    }
    case Step::Credentials:
        return DatasourceCredentials::typeName(p.credentials.type) + QLatin1Char('|') +
               p.credentials.username;
    case Step::Refresh:
    case Step::EmbedCheck:
        return QStringLiteral("1");
    case Step::Register:
        return p.customerId + QLatin1Char('|') + p.displayName;
    }
    return {};
}

bool OnboardingRun::isComplete() const
{
    for (const StepStatus &s : m_steps) {
        if (s.state != State::Done && s.state != State::Skipped)
            return false;
    }
    return true;
}

int OnboardingRun::failedStep() const
{
    for (int i = 0; i < StepCount; ++i) {
        if (m_steps.at(i).state == State::Failed)
            return i;
    }
    return -1;
}

void OnboardingRun::setState(Step step, State state, const QString &message)
{
    StepStatus &s = m_steps[int(step)];
    s.state = state;
    s.message = message;
    Q_EMIT stepChanged(int(step));
}

void OnboardingRun::start()
{
    if (isRunning())
        return;
    // The first step not done (or whose inputs changed) runs again, and everything after it too
    // (idempotent: what exists is found, not made again).
    int from = StepCount;
    for (int i = 0; i < StepCount && from == StepCount; ++i) {
        const StepStatus &s = m_steps.at(i);
        if ((s.state != State::Done && s.state != State::Skipped) || s.signature != signature(Step(i)))
            from = i;
    }
    for (int i = from; i < StepCount; ++i) {
        m_steps[i].state = State::Pending;
        m_steps[i].message.clear();
        Q_EMIT stepChanged(i);
    }
    m_current = from;
    runNext();
}

void OnboardingRun::cancel()
{
    if (m_op)
        m_op->cancel(); // completes through the op's finished() -> stepFailed (Cancelled)
}

void OnboardingRun::runNext()
{
    while (m_current < StepCount) {
        const Step step = Step(m_current);
        const State st = m_steps.at(m_current).state;
        if (st == State::Done) {
            ++m_current;
            continue;
        }
        if (!isActive(step)) {
            m_steps[m_current].signature = signature(step);
            setState(step, State::Skipped, tr("Not requested"));
            ++m_current;
            continue;
        }
        setState(step, State::Running, tr("Running…"));
        runStep(step);
        return;
    }
    m_current = -1;
    Q_EMIT finished(true);
}

void OnboardingRun::runOp(AsyncOp *op, std::function<void(const OpResult &)> done)
{
    m_op = op;
    op->setPollInterval(m_pollMs);
    connect(op, &AsyncOp::progress, this, [this](const QString &text) {
        if (m_current >= 0)
            m_steps[m_current].message = text;
        Q_EMIT progress(text);
    });
    connect(op, &AsyncOp::finished, this, [this, done](const OpResult &r) {
        m_op = nullptr;
        if (r.ok)
            done(r);
        else
            stepFailed(r);
    });
    op->start();
}

void OnboardingRun::stepDone(const QString &message, const OpResult &result)
{
    StepStatus &s = m_steps[m_current];
    s.output = result.output;
    s.requestId = result.requestId;
    s.signature = signature(Step(m_current));
    setState(Step(m_current), State::Done, message);
    ++m_current;
    runNext();
}

void OnboardingRun::stepFailed(const OpResult &result)
{
    const Step step = Step(m_current);
    StepStatus &s = m_steps[m_current];
    s.requestId = result.requestId;
    m_current = -1;
    // The summary, plus the service's own code and message (the exact error, e.g. of GenerateToken).
    QString text = result.error.summary();
    const ApiError &e = result.error;
    if (!e.code.isEmpty() && !text.contains(e.code))
        text += QStringLiteral(" [%1%2]").arg(e.code, e.message.isEmpty() || text.contains(e.message)
                                                          ? QString()
                                                          : QStringLiteral(": ") + e.message);
    setState(step, State::Failed, text);
    if (step != Step::Register) {
        auditChange(QStringLiteral("onboardCustomer"), QStringLiteral("customer"), m_plan.customerId,
                    m_plan.displayName, result, tr("failed at step: %1").arg(stepTitle(step)));
        writeCustomer(QStringLiteral("failed:") + stepKey(step));
    }
    Q_EMIT finished(false);
}

} // namespace td
