#pragma once
#include <QDialog>
#include <QPointer>
#include <memory>

#include "app/api/ApiError.h"
#include "app/jobs/JobTypes.h"
#include "app/onboarding/ExistingCustomers.h"

namespace Ui {
class BulkOnboardDialog;
}

namespace td {

class AuditLog;
class BulkOnboarding;
class ConnectionSession;
class CustomerRegistry;
class JobEngine;

// "Bulk onboard from CSV…": choose a CSV, Dry run (a table of the plan with each row's error), Run (one
// journaled "onboard" job: the Jobs tab shows its progress, pause/cancel and per-item results; this
// table follows each customer's status), Save result CSV. Rows whose customer the registry holds already
// are refused, skipped or updated as the Registered choice says (ExistingCustomers). Non-modal; no nested
// event loops.
class BulkOnboardDialog : public QDialog
{
    Q_OBJECT
public:
    BulkOnboardDialog(JobEngine *engine, ConnectionSession *session, QWidget *parent = nullptr);
    ~BulkOnboardDialog() override;

    // The registry whose customers the rows are checked against (the Registered choice: refuse, skip or
    // update them); without it rows are not checked. It must outlive the dialog.
    void setRegistry(const CustomerRegistry *registry);
    bool setExistingPolicy(ExistingPolicy policy); // false while a run or dry run goes on
    bool setCsvPath(const QString &path);          // loads it: false (and the reason shown) when unusable
    void startDryRun();
    QString startRun(); // the job id, "" when it could not start (reason shown)
    bool saveResult(const QString &path);
    QString jobId() const { return m_jobId; }
    QString statusText() const;
    int rowCount() const;
    QString cellText(int row, int column) const;
    enum Column {
        ColLine,
        ColCustomer,
        ColName,
        ColProfile,
        ColWorkspace,
        ColCapacity,
        ColImport,
        ColStatus,
        ColCount
    };

Q_SIGNALS:
    void dryRunFinished();
    void runFinished(td::JobState state);

private:
    void choose();
    void chooseResult();
    void fillRows();
    void applyExisting();
    void describeRows();
    static QString rowStatus(const OnboardingRow &row);
    void onPlanned(const ApiError &error);
    void onItemChanged(const QString &jobId, const QString &key);
    void onJobFinished(const QString &jobId, JobState state);
    void setStatus(const QString &text);
    void updateButtons();

    std::unique_ptr<Ui::BulkOnboardDialog> ui;
    QPointer<JobEngine> m_engine;
    QPointer<ConnectionSession> m_session;
    BulkOnboarding *m_bulk;
    const CustomerRegistry *m_registry = nullptr;
    QString m_jobId;
    bool m_planning = false;
};

} // namespace td
