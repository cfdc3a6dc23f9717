#pragma once
#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class OnboardingRunPage;
}
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace td {

class ModelParametersBox;
class OnboardingRollback;
class OnboardingRun;

// Steps running, then step 10 (summary). Shows each step's state; Cancel stops the step in flight,
// Resume continues from the failed step, Roll back deletes what this onboarding created (after a
// confirmation that lists it). Going Back cancels a running step; coming here again resumes.
class OnboardingRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OnboardingRunPage(OnboardingRun *run, QWidget *parent = nullptr);
    ~OnboardingRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QTreeWidget *stepTree() const;
    QProgressBar *progressBar() const;
    QPushButton *cancelButton() const;
    QPushButton *resumeButton() const;
    QPushButton *rollbackButton() const;
    QString statusText() const;
    ModelParametersBox *parametersBox() const { return m_parameters; } // shown while the run needs them
    void resume();
    void askRollback(); // opens the confirmation (objectName "rollbackConfirm")

Q_SIGNALS:
    void rolledBack(bool ok);

private:
    void startRun();
    void updateStep(int step);
    void updateButtons();
    void onFinished(bool ok);
    void showSummary();
    void askParameters(int step);

    std::unique_ptr<Ui::OnboardingRunPage> ui;
    OnboardingRun *m_run;
    QPointer<OnboardingRollback> m_rollback;
    ModelParametersBox *m_parameters;
};

} // namespace td
