#include "ui/onboarding/OnboardingLauncher.h"

#include <QAction>

#include "ui/onboarding/OnboardingWizard.h"
#include "ui/window/WindowContext.h"

namespace td {

OnboardingLauncher::OnboardingLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_action(new QAction(tr("&Onboard customer…"), this))
{
    m_action->setObjectName(QStringLiteral("onboardCustomerAction"));
    m_action->setToolTip(tr("Onboard a customer: profile, workspace, capacity, content, embed check"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_action, &QAction::triggered, this, &OnboardingLauncher::open);
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

} // namespace td
