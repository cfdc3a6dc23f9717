#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class OnboardingParametersPage;
}
class QTableWidget;

namespace td {

struct OnboardingPlan;

// Step 6 (optional): parameter name/value pairs for this customer, applied to every imported model. A name
// the model lacks fails that step with the names it has; go back, correct, and the run resumes.
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

private:
    std::unique_ptr<Ui::OnboardingParametersPage> ui;
};

} // namespace td
