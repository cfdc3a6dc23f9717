#include "ui/onboarding/BulkOnboardLauncher.h"

#include <QAction>

#include "app/jobs/JobCenter.h"
#include "ui/onboarding/BulkOnboardDialog.h"
#include "ui/window/WindowContext.h"

namespace td {

BulkOnboardLauncher::BulkOnboardLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_action(new QAction(tr("&Bulk onboard from CSV…"), this))
{
    m_action->setObjectName(QStringLiteral("bulkOnboardAction"));
    m_action->setToolTip(tr("Onboard many customers from a CSV file as one resumable job"));
    connect(m_action, &QAction::triggered, this, &BulkOnboardLauncher::open);
}

void BulkOnboardLauncher::open()
{
    if (!m_context->requireSession(tr("Bulk onboard")))
        return;
    // The job types are registered by the main, with the journal (registerKnownJobTypes).
    auto *dialog = new BulkOnboardDialog(m_context->jobCenter()->engine(), m_context->session(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace td
