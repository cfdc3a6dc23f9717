#include "ui/health/HealthLauncher.h"

#include <QAction>

#include "ui/health/HealthDialog.h"
#include "ui/window/WindowContext.h"

namespace td {

HealthLauncher::HealthLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_action(new QAction(tr("&Health check…"), this))
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
    if (!m_context->requireSession(tr("Health check")))
        return;
    if (!m_context->inventory()) {
        m_context->inform(tr("Health check"),
                          tr("The inventory cache is not available; the health check needs it."));
        return;
    }
    if (m_dialog && m_dialog->session() != m_context->session())
        m_dialog->close(); // another connection is open now
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new HealthDialog(m_context->session(), m_context->inventory(), m_context->registry(),
                                m_context->jobCenter(), m_context->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &HealthDialog::checkFinished, this, &HealthLauncher::checkFinished);
    m_dialog->show();
    m_dialog->run();
}

} // namespace td
