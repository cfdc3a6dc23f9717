#include "ui/migration/MigrationLauncher.h"

#include <QAction>

#include "app/jobs/JobCenter.h"
#include "app/migration/MigrationController.h"
#include "app/migration/MigrationStore.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/window/WindowContext.h"

namespace td {

MigrationLauncher::MigrationLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_action(new QAction(tr("&Migrate to profiles…"), this))
{
    m_action->setObjectName(QStringLiteral("migrateAction"));
    m_action->setToolTip(tr("Move an app that reaches every customer with its service principal (or a master "
                            "user) to one profile per customer"));
    connect(m_action, &QAction::triggered, this, &MigrationLauncher::open);
}

MigrationLauncher::~MigrationLauncher() = default;

void MigrationLauncher::open()
{
    if (!m_context->requireSession(tr("Migrate to profiles")))
        return;
    if (!m_store) {
        m_store = std::make_unique<MigrationStore>(MigrationStore::defaultPath());
        QString error;
        if (!m_store->open(&error)) {
            m_store.reset();
            return m_context->inform(tr("Migrate to profiles"),
                                     tr("The migration journal cannot be opened: %1").arg(error));
        }
    }
    auto *migration = new MigrationController(m_store.get(), m_context->session());
    migration->setEngine(m_context->jobCenter() ? m_context->jobCenter()->engine() : nullptr);
    migration->setRegistry(m_context->registry());
    auto *wizard = new MigrationWizard(migration, m_context->window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

} // namespace td
