#include "ui/health/HealthLauncher.h"

#include <QAction>
#include <QMessageBox>

#include "ui/window/MainWindow.h"
#include "ui/health/HealthDialog.h"

namespace td {

HealthLauncher::HealthLauncher(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Health check…"), window))
{
    m_action->setObjectName(QStringLiteral("healthCheckAction"));
    m_action->setToolTip(tr("Check the whole estate for broken or risky set-ups, and fix them"));
    connect(m_action, &QAction::triggered, this, &HealthLauncher::open);
}

HealthDialog *HealthLauncher::dialog() const
{
    return m_dialog;
}

void HealthLauncher::open()
{
    if (!m_window->session() || !m_window->inventory()) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Health check"),
                            m_window->session() ? tr("The inventory cache is not available; the health "
                                                     "check needs it.")
                                                : tr("Connect to a tenant first."),
                            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_dialog && m_dialog->session() != m_window->session())
        m_dialog->close(); // another connection is open now
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new HealthDialog(m_window->session(), m_window->inventory(), m_window->customerRegistry(),
                                m_window->auditLog(), m_window->jobCenter(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    m_dialog->run();
}

} // namespace td
