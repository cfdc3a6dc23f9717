#pragma once
#include <QObject>

class QAction;

namespace td {

class WindowContext;

// The "Onboard customer…" action of the main window: opens an OnboardingWizard (non-modal, show()) on the
// open connection with the window's customer registry, audit log and inventory cache.
class OnboardingLauncher : public QObject
{
    Q_OBJECT
public:
    explicit OnboardingLauncher(const WindowContext *context, QObject *parent = nullptr);
    QAction *action() const { return m_action; }
    void open();

private:
    const WindowContext *m_context;
    QAction *m_action;
};

} // namespace td
