#include "ui/migration/MigrationValidatePage.h"

#include "app/migration/MigrationController.h"
#include "ui_MigrationValidatePage.h"

namespace td {

MigrationValidatePage::MigrationValidatePage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationValidatePage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationValidatePage"));
    ui->rlsUserLabel->setBuddy(ui->rlsUserEdit);
    ui->rlsRolesLabel->setBuddy(ui->rlsRolesEdit);
    connect(ui->validateButton, &QPushButton::clicked, this, &MigrationValidatePage::validate);
    connect(migration, &MigrationController::customerChecked, this, &MigrationValidatePage::refresh);
    connect(migration, &MigrationController::validated, this, [this](int passed, int failed) {
        ui->validateButton->setEnabled(true);
        refresh();
        ui->statusLabel->setText(
            tr("Validation as each profile: %1 passed, %2 failed.").arg(passed).arg(failed));
    });
}

MigrationValidatePage::~MigrationValidatePage() = default;

void MigrationValidatePage::initializePage()
{
    refresh();
}

void MigrationValidatePage::validate()
{
    QStringList roles;
    for (const QString &r : ui->rlsRolesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        roles << r.trimmed();
    ui->validateButton->setEnabled(false);
    ui->statusLabel->setText(tr("Validating as each profile…"));
    m_migration->validate(ui->rlsUserEdit->text().trimmed(), roles);
}

void MigrationValidatePage::refresh()
{
    ui->resultTree->clear();
    const QHash<QString, ValidationResult> validations = m_migration->validations();
    for (const PlanCustomer &c : m_migration->state().plan) {
        if (!validations.contains(c.customerId)) {
            new QTreeWidgetItem(ui->resultTree,
                                {tr("%1 (%2)").arg(c.displayName, c.customerId), tr("not checked")});
            continue;
        }
        const ValidationResult v = validations.value(c.customerId);
        auto *top = new QTreeWidgetItem(
            ui->resultTree,
            {tr("%1 (%2)").arg(c.displayName, c.customerId), v.ok ? tr("passed") : tr("failed"),
             tr("%1 report token(s), %2 model token(s)").arg(v.reports).arg(v.models)});
        for (const ValidationFailure &f : v.failures)
            new QTreeWidgetItem(top, {tr("%1 %2").arg(f.what, f.name), tr("failed"), f.reason});
        top->setExpanded(!v.ok);
    }
    ui->resultTree->resizeColumnToContents(0);
}

} // namespace td
