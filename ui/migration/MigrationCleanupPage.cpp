#include "ui/migration/MigrationCleanupPage.h"

#include "app/migration/MigrationController.h"
#include "ui_MigrationCleanupPage.h"

namespace td {

MigrationCleanupPage::MigrationCleanupPage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationCleanupPage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationCleanupPage"));
    ui->customerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui->cleanupButton->setEnabled(false);
    connect(ui->confirmBox, &QCheckBox::toggled, ui->cleanupButton, &QPushButton::setEnabled);
    connect(ui->cleanupButton, &QPushButton::clicked, this, &MigrationCleanupPage::cleanUp);
    connect(ui->restoreButton, &QPushButton::clicked, this, &MigrationCleanupPage::restore);
    connect(migration, &MigrationController::cleanedUp, this, [this](int removed, int errors) {
        ui->confirmBox->setChecked(false);
        refresh();
        ui->statusLabel->setText(
            tr("Clean-up: %1 access entr(ies) removed, %2 error(s). Each removal is in the "
               "audit log.")
                .arg(removed)
                .arg(errors));
    });
    connect(migration, &MigrationController::restored, this, [this](int back, int errors) {
        refresh();
        ui->statusLabel->setText(
            tr("Restore: %1 access entr(ies) put back, %2 error(s).").arg(back).arg(errors));
    });
}

MigrationCleanupPage::~MigrationCleanupPage() = default;

void MigrationCleanupPage::initializePage()
{
    refresh();
}

void MigrationCleanupPage::refresh()
{
    const MigrationState &s = m_migration->state();
    const QStringList clean = m_migration->cleanupCandidates();
    const QStringList back = m_migration->restoreCandidates();
    const QHash<QString, ValidationResult> validations = m_migration->validations();
    ui->customerTable->setRowCount(int(s.plan.size()));
    for (int i = 0; i < s.plan.size(); ++i) {
        const PlanCustomer &c = s.plan.at(i);
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(c.displayName, c.customerId));
        name->setData(Qt::UserRole, c.customerId);
        const bool actionable = clean.contains(c.customerId) || back.contains(c.customerId);
        name->setFlags(actionable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable)
                                  : Qt::ItemIsSelectable);
        name->setCheckState(clean.contains(c.customerId) ? Qt::Checked : Qt::Unchecked);
        ui->customerTable->setItem(i, 0, name);
        const bool checked = validations.contains(c.customerId);
        const bool ok = validations.value(c.customerId).ok;
        ui->customerTable->setItem(i, 1,
                                   new QTableWidgetItem(!checked ? tr("not validated")
                                                        : ok     ? tr("passed")
                                                                 : tr("failed: not cleaned up")));
        QString what = tr("%n access entr(ies)", nullptr, int(c.removals.size()));
        if (back.contains(c.customerId))
            what = tr("cleaned up; can be restored");
        ui->customerTable->setItem(i, 2, new QTableWidgetItem(what));
    }
    ui->customerTable->resizeColumnsToContents();
    ui->restoreButton->setEnabled(!back.isEmpty());
}

QStringList MigrationCleanupPage::tickedCustomers() const
{
    QStringList ids;
    for (int i = 0; i < ui->customerTable->rowCount(); ++i) {
        const QTableWidgetItem *it = ui->customerTable->item(i, 0);
        if (it && it->checkState() == Qt::Checked)
            ids << it->data(Qt::UserRole).toString();
    }
    return ids;
}

void MigrationCleanupPage::cleanUp()
{
    QStringList refused;
    if (!m_migration->cleanup(tickedCustomers(), ui->confirmBox->isChecked(), &refused))
        ui->statusLabel->setText(refused.isEmpty() ? tr("Nothing to clean up.")
                                                   : refused.join(QLatin1Char('\n')));
    else
        ui->statusLabel->setText(tr("Cleaning up as each profile…"));
}

void MigrationCleanupPage::restore()
{
    QStringList which;
    const QStringList back = m_migration->restoreCandidates();
    const QHash<QString, ValidationResult> validations = m_migration->validations();
    for (const QString &id : tickedCustomers()) {
        if (back.contains(id))
            which << id;
    }
    if (which.isEmpty())
        which = back;
    QStringList refused;
    if (!m_migration->restore(which, &refused))
        ui->statusLabel->setText(refused.isEmpty() ? tr("Nothing to restore.")
                                                   : refused.join(QLatin1Char('\n')));
}

} // namespace td
