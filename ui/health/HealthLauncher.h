#pragma once
#include <QObject>
#include <QPointer>

#include "app/health/HealthTypes.h"

class QAction;

namespace td {

class HealthDialog;
class WindowContext;

// The Tools menu's "Health check…": opens (or raises) the HealthDialog of the open connection, on the
// window's inventory, registry, audit log and Jobs tab.
class HealthLauncher : public QObject
{
    Q_OBJECT
public:
    explicit HealthLauncher(const WindowContext *context, QObject *parent = nullptr);
    QAction *action() const { return m_action; }
    void open();
    HealthDialog *dialog() const;

Q_SIGNALS:
    void checkFinished(const td::HealthReport &report); // of any check its dialog runs

private:
    const WindowContext *m_context;
    QAction *m_action;
    QPointer<HealthDialog> m_dialog;
};

} // namespace td
