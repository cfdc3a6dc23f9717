#include "ui/onboarding/BulkOnboardLauncher.h"

#include <QAction>

#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/onboarding/OnboardJobType.h"
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
    JobEngine *engine = m_context->jobCenter()->engine();
    if (engine && !engine->types().contains(OnboardJobType::typeName()))
        OnboardJobType::registerWith(engine->types(), m_context->registry());
    auto *dialog = new BulkOnboardDialog(engine, m_context->session(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace td
