#pragma once
#include <QObject>
#include <QPointer>

class QAction;

namespace td {

class HealthDialog;
class MainWindow;

// The Tools menu's "Health check…": opens (or raises) the HealthDialog of the open connection, on the
// window's inventory, registry, audit log and Jobs tab.
class HealthLauncher : public QObject
{
    Q_OBJECT
public:
    explicit HealthLauncher(MainWindow *window);
    QAction *action() const { return m_action; }
    void open();
    HealthDialog *dialog() const;

private:
    MainWindow *m_window;
    QAction *m_action;
    QPointer<HealthDialog> m_dialog;
};

} // namespace td
