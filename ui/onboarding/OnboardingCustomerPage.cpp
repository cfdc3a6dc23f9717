#include "ui/onboarding/OnboardingCustomerPage.h"

#include "app/onboarding/ExistingCustomers.h"
#include "app/onboarding/OnboardingPlan.h"
#include "app/registry/CustomerRegistry.h"
#include "ui_OnboardingCustomerPage.h"

namespace td {

OnboardingCustomerPage::OnboardingCustomerPage(const OnboardingContext *context, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingCustomerPage>()), m_context(context)
{
    ui->setupUi(this);
    registerField(QStringLiteral("customerId*"), ui->customerIdEdit);
    registerField(QStringLiteral("displayName*"), ui->displayNameEdit);
    connect(ui->customerIdEdit, &QLineEdit::textChanged, ui->errorLabel, &QLabel::clear);
    connect(ui->displayNameEdit, &QLineEdit::textChanged, ui->errorLabel, &QLabel::clear);
}

OnboardingCustomerPage::~OnboardingCustomerPage() = default;

QLineEdit *OnboardingCustomerPage::customerIdEdit() const
{
    return ui->customerIdEdit;
}

QLineEdit *OnboardingCustomerPage::displayNameEdit() const
{
    return ui->displayNameEdit;
}

QString OnboardingCustomerPage::errorText() const
{
    return ui->errorLabel->text();
}

void OnboardingCustomerPage::applyTo(OnboardingPlan &plan) const
{
    plan.connectionId = m_context->connectionId();
    plan.customerId = ui->customerIdEdit->text().trimmed();
    plan.displayName = ui->displayNameEdit->text().trimmed();
}

bool OnboardingCustomerPage::validatePage()
{
    Customer c;
    c.customerId = ui->customerIdEdit->text().trimmed();
    c.displayName = ui->displayNameEdit->text().trimmed();
    c.connectionId = m_context->connectionId();
    if (c.connectionId.isEmpty()) {
        ui->errorLabel->setText(tr("No connection is open: connect first."));
        return false;
    }
    QString error = c.validate();
    if (error.isEmpty() && m_context->registry) {
        // The rule of every onboarding: one that failed or was interrupted may run again under the same
        // display name (it resumes); any other registered id would be re-pointed to a new profile.
        const QString conflict = ExistingCustomers::conflict(
            m_context->registry->find(c.connectionId, c.customerId), c.displayName);
        if (!conflict.isEmpty())
            error = tr("This customer id is taken: %1. Choose another id.").arg(conflict);
    }
    ui->errorLabel->setText(error);
    if (!error.isEmpty())
        ui->customerIdEdit->setFocus();
    return error.isEmpty();
}

} // namespace td
