#pragma once
#include <QPointer>
#include <QVector>

#include "ui/capacity/WorkspacePool.h"
#include "app/session/ConnectionSession.h"

namespace td {

class CustomerRegistry;
class InventoryStore;
class JobCenter;

// What the capacity wizard works with; the stores are owned by the main window (or a test).
struct CapacityWizardContext
{
    QPointer<ConnectionSession> session;
    InventoryStore *inventory = nullptr;  // may be null: then only the tree's selection can be moved
    CustomerRegistry *registry = nullptr; // may be null: no "by customer"
    JobCenter *jobCenter = nullptr;       // runs the job (Jobs tab)
    QVector<PoolWorkspace> treeSelection; // workspaces selected in the tree when the wizard opened
    // No workspace selected but a profile is current: the wizard starts "by profile" with it.
    QString treeProfileId;
};

} // namespace td
