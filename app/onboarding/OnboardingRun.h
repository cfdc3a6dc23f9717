#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "app/onboarding/OnboardingPlan.h"
#include "app/ops/AsyncOp.h"

namespace td {

class AuditLog;
class ConnectionSession;
class CustomerRegistry;

// One imported .pbix: what it made (or found) in the workspace.
struct OnboardingImport
{
    QString file;
    QString importId;
    QString reportId;
    QString datasetId;
    bool created = false;
};

// Runs one customer's onboarding plan step by step with the idempotent ops (no widgets). Each step has a
// state; a failed or cancelled run stops at that step and start() resumes from it (done steps are not
// redone, unless the plan changed what they depend on). Because the ops find what exists, a new run of
// the same plan (e.g. after a restart) also completes without making anything twice. It remembers what
// this onboarding created, for an optional rollback (OnboardingRollback).
class OnboardingRun : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        Profile,
        Workspace,
        Capacity,
        Import,
        Parameters,
        Credentials,
        Refresh,
        EmbedCheck,
        Register
    };
    static constexpr int StepCount = 9;
    enum class State { Pending, Running, Done, Failed, Skipped, NeedsInput };
    struct StepStatus
    {
        State state = State::Pending;
        QString message;   // progress while running, result when done, the error when failed
        QString requestId; // of the call that decided the outcome
        QJsonObject output;
        QString signature; // the plan inputs it ran with
    };

    OnboardingRun(ConnectionSession *session, CustomerRegistry *registry, AuditLog *audit,
                  QObject *parent = nullptr);
    ~OnboardingRun() override;

    void setPlan(const OnboardingPlan &plan); // not while running
    const OnboardingPlan &plan() const { return m_plan; }
    void setPollInterval(int ms) { m_pollMs = ms; }

    void start(); // runs (or resumes) from the first step that is not done
    void cancel();
    bool isRunning() const { return m_current >= 0; }
    bool isComplete() const; // every step done or skipped
    int failedStep() const;  // -1 when none
    int waitingStep() const; // the step in NeedsInput, -1 when none
    // The imported models' parameters (read when plan().reviewParameters), for NeedsInput at Parameters.
    QVector<MashupParameter> modelParameters() const { return m_modelParameters; }
    // The values for the models' parameters (replacing the plan's); continues the run.
    void provideParameters(const QVector<QPair<QString, QString>> &values);
    QVector<QPair<QString, QString>> effectiveParameters() const;
    StepStatus status(Step step) const { return m_steps.at(int(step)); }
    QString profileId() const { return m_profileId; }
    QString workspaceId() const { return m_workspaceId; }
    QVector<OnboardingImport> imports() const { return m_imports; }
    // What this onboarding created, also across restarts (kept in the customer's registry entry).
    bool createdProfile() const { return !m_created.profileId.isEmpty(); }
    bool createdWorkspace() const { return !m_created.workspaceId.isEmpty(); }
    bool addedAdmin() const { return !m_created.adminWorkspaceId.isEmpty(); }
    struct Created
    {
        QString profileId, profileName;           // a profile it created
        QString workspaceId, workspaceName;       // a workspace it created
        QString adminWorkspaceId, adminProfileId; // a profile it made Admin of an existing workspace
        QJsonObject toJson() const;
        static Created fromJson(const QJsonObject &o);
    };
    Created created() const { return m_created; }
    ConnectionSession *session() const { return m_session; }
    CustomerRegistry *registry() const { return m_registry; }
    AuditLog *audit() const { return m_audit; }
    void resetAfterRollback(); // everything back to pending, nothing remembered as created

    static QString stepTitle(Step step);
    static QString stepKey(Step step); // "profile", "workspace" ... (stored in a failed customer's status)
    static QString stateName(State state);

Q_SIGNALS:
    void inputNeeded(int step); // the run waits (NeedsInput) for provideParameters()
    void stepChanged(int step);
    void progress(const QString &text);
    void uploadProgress(qint64 sent, qint64 total);
    void finished(bool ok); // ok: every step done; else failedStep() tells where it stopped

private:
    QString signature(Step step) const;
    bool isActive(Step step) const;
    void runNext();
    void runStep(Step step);
    void runOp(AsyncOp *op, std::function<void(const OpResult &)> done);
    void stepDone(const QString &message, const OpResult &result);
    void stepFailed(const OpResult &result);
    void setState(Step step, State state, const QString &message);
    void writeCustomer(const QString &status);
    void auditChange(const QString &action, const QString &kind, const QString &id, const QString &name,
                     const OpResult &result, const QString &details = {});
    void runImport(int index);
    void runPerDataset(int index);
    void readModelParameters();
    void restoreCreated();
    QStringList datasetIds() const;

    QPointer<ConnectionSession> m_session;
    CustomerRegistry *m_registry;
    AuditLog *m_audit;
    OnboardingPlan m_plan;
    QVector<StepStatus> m_steps;
    int m_current = -1;
    QPointer<AsyncOp> m_op;
    int m_pollMs = 2000;
    QString m_profileId, m_workspaceId;
    QVector<OnboardingImport> m_imports;
    Created m_created;
    QVector<MashupParameter> m_modelParameters;
    QHash<QString, QStringList> m_modelParameterNames; // dataset id -> its parameters' names
    bool m_parametersProvided = false;
    QVector<QPair<QString, QString>> m_providedParameters;
};

} // namespace td
