#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace td {

class InventoryStore;
class JobCenter;

// Keeps the inventory cache in step with capacity assignments: when an item of an "assign-capacity" job
// (a move or a rollback) is done, the workspace's capacity in the cache becomes the one it was moved to,
// and inventoryChanged() follows (coalesced: once per event-loop turn). The estate overview and the
// details pane read the cache, so they show where the workspaces are now without a crawl.
class CapacityInventorySync : public QObject
{
    Q_OBJECT
public:
    CapacityInventorySync(JobCenter *center, InventoryStore *inventory, QObject *parent = nullptr);
    int updates() const { return m_updates; } // workspaces written since construction

Q_SIGNALS:
    void inventoryChanged();

private:
    void onItemChanged(const QString &jobId, const QString &itemKey);

    QPointer<JobCenter> m_center;
    InventoryStore *m_inventory;
    QTimer m_notify;
    int m_updates = 0;
};

} // namespace td
