#pragma once
#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <memory>

#include "app/capacity/CapacityRollback.h"
#include "app/capacity/CapacityTypes.h"
#include "ui/capacity/CapacityWizardContext.h"

namespace Ui {
class CapacityRunPage;
}
class QMessageBox;

namespace td {

// Steps 5 and 6: submits the plan's moves as an "assign-capacity" job to the window's JobCenter (so it
// shows in the Jobs tab with pause, resume and cancel), follows its progress with a per-workspace result
// (error and RequestId), exports the results CSV, and rolls back (the failed, the moved, or all
// workspaces, to where each was) as a job of its own after a confirmation.
class CapacityRunPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { WorkspaceColumn, ResultColumn, ErrorColumn, RequestIdColumn };

    CapacityRunPage(const CapacityWizardContext *context, std::function<const CapacityPlan &()> plan,
                    QWidget *parent = nullptr);
    ~CapacityRunPage() override;

    void initializePage() override;
    bool isComplete() const override { return true; } // the job goes on when the wizard closes

    void setPollInterval(int ms) { m_pollMs = ms; }
    QString jobId() const { return m_jobId; }
    QString rollbackJobId() const { return m_rollbackId; }
    bool isJobFinished() const;
    bool isRollbackFinished() const;

    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Asks for a confirmation (open(), objectName "capacityRollbackConfirm"); Yes starts the rollback.
    void requestRollback();
    bool startRollback(CapacityRollback::Scope scope, QString *error = nullptr); // no confirmation

Q_SIGNALS:
    void jobFinished();
    void rollbackFinished();

private:
    void submit();
    void onJobChanged(const QString &id);
    void refresh();
    void refreshRollback();
    void chooseExportFile();

    std::unique_ptr<Ui::CapacityRunPage> ui;
    const CapacityWizardContext *m_context;
    std::function<const CapacityPlan &()> m_plan;
    int m_pollMs = 2000;
    QString m_jobId;
    QString m_rollbackId;
    bool m_finishedEmitted = false;
    bool m_rollbackEmitted = false;
    QPointer<QMessageBox> m_confirm;
};

} // namespace td
