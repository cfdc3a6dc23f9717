#pragma once
#include <QObject>

class QAction;

namespace td {

class WindowContext;

// The "Bulk onboard from CSV…" action of the main window: opens a BulkOnboardDialog (non-modal) on the
// open connection and the Jobs tab's engine, with the "onboard" job type registered (registry, audit).
class BulkOnboardLauncher : public QObject
{
    Q_OBJECT
public:
    explicit BulkOnboardLauncher(const WindowContext *context, QObject *parent = nullptr);
    QAction *action() const { return m_action; }
    void open();

private:
    const WindowContext *m_context;
    QAction *m_action;
};

} // namespace td
