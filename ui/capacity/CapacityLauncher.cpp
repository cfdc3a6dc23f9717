#include "ui/capacity/CapacityLauncher.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

#include "ui/tree/ConnectionTreeModel.h"
#include "ui/inventory/InventoryController.h"
#include "ui/window/MainWindow.h"
#include "ui/tree/TreeNode.h"
#include "ui/capacity/CapacityInventorySync.h"
#include "ui/capacity/CapacityWizard.h"
#include "ui/capacity/EstateOverview.h"
#include "app/session/ConnectionSession.h"

namespace td {

CapacityLauncher::CapacityLauncher(MainWindow *window)
    : QObject(window), m_window(window), m_assign(new QAction(tr("&Assign capacity…"), window)),
      m_overview(new QAction(tr("&Estate overview…"), window))
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
    if (QMenu *menu = window->toolsMenu()) {
        menu->addAction(m_assign);
        menu->addAction(m_overview);
    }
    window->addAction(m_assign); // shortcuts work without opening the menu
    window->addAction(m_overview);
}

EstateOverview *CapacityLauncher::overview() const
{
    return m_overviewDialog;
}

CapacityWizard *CapacityLauncher::wizard() const
{
    return m_wizard;
}

bool CapacityLauncher::needSession(const QString &title)
{
    if (m_window->session())
        return true;
    auto *box = new QMessageBox(QMessageBox::Information, title, tr("Connect to a tenant first."),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

CapacityInventorySync *CapacityLauncher::inventorySync()
{
    if (!m_sync) {
        m_sync = new CapacityInventorySync(m_window->jobCenter(), m_window->inventory(), this);
        connect(m_sync, &CapacityInventorySync::inventoryChanged, this, &CapacityLauncher::reloadOverview);
        if (InventoryController *ctl = m_window->inventoryController())
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
    if (!needSession(tr("Estate overview")))
        return;
    inventorySync();
    const Connection &c = m_window->session()->connection();
    if (m_overviewDialog && m_overviewDialog->connectionId() != c.id) {
        m_overviewDialog->close(); // deleted later (WA_DeleteOnClose)
        m_overviewDialog = nullptr;
    }
    if (!m_overviewDialog) {
        m_overviewDialog = new EstateOverview(m_window->inventory(), c.id, c.name, m_window);
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
    QTreeView *tree = m_window->treeView();
    if (!tree || !tree->selectionModel())
        return out;
    QModelIndexList selected = tree->selectionModel()->selectedRows();
    if (selected.isEmpty() && tree->currentIndex().isValid())
        selected << tree->currentIndex();
    for (const QModelIndex &index : selected) {
        if (index.data(ConnectionTreeModel::KindRole).toInt() != int(TreeNode::Kind::Workspace))
            continue;
        const QJsonObject raw = index.data(ConnectionTreeModel::RawJsonRole).toJsonObject();
        PoolWorkspace w;
        w.id = index.data(ConnectionTreeModel::IdRole).toString().toLower();
        w.name = index.data(ConnectionTreeModel::NameRole).toString();
        w.profileId = index.data(ConnectionTreeModel::ProfileIdRole).toString().toLower();
        w.profileName = index.data(ConnectionTreeModel::ProfileNameRole).toString();
        w.capacityId = raw.value(QStringLiteral("capacityId")).toString().toLower();
        bool seen = false;
        for (const PoolWorkspace &o : out)
            seen |= o.id == w.id;
        if (!seen && !w.id.isEmpty())
            out.push_back(w);
    }
    return out;
}

void CapacityLauncher::openWizard()
{
    if (!needSession(tr("Assign capacity")))
        return;
    inventorySync();
    if (m_wizard) { // one at a time: the open one comes to the front
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    CapacityWizardContext context;
    context.session = m_window->session();
    context.inventory = m_window->inventory();
    context.registry = m_window->customerRegistry();
    context.jobCenter = m_window->jobCenter();
    context.treeSelection = treeSelection();
    const QModelIndex current = m_window->treeView()->currentIndex();
    if (current.data(ConnectionTreeModel::KindRole).toInt() == int(TreeNode::Kind::Profile))
        context.treeProfileId = current.data(ConnectionTreeModel::ProfileIdRole).toString();
    m_wizard = new CapacityWizard(context, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
}

} // namespace td
