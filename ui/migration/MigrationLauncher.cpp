#include "ui/migration/MigrationLauncher.h"

#include <QAction>
#include <QMessageBox>

#include "ui/window/MainWindow.h"
#include "app/jobs/JobCenter.h"
#include "app/migration/MigrationController.h"
#include "app/migration/MigrationStore.h"
#include "ui/migration/MigrationWizard.h"

namespace td {

MigrationLauncher::MigrationLauncher(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Migrate to profiles…"), window))
{
    m_action->setObjectName(QStringLiteral("migrateAction"));
    m_action->setToolTip(tr("Move an app that reaches every customer with its service principal (or a master "
                            "user) to one profile per customer"));
    connect(m_action, &QAction::triggered, this, &MigrationLauncher::open);
}

MigrationLauncher::~MigrationLauncher() = default;

void MigrationLauncher::open()
{
    auto say = [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Migrate to profiles"), text,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!m_window->session())
        return say(tr("Connect to a tenant first."));
    if (!m_store) {
        m_store = std::make_unique<MigrationStore>(m_path.isEmpty() ? MigrationStore::defaultPath() : m_path);
        QString error;
        if (!m_store->open(&error)) {
            m_store.reset();
            return say(tr("The migration journal cannot be opened: %1").arg(error));
        }
    }
    auto *migration = new MigrationController(m_store.get(), m_window->session());
    migration->setEngine(m_window->jobCenter() ? m_window->jobCenter()->engine() : nullptr);
    migration->setRegistry(m_window->customerRegistry());
    auto *wizard = new MigrationWizard(migration, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

} // namespace td
