#include "ui/onboarding/BulkOnboardLauncher.h"

#include <QAction>
#include <QMessageBox>

#include "ui/window/MainWindow.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "ui/onboarding/BulkOnboardDialog.h"
#include "app/onboarding/OnboardJobType.h"

namespace td {

BulkOnboardLauncher::BulkOnboardLauncher(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Bulk onboard from CSV…"), window))
{
    m_action->setObjectName(QStringLiteral("bulkOnboardAction"));
    m_action->setToolTip(tr("Onboard many customers from a CSV file as one resumable job"));
    connect(m_action, &QAction::triggered, this, &BulkOnboardLauncher::open);
}

void BulkOnboardLauncher::open()
{
    if (!m_window->session()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Bulk onboard"),
                                    tr("Connect to a tenant first."), QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    JobEngine *engine = m_window->jobCenter()->engine();
    if (engine && !engine->types().contains(OnboardJobType::typeName()))
        OnboardJobType::registerWith(engine->types(), m_window->customerRegistry(), m_window->auditLog());
    auto *dialog = new BulkOnboardDialog(engine, m_window->session(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace td
