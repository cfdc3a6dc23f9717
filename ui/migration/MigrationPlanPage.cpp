#include "ui/migration/MigrationPlanPage.h"

#include "app/migration/MigrationController.h"
#include "ui_MigrationPlanPage.h"

namespace td {

MigrationPlanPage::MigrationPlanPage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationPlanPage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationPlanPage"));
}

MigrationPlanPage::~MigrationPlanPage() = default;

void MigrationPlanPage::initializePage()
{
    QString error;
    const bool ok = m_migration->makePlan(&error);
    ui->planTree->clear();
    int blocked = 0, takeOver = 0, removals = 0;
    for (const PlanCustomer &c : m_migration->state().plan) {
        auto *top = new QTreeWidgetItem(ui->planTree, {tr("%1 (%2)").arg(c.displayName, c.customerId),
                                                       c.reuse() ? tr("reuse profile") : tr("create profile"),
                                                       c.profileName});
        for (const auto &w : c.workspaces)
            new QTreeWidgetItem(top, {w.second, tr("add the profile as Admin"), w.first});
        for (const LegacyItem &m : c.models) {
            if (c.takeOver.contains(m.id))
                new QTreeWidgetItem(
                    top, {m.name, tr("take over as the profile"),
                          tr("owner now %1; set its credentials again after").arg(m.configuredBy)});
        }
        for (const AccessEntry &e : c.removals)
            new QTreeWidgetItem(
                top, {e.workspaceName, tr("clean-up will remove (later)"),
                      tr("%1 %2 (%3)")
                          .arg(e.principalType, e.displayName.isEmpty() ? e.identifier : e.displayName,
                               e.accessRight)});
        for (const QString &w : c.warnings)
            new QTreeWidgetItem(top, {tr("warning"), c.blocked ? tr("blocked") : QString(), w});
        blocked += c.blocked ? 1 : 0;
        takeOver += int(c.takeOver.size());
        removals += int(c.removals.size());
    }
    ui->planTree->resizeColumnToContents(0);
    ui->summaryLabel->setText(
        ok ? tr("%1 customer(s), %2 blocked; %3 model(s) to take over; the clean-up will "
                "remove %4 access entr(ies) later. Nothing has been changed.")
                 .arg(m_migration->state().plan.size())
                 .arg(blocked)
                 .arg(takeOver)
                 .arg(removals)
           : error);
    Q_EMIT completeChanged();
}

bool MigrationPlanPage::isComplete() const
{
    for (const PlanCustomer &c : m_migration->state().plan) {
        if (!c.blocked)
            return true;
    }
    return false;
}

} // namespace td
