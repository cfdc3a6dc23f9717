#include "ui/onboarding/OnboardingCredentialsPage.h"

#include "app/onboarding/OnboardingPlan.h"
#include "ui_OnboardingCredentialsPage.h"

namespace td {

using CredType = DatasourceCredentials::Type;

OnboardingCredentialsPage::OnboardingCredentialsPage(QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingCredentialsPage>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingCredentialsPage"));
    ui->typeCombo->addItem(tr("Basic (user name and password)"), int(CredType::Basic));
    ui->typeCombo->addItem(tr("Key"), int(CredType::Key));
    ui->typeCombo->addItem(tr("OAuth2 access token"), int(CredType::OAuth2));
    ui->typeCombo->addItem(tr("Anonymous"), int(CredType::Anonymous));
    ui->secretEdit->setEchoMode(QLineEdit::Password);
    ui->secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    connect(ui->credentialsCheck, &QCheckBox::toggled, this, &OnboardingCredentialsPage::updateFields);
    connect(ui->typeCombo, &QComboBox::currentIndexChanged, this, &OnboardingCredentialsPage::updateFields);
    connect(ui->usernameEdit, &QLineEdit::textChanged, this, &OnboardingCredentialsPage::completeChanged);
    connect(ui->secretEdit, &QLineEdit::textChanged, this, &OnboardingCredentialsPage::completeChanged);
    updateFields();
}

OnboardingCredentialsPage::~OnboardingCredentialsPage() = default;

QCheckBox *OnboardingCredentialsPage::credentialsCheck() const
{
    return ui->credentialsCheck;
}
QComboBox *OnboardingCredentialsPage::typeCombo() const
{
    return ui->typeCombo;
}
QLineEdit *OnboardingCredentialsPage::usernameEdit() const
{
    return ui->usernameEdit;
}
QLineEdit *OnboardingCredentialsPage::secretEdit() const
{
    return ui->secretEdit;
}
QCheckBox *OnboardingCredentialsPage::refreshCheck() const
{
    return ui->refreshCheck;
}
QCheckBox *OnboardingCredentialsPage::embedCheck() const
{
    return ui->embedCheck;
}

void OnboardingCredentialsPage::setHasContent(bool hasContent)
{
    m_hasContent = hasContent;
    updateFields();
}

void OnboardingCredentialsPage::initializePage()
{
    ui->hintLabel->setText(m_hasContent
                               ? tr("The password, key or token is sent to the service only: it is not "
                                    "saved in the settings, the registry or any log.")
                               : tr("No .pbix file is to be imported: these steps are skipped."));
}

void OnboardingCredentialsPage::updateFields()
{
    const bool on = m_hasContent && ui->credentialsCheck->isChecked();
    const auto type = CredType(ui->typeCombo->currentData().toInt());
    ui->credentialsCheck->setEnabled(m_hasContent);
    ui->refreshCheck->setEnabled(m_hasContent);
    ui->embedCheck->setEnabled(m_hasContent);
    ui->typeCombo->setEnabled(on);
    ui->usernameEdit->setEnabled(on && type == CredType::Basic);
    ui->secretEdit->setEnabled(on && type != CredType::Anonymous);
    ui->secretLabel->setText(type == CredType::Key      ? tr("&Key:")
                             : type == CredType::OAuth2 ? tr("Access to&ken:")
                                                        : tr("Pass&word:"));
    Q_EMIT completeChanged();
}

bool OnboardingCredentialsPage::isComplete() const
{
    if (!m_hasContent || !ui->credentialsCheck->isChecked())
        return true;
    const auto type = CredType(ui->typeCombo->currentData().toInt());
    if (type == CredType::Basic && ui->usernameEdit->text().trimmed().isEmpty())
        return false;
    return type == CredType::Anonymous || !ui->secretEdit->text().isEmpty();
}

void OnboardingCredentialsPage::applyTo(OnboardingPlan &plan) const
{
    plan.setCredentials = m_hasContent && ui->credentialsCheck->isChecked();
    plan.refresh = m_hasContent && ui->refreshCheck->isChecked();
    plan.embedCheck = m_hasContent && ui->embedCheck->isChecked();
    plan.credentials = DatasourceCredentials();
    if (!plan.setCredentials)
        return;
    plan.credentials.type = CredType(ui->typeCombo->currentData().toInt());
    if (plan.credentials.type == CredType::Basic)
        plan.credentials.username = ui->usernameEdit->text().trimmed();
    if (plan.credentials.type != CredType::Anonymous)
        plan.credentials.secret = ui->secretEdit->text();
}

} // namespace td
