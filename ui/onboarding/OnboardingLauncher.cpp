#include "ui/onboarding/OnboardingLauncher.h"

#include <QAction>
#include <QMessageBox>

#include "ui/window/MainWindow.h"
#include "ui/onboarding/OnboardingWizard.h"

namespace td {

OnboardingLauncher::OnboardingLauncher(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Onboard customer…"), window))
{
    m_action->setObjectName(QStringLiteral("onboardCustomerAction"));
    m_action->setToolTip(tr("Onboard a customer: profile, workspace, capacity, content, embed check"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_action, &QAction::triggered, this, &OnboardingLauncher::open);
}

void OnboardingLauncher::open()
{
    if (!m_window->session()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Onboard customer"),
                                    tr("Connect to a tenant first."), QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    OnboardingContext context;
    context.session = m_window->session();
    context.registry = m_window->customerRegistry();
    context.audit = m_window->auditLog();
    context.inventory = m_window->inventory();
    context.jobCenter = m_window->jobCenter();
    auto *wizard = new OnboardingWizard(context, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

} // namespace td
