#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/connections/SecretStore.h"
#include "app/inventory/CrawlTracking.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/jobs/JobCenter.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/actions/ActionController.h"
#include "ui/actions/ActionSender.h"
#include "ui/actions/ExportActions.h"
#include "ui/activity/AuditPane.h"
#include "ui/activity/RequestsPane.h"
#include "ui/common/ErrorDialog.h"
#include "ui/common/MenuButton.h"
#include "ui/common/UiLogging.h"
#include "ui/connections/ConnectionMenu.h"
#include "ui/customers/CustomerConsole.h"
#include "ui/details/DetailsPane.h"
#include "ui/inventory/InventoryController.h"
#include "ui/jobs/JobsPane.h"
#include "ui/search/SearchController.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/StatusIndicators.h"
#include "ui/window/ToolLaunchers.h"

namespace td {

MainWindow::MainWindow(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
                       QWidget *parent)
    : QMainWindow(parent), m_store(store), m_secrets(secrets), m_nam(nam), m_context(this),
      m_model(new ConnectionTreeModel(this))
{
    setWindowTitle(tr("TenantDesk"));
    createActions();
    createToolBar();
    createCentral();
    createActivityDock();
    m_status = new StatusIndicators(statusBar());
    m_inventoryCtl = new InventoryController(m_model, statusBar(), this);
    m_context.setInventoryController(m_inventoryCtl);
    m_customers = new CustomerConsole(&m_context, m_model, m_tree, m_details, m_search, m_inventoryCtl,
                                      m_details->parentWidget()); // the Customers tab, before the tree's
    // Every inventory crawl shows in the Jobs tab with its progress and Cancel.
    connect(m_inventoryCtl, &InventoryController::crawlStarted, this, [this](InventoryCrawler *crawler) {
        const QString name = m_context.session() ? m_context.session()->connection().name : QString();
        trackCrawl(m_context.jobCenter(), crawler, tr("Inventory of %1").arg(name));
    });
    resize(1280, 820);
}

void MainWindow::setInventory(InventoryStore *inventory)
{
    m_context.setInventory(inventory);
    m_inventoryCtl->setStore(inventory);
    m_details->setInventory(inventory);
}

void MainWindow::setCustomerRegistry(CustomerRegistry *registry)
{
    m_context.setRegistry(registry);
    m_details->setRegistry(registry);
    m_customers->setRegistry(registry);
    if (registry)
        connect(registry, &CustomerRegistry::changed, this, &MainWindow::refreshCustomerLabels,
                Qt::UniqueConnection);
    refreshCustomerLabels();
}

void MainWindow::refreshCustomerLabels()
{
    QHash<QString, QString> labels;
    if (m_context.registry() && m_context.session()) {
        for (const Customer &c : m_context.registry()->list(m_context.session()->connection().id)) {
            if (!c.profileId.isEmpty())
                labels.insert(c.profileId.toLower(), tr("%1 (%2)").arg(c.displayName, c.customerId));
        }
    }
    m_model->setCustomerLabels(labels);
}

void MainWindow::setAuditLog(AuditLog *audit)
{
    m_context.setAudit(audit);
    if (ConnectionSession *session = m_context.session())
        session->setAuditLog(audit);
    m_auditPane->setLog(audit);
}

MainWindow::~MainWindow()
{
    m_model->setSession(nullptr); // cancel loads before the session goes
    delete m_tools;               // the tools go before the context they use
    delete m_search;
}

void MainWindow::createActions()
{
    QStyle *s = style();
    m_refresh = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Reload the selected node's children (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_refreshConnection = new QAction(tr("Refresh &inventory"), this);
    m_refreshConnection->setToolTip(
        tr("Refresh the whole connection's inventory in the background (Shift+F5)"));
    m_refreshConnection->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_refreshConnection, &QAction::triggered, this, &MainWindow::refreshConnection);

    m_copyId = new QAction(tr("&Copy id"), this);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyId, &QAction::triggered, this, &MainWindow::copySelectedId);

    m_openDetails = new QAction(tr("Show &details"), this);
    m_openDetails->setShortcut(QKeySequence(Qt::Key_Return));
    m_openDetails->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openDetails, &QAction::triggered, this, [this] { onActivated(m_tree->currentIndex()); });

    m_retry = new QAction(tr("Re&try"), this);
    connect(m_retry, &QAction::triggered, this, [this] { m_model->retry(m_tree->currentIndex()); });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(m_refreshConnection);
    addAction(m_findAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *menu = new QMenu(this);
    m_connectionMenu = new ConnectionMenu(menu, m_store, m_secrets, m_nam, this);
    connect(m_connectionMenu, &ConnectionMenu::connectRequested, this, &MainWindow::connectTo);
    connect(m_connectionMenu, &ConnectionMenu::removed, this, [this] {
        closeSession();
        m_details->clear();
        m_banner->setVisible(false);
        setWindowTitle(tr("TenantDesk"));
    });
    addMenuButton(bar, tr("&Connection"), QStyle::SP_DriveNetIcon, menu,
                  tr("New, edit or remove connections, or switch to a saved one (Alt+C)"));
    bar->addAction(m_refresh);
    m_actionsButton = new QToolButton(bar); // its menu is the ActionController's (createCentral)
    bar->addWidget(m_actionsButton);
    m_exportButton = new QToolButton(bar); // its menu is ExportActions' (createCentral)
    bar->addWidget(m_exportButton);
    m_tools = new ToolLaunchers(&m_context, this);
    m_tools->addToToolBar(bar); // "Onboard customer…", "Bulk onboard from CSV…", "Tools ▾"
    bar->addSeparator();

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_find = new QLineEdit(bar);
    m_find->setPlaceholderText(tr("Find… (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    m_find->setToolTip(tr("Find a loaded node by name or id; Enter finds the next match"));
    bar->addWidget(m_find);
}

void MainWindow::createCentral()
{
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setSelectionMode(
        QAbstractItemView::ExtendedSelection); // Assign capacity takes several workspaces
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->addAction(m_copyId);
    m_tree->addAction(m_openDetails);
    m_context.setTree(m_tree);
    m_actions = new ActionController(this, m_model, m_tree);
    m_actionsButton->setObjectName(QStringLiteral("actionsButton"));
    setUpMenuButton(m_actionsButton, tr("&Actions"), QStyle::SP_FileDialogNewFolder, m_actions->menu(),
                    tr("Create, rename or delete profiles and workspaces; manage access (Alt+A)"));
    m_actions->menu()->addSeparator();
    m_actions->menu()->addAction(m_refreshConnection);
    connect(m_actions, &ActionController::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 6000); });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Connection tree"));
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onActivated);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isErrorRow(index))
            return; // activated() already retried it
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &) {
                const QModelIndex current = m_tree->currentIndex();
                if (current.isValid() && (tl == current || tl.parent() == current))
                    onCurrentChanged(current); // a child's count badge feeds the "content" row
            });

    m_search = new SearchController(&m_context, m_find, m_model, m_tree); // the find box searches
    auto *exports = new ExportActions(m_search, &m_context); // the inventory; Export writes it or the search
    setUpMenuButton(m_exportButton, tr("E&xport"), QStyle::SP_DialogSaveButton, exports->menu(),
                    tr("Export the inventory or the current search to CSV or JSON"));

    m_details = new DetailsPane(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_search->panel()); // the tree, with the search results in its place while searching
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 860});

    m_banner = new QLabel(tr("Demo data from the built-in emulator — not a production tenant"), this);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#demoBanner { background: #ffb300; color: #3e2700; font-weight: bold; padding: 5px; }"));
    m_banner->setVisible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createActivityDock()
{
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *tabs = new QTabWidget(dock);
    m_requests = new RequestsPane(tabs);
    tabs->addTab(m_requests, tr("Requests"));
    tabs->addTab(m_auditPane = new AuditPane(tabs), tr("Audit"));
    m_context.setJobCenter(new JobCenter(this));
    tabs->addTab(new JobsPane(m_context.jobCenter(), tabs), tr("Jobs"));
    dock->setWidget(tabs);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {260}, Qt::Vertical);
}

void MainWindow::setKeychainMessage(const QString &message)
{
    m_status->setKeychainMessage(message);
}

void MainWindow::connectTo(const Connection &connection)
{
    if (!m_secrets)
        return;
    QPointer<MainWindow> self(this);
    const Connection c = connection;
    statusBar()->showMessage(tr("Reading the client secret of %1 from the keychain…").arg(c.name), 5000);
    m_secrets->read(c.id, this, [self, c](const QString &secret, const ApiError &error) {
        if (!self)
            return;
        if (error.isError()) {
            ErrorDialog::showError(self, tr("Cannot open %1").arg(c.name), error);
            return;
        }
        self->openSession(c, secret);
    });
}

void MainWindow::closeSession()
{
    m_model->setSession(nullptr);
    m_requests->setLog(nullptr);
    m_status->setSession(nullptr);
    if (ConnectionSession *old = m_context.session())
        old->deleteLater();
    m_context.setSession(nullptr);
}

void MainWindow::openSession(const Connection &connection, const QString &clientSecret)
{
    closeSession();
    auto *session = new ConnectionSession(connection, clientSecret, m_nam, nullptr, this);
    session->setAuditLog(m_context.audit()); // every change it sends is audited
    m_context.setSession(session);
    qCInfo(lcUi) << "opened connection" << connection.name;
    m_connectionMenu->setCurrent(connection);
    setWindowTitle(tr("TenantDesk — %1").arg(connection.name));
    m_banner->setVisible(connection.demo);
    m_requests->setLog(session->activity());
    m_status->setSession(session);
    m_model->setSession(session);
    refreshCustomerLabels();
    m_context.jobCenter()->setSession(connection.id, session);
    m_details->clear();
    const QModelIndex conn = m_model->connectionIndex();
    m_tree->expand(conn);
    m_model->fetchMore(conn);
    m_tree->setCurrentIndex(conn);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    m_actions->updateActions();
    m_details->showIndex(current, m_context.session() ? &m_context.session()->connection() : nullptr);
}

void MainWindow::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_model->retry(index))
        return;
    onCurrentChanged(index);
    showSelectedDetails();
}

void MainWindow::showSelectedDetails()
{
    m_details->tabs()->setCurrentIndex(0);
    m_details->tabs()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::refreshSelected()
{
    QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        index = m_model->connectionIndex();
    m_model->refresh(index);
    m_tree->expand(index.isValid() && m_model->isErrorRow(index) ? index.parent() : index);
}

void MainWindow::refreshConnection()
{
    const QModelIndex conn = m_model->connectionIndex();
    if (!conn.isValid())
        return;
    if (m_inventoryCtl->refreshAll()) { // the crawl's lists update the tree in place
        statusBar()->showMessage(tr("Refreshing the inventory…"), 4000);
        return;
    }
    m_model->refresh(conn);
    m_tree->expand(conn);
}

void MainWindow::copySelectedId()
{
    const QString id = m_tree->currentIndex().data(ConnectionTreeModel::IdRole).toString();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    statusBar()->showMessage(
        tr("Copied %1 %2").arg(m_tree->currentIndex().data(ConnectionTreeModel::IdKindRole).toString(), id),
        4000);
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->isErrorRow(index))
        menu->addAction(m_retry);
    menu->addAction(m_refresh);
    menu->addAction(m_refreshConnection);
    menu->addSeparator();
    if (!index.data(ConnectionTreeModel::IdRole).toString().isEmpty())
        menu->addAction(m_copyId);
    menu->addAction(m_openDetails);
    m_actions->addContextActions(menu, index);
    m_tools->addContextActions(menu, index); // report/model: troubleshoot, embed test
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace td
