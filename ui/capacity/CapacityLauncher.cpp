#include "ui/capacity/CapacityLauncher.h"

#include <QAction>
#include <QJsonObject>
#include <algorithm>

#include "app/session/ConnectionSession.h"
#include "ui/capacity/CapacityInventorySync.h"
#include "ui/inventory/InventoryController.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeNode.h"
#include "ui/window/WindowContext.h"

namespace td {

CapacityLauncher::CapacityLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_assign(new QAction(tr("&Assign capacity…"), this)),
      m_overview(new QAction(tr("&Estate overview…"), this))
{
    m_assign->setObjectName(QStringLiteral("assignCapacityAction"));
    m_assign->setToolTip(tr("Move the selected workspaces (or a customer's, a profile's, a capacity's or a "
                            "region's) to a capacity or to shared capacity, with a pre-flight check"));
    m_assign->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_overview->setObjectName(QStringLiteral("estateOverviewAction"));
    m_overview->setToolTip(tr("Workspaces per capacity, grouped by region, from the inventory"));
    m_overview->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(m_assign, &QAction::triggered, this, &CapacityLauncher::openWizard);
    connect(m_overview, &QAction::triggered, this, &CapacityLauncher::openOverview);
}

CapacityInventorySync *CapacityLauncher::inventorySync()
{
    if (!m_sync) {
        m_sync = new CapacityInventorySync(m_context->jobCenter(), m_context->inventory(), this);
        connect(m_sync, &CapacityInventorySync::inventoryChanged, this, &CapacityLauncher::reloadOverview);
        if (InventoryController *ctl = m_context->inventoryController())
            connect(ctl, &InventoryController::crawlFinished, this, &CapacityLauncher::reloadOverview);
    }
    return m_sync;
}

void CapacityLauncher::reloadOverview()
{
    if (m_overviewDialog)
        m_overviewDialog->reload();
}

void CapacityLauncher::openOverview()
{
    if (!m_context->requireSession(tr("Estate overview")))
        return;
    inventorySync();
    const Connection &c = m_context->session()->connection();
    if (m_overviewDialog && m_overviewDialog->connectionId() != c.id) {
        m_overviewDialog->close(); // deleted later (WA_DeleteOnClose)
        m_overviewDialog = nullptr;
    }
    if (!m_overviewDialog) {
        m_overviewDialog = new EstateOverview(m_context->inventory(), c.id, c.name, m_context->window());
        m_overviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_overviewDialog->reload();
    }
    m_overviewDialog->show();
    m_overviewDialog->raise();
    m_overviewDialog->activateWindow();
}

QVector<PoolWorkspace> CapacityLauncher::treeSelection() const
{
    QVector<PoolWorkspace> out;
    for (const QModelIndex &index : m_context->selectedRows()) {
        if (index.data(ConnectionTreeModel::KindRole).toInt() != int(TreeNode::Kind::Workspace))
            continue;
        const QJsonObject raw = index.data(ConnectionTreeModel::RawJsonRole).toJsonObject();
        PoolWorkspace w;
        w.id = index.data(ConnectionTreeModel::IdRole).toString().toLower();
        w.name = index.data(ConnectionTreeModel::NameRole).toString();
        w.profileId = index.data(ConnectionTreeModel::ProfileIdRole).toString().toLower();
        w.profileName = index.data(ConnectionTreeModel::ProfileNameRole).toString();
        w.capacityId = raw.value(QStringLiteral("capacityId")).toString().toLower();
        const bool seen =
            std::any_of(out.cbegin(), out.cend(), [&](const PoolWorkspace &o) { return o.id == w.id; });
        if (!seen && !w.id.isEmpty())
            out.push_back(w);
    }
    return out;
}

void CapacityLauncher::openWizard()
{
    if (!m_context->requireSession(tr("Assign capacity")))
        return;
    inventorySync();
    if (m_wizard) { // one at a time: the open one comes to the front
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    CapacityWizardContext context;
    context.session = m_context->session();
    context.inventory = m_context->inventory();
    context.registry = m_context->registry();
    context.jobCenter = m_context->jobCenter();
    context.treeSelection = treeSelection();
    const QModelIndex current = m_context->currentIndex();
    if (current.data(ConnectionTreeModel::KindRole).toInt() == int(TreeNode::Kind::Profile))
        context.treeProfileId = current.data(ConnectionTreeModel::ProfileIdRole).toString();
    m_wizard = new CapacityWizard(context, m_context->window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
}

} // namespace td
