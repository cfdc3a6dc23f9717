#pragma once
#include <QJsonObject>
#include <QPointer>
#include <QWizardPage>
#include <memory>

#include "app/jobs/JobTypes.h"

namespace Ui {
class OnboardingRunPage;
}
class QMessageBox;

namespace td {

class JobCenter;
class ModelParametersBox;
struct OnboardingContext;

// The last page: a view over the "onboard" job the wizard submits (one item) to the window's JobCenter,
// so the run also shows in the Jobs tab. Shows the item's steps from the journal; Pause, Resume (a
// paused, interrupted or failed run, from its first unfinished step) and Cancel go through the engine.
// When the item needs input (the models' parameters to review), the parameters box is filled from the
// request and answers with provideInput. Roll back submits an "onboard-rollback" job after a
// confirmation that lists what it deletes and what it keeps. Going Back cancels a running job; coming
// here again with the same answers resumes it, with other answers starts a new one.
class OnboardingRunPage : public QWizardPage
{
    Q_OBJECT
public:
    OnboardingRunPage(const OnboardingContext *context, QWidget *parent = nullptr);
    ~OnboardingRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void setPollInterval(int ms) { m_pollMs = ms; }
    QString jobId() const { return m_jobId; }
    QString customerId() const { return m_itemKey; }
    QString rollbackJobId() const { return m_rollbackId; }
    JobItemInfo item() const;           // the onboarding's item, from the journal
    QVector<JobStepInfo> steps() const; // its steps
    bool isRunning() const;             // the item has a step to run (not ended, not waiting)
    static QString stepTitle(const QString &stepName);

    ModelParametersBox *parametersBox() const { return m_parameters; } // shown while the item needs them
    void resume();
    void askRollback(); // opens the confirmation (objectName "rollbackConfirm")

Q_SIGNALS:
    void rolledBack(bool ok);
    void uploadProgress(qint64 sent, qint64 total); // while a .pbix uploads

private:
    JobCenter *center() const;
    void submit();
    void refresh();
    void refreshRollback();
    void showStatus(const JobItemInfo &item, const QVector<JobStepInfo> &steps);
    void askParameters(const JobItemInfo &item);
    void startRollback();

    std::unique_ptr<Ui::OnboardingRunPage> ui;
    const OnboardingContext *m_context;
    ModelParametersBox *m_parameters;
    QPointer<QMessageBox> m_confirm;
    int m_pollMs = 2000;
    QString m_jobId, m_itemKey, m_rollbackId;
    QJsonObject m_submitted; // the item's parameters of m_jobId (a change of answers starts a new job)
    QString m_submittedSecret;
    QString m_askedFor; // the request the parameters box shows
};

} // namespace td
