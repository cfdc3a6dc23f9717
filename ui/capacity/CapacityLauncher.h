#pragma once
#include <QObject>
#include <QPointer>
#include <QVector>

#include "ui/capacity/CapacityWizard.h"
#include "ui/capacity/EstateOverview.h"
#include "ui/capacity/WorkspacePool.h"

class QAction;

namespace td {

class CapacityInventorySync;
class WindowContext;

// The capacity tools of the main window's Tools menu: "Assign capacity…" (a CapacityWizard
// started from the tree's selection) and "Estate overview…" (workspaces per capacity). It also keeps the
// inventory cache in step with finished capacity assignments (CapacityInventorySync), so the overview
// and the details pane show where workspaces are now.
class CapacityLauncher : public QObject
{
    Q_OBJECT
public:
    explicit CapacityLauncher(const WindowContext *context, QObject *parent = nullptr);

    QAction *assignAction() const { return m_assign; }
    QAction *overviewAction() const { return m_overview; }
    void openWizard();
    void openOverview();
    EstateOverview *overview() const { return m_overviewDialog; } // the open overview, or null
    CapacityWizard *wizard() const { return m_wizard; }           // the open wizard, or null
    CapacityInventorySync *inventorySync(); // created on first use (the job center comes after the toolbar)

    QVector<PoolWorkspace> treeSelection() const; // the tree's selected workspaces (or its current one)

private:
    void reloadOverview();

    const WindowContext *m_context;
    QAction *m_assign;
    QAction *m_overview;
    CapacityInventorySync *m_sync = nullptr;
    QPointer<EstateOverview> m_overviewDialog;
    QPointer<CapacityWizard> m_wizard;
};

} // namespace td
