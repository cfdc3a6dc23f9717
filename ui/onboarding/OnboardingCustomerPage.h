#pragma once
#include <QWizardPage>
#include <memory>

#include "ui/onboarding/OnboardingContext.h"

namespace Ui {
class OnboardingCustomerPage;
}
class QLineEdit;

namespace td {

struct OnboardingPlan;

// Step 1: customer id and display name; an id the registry holds already is refused, unless an earlier
// onboarding of it under the same display name failed or was interrupted (ExistingCustomers::conflict).
class OnboardingCustomerPage : public QWizardPage
{
    Q_OBJECT
public:
    OnboardingCustomerPage(const OnboardingContext *context, QWidget *parent = nullptr);
    ~OnboardingCustomerPage() override;

    bool validatePage() override;
    void applyTo(OnboardingPlan &plan) const;
    QLineEdit *customerIdEdit() const;
    QLineEdit *displayNameEdit() const;
    QString errorText() const;

private:
    std::unique_ptr<Ui::OnboardingCustomerPage> ui;
    const OnboardingContext *m_context;
};

} // namespace td
