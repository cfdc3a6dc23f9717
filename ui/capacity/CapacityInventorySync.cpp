#include "ui/capacity/CapacityInventorySync.h"

#include "ui/common/UiLogging.h"
#include "app/capacity/AssignCapacityJobType.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobCenter.h"

namespace td {

CapacityInventorySync::CapacityInventorySync(JobCenter *center, InventoryStore *inventory, QObject *parent)
    : QObject(parent), m_center(center), m_inventory(inventory)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(0);
    connect(&m_notify, &QTimer::timeout, this, &CapacityInventorySync::inventoryChanged);
    if (center)
        connect(center, &JobCenter::itemChanged, this, &CapacityInventorySync::onItemChanged);
}

void CapacityInventorySync::onItemChanged(const QString &jobId, const QString &itemKey)
{
    if (!m_center || !m_inventory || !m_inventory->isOpen())
        return;
    const JobInfo job = m_center->job(jobId);
    if (job.type != AssignCapacityJobType::typeName())
        return;
    const JobItemInfo item = m_center->item(jobId, itemKey);
    if (item.state != ItemState::Done)
        return;
    const QString workspaceId = item.params.value(QStringLiteral("workspaceId")).toString(item.key);
    const QString capacityId = AssignCapacityJobType::targetCapacityId(item, job.params);
    if (!m_inventory->setWorkspaceCapacity(workspaceId, capacityId)) {
        qCWarning(lcUi) << "could not write the new capacity of workspace" << workspaceId
                        << "to the inventory";
        return;
    }
    ++m_updates;
    m_notify.start();
}

} // namespace td
