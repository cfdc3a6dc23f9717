#pragma once
#include <QObject>

class QAction;

namespace td {

class WindowContext;

// The onboarding actions of the main window's toolbar. "Onboard customer…" opens an OnboardingWizard
// (non-modal, show()) on the open connection with the window's customer registry, audit log and inventory
// cache; "Bulk onboard from CSV…" opens a BulkOnboardDialog (non-modal) on the open connection and the
// Jobs tab's engine, where the "onboard" job type is registered (registry, audit).
class OnboardingLauncher : public QObject
{
    Q_OBJECT
public:
    explicit OnboardingLauncher(const WindowContext *context, QObject *parent = nullptr);
    QAction *action() const { return m_action; }
    QAction *bulkAction() const { return m_bulk; }
    void open();
    void openBulk();

private:
    const WindowContext *m_context;
    QAction *m_action;
    QAction *m_bulk;
};

} // namespace td
