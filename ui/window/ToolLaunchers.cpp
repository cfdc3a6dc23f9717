#include "ui/window/ToolLaunchers.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

#include "ui/capacity/CapacityLauncher.h"
#include "ui/common/MenuButton.h"
#include "ui/diagnostics/DiagnosticsLauncher.h"
#include "ui/health/HealthLauncher.h"
#include "ui/migration/MigrationLauncher.h"
#include "ui/onboarding/OnboardingLauncher.h"

namespace td {

ToolLaunchers::ToolLaunchers(const WindowContext *context, QWidget *window)
    : QObject(window), m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    auto *onboarding = new OnboardingLauncher(context, this);
    m_toolBar << onboarding->action() << onboarding->bulkAction(); // "Onboard customer…", "Bulk onboard…"
    m_menu->addAction((new HealthLauncher(context, this))->action());
    m_diagnostics = new DiagnosticsLauncher(context, this);
    m_menu->addAction(m_diagnostics->accessAction());
    m_menu->addAction(m_diagnostics->embedAction());
    m_menu->addAction((new MigrationLauncher(context, this))->action());
    auto *capacity = new CapacityLauncher(context, this);
    m_menu->addAction(capacity->assignAction());
    m_menu->addAction(capacity->overviewAction());
    window->addAction(capacity->assignAction()); // its shortcuts work without opening the menu
    window->addAction(capacity->overviewAction());
}

void ToolLaunchers::addToToolBar(QToolBar *bar) const
{
    bar->addActions(m_toolBar);
    addMenuButton(bar, tr("&Tools"), QStyle::SP_FileDialogDetailedView, m_menu,
                  tr("Capacity, health check, access check and migration tools (Alt+T)"));
}

void ToolLaunchers::addContextActions(QMenu *menu, const QModelIndex &index) const
{
    m_diagnostics->addContextActions(menu, index);
}

} // namespace td
