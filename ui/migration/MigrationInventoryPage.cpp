#include "ui/migration/MigrationInventoryPage.h"

#include "app/migration/MigrationController.h"
#include "ui_MigrationInventoryPage.h"

namespace td {

MigrationInventoryPage::MigrationInventoryPage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationInventoryPage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationInventoryPage"));
    ui->masterLabel->setBuddy(ui->masterEdit);
    ui->masterEdit->setText(migration->state().masterUser);
    ui->workspaceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(ui->scanButton, &QPushButton::clicked, this, &MigrationInventoryPage::scan);
    connect(ui->masterEdit, &QLineEdit::editingFinished, this, [this] {
        m_migration->setMasterUser(ui->masterEdit->text());
        refresh();
    });
    connect(migration, &MigrationController::scanProgress, this, [this](int done, int total) {
        ui->statusLabel->setText(tr("Reading workspaces: %1 of %2…").arg(done).arg(total));
    });
    connect(migration, &MigrationController::scanned, this, [this](const ApiError &error) {
        ui->scanButton->setEnabled(true);
        if (error.isError())
            ui->statusLabel->setText(tr("The inventory could not be taken: %1").arg(error.summary()));
        refresh();
        Q_EMIT completeChanged();
    });
    refresh();
}

MigrationInventoryPage::~MigrationInventoryPage() = default;

void MigrationInventoryPage::scan()
{
    m_migration->setMasterUser(ui->masterEdit->text());
    ui->scanButton->setEnabled(false);
    ui->statusLabel->setText(tr("Taking the inventory…"));
    m_migration->scan();
}

bool MigrationInventoryPage::isComplete() const
{
    return m_migration->state().hasInventory();
}

void MigrationInventoryPage::refresh()
{
    const MigrationState &s = m_migration->state();
    const auto &spaces = s.inventory.workspaces;
    ui->workspaceTable->setRowCount(int(spaces.size()));
    for (int i = 0; i < spaces.size(); ++i) {
        const LegacyWorkspace &w = spaces.at(i);
        const QString sp = w.spAccess(m_migration->spObjectId());
        const QString master = w.userAccess(s.masterUser);
        const QStringList cells{w.name,
                                sp.isEmpty() ? tr("none") : sp,
                                s.masterUser.isEmpty() ? QString() : (master.isEmpty() ? tr("none") : master),
                                QString::number(w.users.size()),
                                QString::number(w.reports.size()),
                                QString::number(w.models.size()),
                                w.error};
        for (int c = 0; c < cells.size(); ++c)
            ui->workspaceTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    ui->workspaceTable->resizeColumnsToContents();
    if (s.hasInventory())
        ui->statusLabel->setText(
            tr("%n workspace(s) reached directly, %1 existing profile(s); taken %2.", nullptr,
               int(spaces.size()))
                .arg(s.inventory.profiles.size())
                .arg(QLocale().toString(s.inventory.taken.toLocalTime(), QLocale::ShortFormat)));
    else
        ui->statusLabel->setText(tr("No inventory yet: press Take inventory."));
}

} // namespace td
