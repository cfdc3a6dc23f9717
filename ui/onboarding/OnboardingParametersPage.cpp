#include "ui/onboarding/OnboardingParametersPage.h"

#include <QSet>

#include "app/onboarding/OnboardingPlan.h"
#include "ui_OnboardingParametersPage.h"

namespace td {

OnboardingParametersPage::OnboardingParametersPage(QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingParametersPage>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingParametersPage"));
    connect(ui->addRowButton, &QPushButton::clicked, this, [this] {
        ui->paramTable->insertRow(ui->paramTable->rowCount());
        ui->paramTable->setCurrentCell(ui->paramTable->rowCount() - 1, 0);
        ui->paramTable->setFocus();
    });
    connect(ui->removeRowButton, &QPushButton::clicked, this, [this] {
        if (ui->paramTable->currentRow() >= 0)
            ui->paramTable->removeRow(ui->paramTable->currentRow());
    });
}

OnboardingParametersPage::~OnboardingParametersPage() = default;

QTableWidget *OnboardingParametersPage::table() const
{
    return ui->paramTable;
}

QCheckBox *OnboardingParametersPage::reviewCheck() const
{
    return ui->reviewCheck;
}

void OnboardingParametersPage::initializePage()
{
    ui->hintLabel->setText(tr("With the review on, the run stops after the import and shows the model's "
                              "parameters to fill in (pre-filled from this table). Without it, only the "
                              "names listed here are updated; a name the model lacks stops the step with "
                              "the list of its parameters."));
}

void OnboardingParametersPage::setValue(const QString &name, const QString &value)
{
    int row = 0;
    for (; row < ui->paramTable->rowCount(); ++row) {
        const QTableWidgetItem *n = ui->paramTable->item(row, 0);
        if (n && n->text() == name)
            break;
    }
    if (row == ui->paramTable->rowCount())
        ui->paramTable->insertRow(row);
    ui->paramTable->setItem(row, 0, new QTableWidgetItem(name));
    ui->paramTable->setItem(row, 1, new QTableWidgetItem(value));
}

bool OnboardingParametersPage::validatePage()
{
    QSet<QString> seen;
    for (int row = 0; row < ui->paramTable->rowCount(); ++row) {
        const QTableWidgetItem *n = ui->paramTable->item(row, 0);
        const QString name = n ? n->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        if (seen.contains(name)) {
            ui->hintLabel->setText(tr("Parameter \"%1\" is listed twice.").arg(name));
            return false;
        }
        seen.insert(name);
    }
    return true;
}

void OnboardingParametersPage::applyTo(OnboardingPlan &plan) const
{
    plan.parameters.clear();
    plan.reviewParameters = ui->reviewCheck->isChecked();
    for (int row = 0; row < ui->paramTable->rowCount(); ++row) {
        const QTableWidgetItem *n = ui->paramTable->item(row, 0);
        const QTableWidgetItem *v = ui->paramTable->item(row, 1);
        const QString name = n ? n->text().trimmed() : QString();
        if (!name.isEmpty())
            plan.parameters.append({name, v ? v->text() : QString()});
    }
}

} // namespace td
