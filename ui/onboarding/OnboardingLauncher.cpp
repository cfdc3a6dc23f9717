#include "ui/onboarding/OnboardingLauncher.h"

#include <QAction>

#include "app/jobs/JobCenter.h"
#include "ui/onboarding/BulkOnboardDialog.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/window/WindowContext.h"

namespace td {

OnboardingLauncher::OnboardingLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_action(new QAction(tr("&Onboard customer…"), this)),
      m_bulk(new QAction(tr("&Bulk onboard from CSV…"), this))
{
    m_action->setObjectName(QStringLiteral("onboardCustomerAction"));
    m_action->setToolTip(tr("Onboard a customer: profile, workspace, capacity, content, embed check"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_action, &QAction::triggered, this, &OnboardingLauncher::open);
    m_bulk->setObjectName(QStringLiteral("bulkOnboardAction"));
    m_bulk->setToolTip(tr("Onboard many customers from a CSV file as one resumable job"));
    connect(m_bulk, &QAction::triggered, this, &OnboardingLauncher::openBulk);
}

void OnboardingLauncher::open()
{
    if (!m_context->requireSession(tr("Onboard customer")))
        return;
    OnboardingContext context;
    context.session = m_context->session();
    context.registry = m_context->registry();
    context.audit = m_context->audit();
    context.inventory = m_context->inventory();
    context.jobCenter = m_context->jobCenter();
    auto *wizard = new OnboardingWizard(context, m_context->window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

void OnboardingLauncher::openBulk()
{
    if (!m_context->requireSession(tr("Bulk onboard")))
        return;
    // The job types are registered by the main, with the journal (registerKnownJobTypes).
    auto *dialog =
        new BulkOnboardDialog(m_context->jobCenter()->engine(), m_context->session(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegistry(m_context->registry());
    dialog->show();
}

} // namespace td
