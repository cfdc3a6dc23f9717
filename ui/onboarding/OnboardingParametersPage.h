#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class OnboardingParametersPage;
}
class QCheckBox;
class QTableWidget;

namespace td {

struct OnboardingPlan;

// Step 6: the semantic model's parameters for this customer. By default the run reads them from the
// imported model and waits for the values (OnboardingRunPage); values known in advance can be listed here
// (they pre-fill that table, or are applied directly when the review is off). A name the model lacks fails
// that step with the names it has; go back, correct, and the run resumes.
class OnboardingParametersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OnboardingParametersPage(QWidget *parent = nullptr);
    ~OnboardingParametersPage() override;

    void initializePage() override;
    bool validatePage() override;
    void applyTo(OnboardingPlan &plan) const;
    void setValue(const QString &name, const QString &value); // adds or replaces a row
    QTableWidget *table() const;
    QCheckBox *reviewCheck() const; // stop after the import to show the model's parameters

private:
    std::unique_ptr<Ui::OnboardingParametersPage> ui;
};

} // namespace td
