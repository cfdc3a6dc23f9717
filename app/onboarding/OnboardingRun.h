#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "onboarding/OnboardingPlan.h"
#include "ops/AsyncOp.h"

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
    enum class State { Pending, Running, Done, Failed, Skipped };
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
    StepStatus status(Step step) const { return m_steps.at(int(step)); }
    QString profileId() const { return m_profileId; }
    QString workspaceId() const { return m_workspaceId; }
    QVector<OnboardingImport> imports() const { return m_imports; }
    bool createdProfile() const { return m_createdProfile; }
    bool createdWorkspace() const { return m_createdWorkspace; }
    bool addedAdmin() const { return m_addedAdmin; }
    ConnectionSession *session() const { return m_session; }
    CustomerRegistry *registry() const { return m_registry; }
    AuditLog *audit() const { return m_audit; }
    void resetAfterRollback(); // everything back to pending, nothing remembered as created

    static QString stepTitle(Step step);
    static QString stepKey(Step step); // "profile", "workspace" ... (stored in a failed customer's status)
    static QString stateName(State state);

Q_SIGNALS:
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
    bool m_createdProfile = false, m_createdWorkspace = false, m_addedAdmin = false;
};

} // namespace td
