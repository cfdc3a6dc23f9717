#include "ui/customers/CustomerConsole.h"

#include <QAction>
#include <QLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include "app/inventory/InventoryStore.h"
#include "app/registry/CustomerOverview.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/customers/CustomersModel.h"
#include "ui/customers/CustomersView.h"
#include "ui/details/DetailsPane.h"
#include "ui/health/HealthLauncher.h"
#include "ui/inventory/InventoryController.h"
#include "ui/search/QuickSwitcher.h"
#include "ui/search/SearchController.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/WindowContext.h"

namespace td {

namespace {
enum Tab { CustomersTab, TreeTab };
}

CustomerConsole::CustomerConsole(const WindowContext *context, ConnectionTreeModel *model, QTreeView *tree,
                                 DetailsPane *details, SearchController *search,
                                 InventoryController *inventory, QWidget *browse)
    : QObject(context->window()), m_context(context), m_model(model), m_tree(tree), m_details(details),
      m_search(search)
{
    // The tabs take the place of the tree-and-details widget in its parent's layout.
    QWidget *host = browse->parentWidget();
    m_tabs = new QTabWidget(host);
    m_tabs->setObjectName(QStringLiteral("homeTabs"));
    m_tabs->setDocumentMode(true);
    if (host && host->layout())
        delete host->layout()->replaceWidget(browse, m_tabs);
    m_view = new CustomersView(m_tabs);
    m_tabs->addTab(m_view, tr("Customers"));
    m_tabs->addTab(browse, tr("Tree"));
    m_switcher = new QuickSwitcher(search->connectionIndex(), context->window());
    m_switcher->setAnchor(search->panel());

    QWidget *window = context->window();
    auto action = [this](const QString &text, const char *name, const QString &keys, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(QKeySequence(keys));
        a->setToolTip(tip);
        return a;
    };
    m_quickSwitch =
        action(tr("&Go to…"), "quickSwitchAction", tr("Ctrl+K"),
               tr("Go to a customer, profile, workspace, report or capacity by name or id (Ctrl+K)"));
    connect(m_quickSwitch, &QAction::triggered, this, &CustomerConsole::quickSwitch);
    m_showCustomers = action(tr("&Customers"), "showCustomersAction", tr("Ctrl+1"),
                             tr("Show the customers of this connection (Ctrl+1)"));
    connect(m_showCustomers, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(CustomersTab);
        m_view->table()->setFocus(Qt::ShortcutFocusReason);
    });
    m_showTree = action(tr("Connection &tree"), "showTreeAction", tr("Ctrl+2"),
                        tr("Show the connection tree and the details pane (Ctrl+2)"));
    connect(m_showTree, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(TreeTab);
        m_tree->setFocus(Qt::ShortcutFocusReason);
    });
    window->addActions({m_quickSwitch, m_showCustomers, m_showTree}); // work before a menu lists them

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &CustomerConsole::refresh);
    m_preview.setSingleShot(true);
    m_preview.setInterval(30);
    connect(&m_preview, &QTimer::timeout, this, &CustomerConsole::showPreview);

    connect(m_view, &CustomersView::openRequested, this, &CustomerConsole::openCustomer);
    connect(m_search, &SearchController::previewChanged, this, &CustomerConsole::preview);
    connect(m_search, &SearchController::resultsApplied, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_tabs->setCurrentIndex(TreeTab); // the results are where the tree is
    });
    connect(m_switcher, &QuickSwitcher::previewRequested, this, &CustomerConsole::preview);
    connect(m_switcher, &QuickSwitcher::openRequested, this, &CustomerConsole::open);
    connect(m_switcher, &QuickSwitcher::copied, this, [this](const QString &kind, const QString &id) {
        m_context->showStatus(tr("Copied %1 %2").arg(kind, id), 4000);
    });
    connect(m_switcher, &QuickSwitcher::closed, this, [this] {
        if (m_tabBeforeSwitch >= 0)
            m_tabs->setCurrentIndex(m_tabBeforeSwitch);
        preview(FoundObject()); // the tree's node again
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerConsole::onModelReset);
    connect(inventory, &InventoryController::crawlFinished, this, [this] { m_refresh.start(); });
    connect(m_search, &SearchController::inventoryBuilt, this, [this] { m_refresh.start(); });
    if (auto *health = window->findChild<HealthLauncher *>())
        connect(health, &HealthLauncher::checkFinished, this, &CustomerConsole::onHealthChecked);
}

void CustomerConsole::setRegistry(CustomerRegistry *registry)
{
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    m_registry = registry;
    if (registry)
        connect(registry, &CustomerRegistry::changed, this, [this] { m_refresh.start(); });
    m_refresh.start();
}

QString CustomerConsole::connectionId() const
{
    return m_context->session() ? m_context->session()->connection().id : QString();
}

void CustomerConsole::onModelReset()
{
    const QString conn = connectionId();
    if (conn == m_connectionId)
        return;
    m_connectionId = conn;
    m_haveFindings = false; // another connection's
    m_findings.clear();
    m_switcher->dismiss();
    m_tabBeforeSwitch = -1;
    // The home of a connection that opens; without a registry there are no customers to start from.
    m_tabs->setCurrentIndex(m_registry ? CustomersTab : TreeTab);
    refresh();
}

void CustomerConsole::refresh()
{
    m_refresh.stop();
    const QString conn = connectionId();
    InventoryStore *inventory = m_context->inventory();
    QVector<CustomerOverviewRow> rows;
    QString note;
    if (!conn.isEmpty()) {
        const QVector<Customer> customers = m_registry ? m_registry->list(conn) : QVector<Customer>();
        rows = CustomerOverview::build(customers, inventory, conn, m_haveFindings ? &m_findings : nullptr);
        if (!m_registry)
            note = tr("The customer registry is not available.");
        else if (!inventory || !inventory->isOpen())
            note = tr("No inventory cache: workspace counts are the registry's.");
        else if (!inventory->lastCrawl(conn).isValid())
            note = tr("No inventory yet: workspace counts are the registry's until the inventory is read.");
    }
    m_view->setRows(rows, note);
    Q_EMIT refreshed();
}

void CustomerConsole::onHealthChecked(const HealthReport &report)
{
    if (report.connectionId.compare(connectionId(), Qt::CaseInsensitive) != 0)
        return;
    m_findings = report.findings;
    m_haveFindings = true;
    refresh();
}

void CustomerConsole::openCustomer(const QString &key)
{
    const int row = m_view->model()->rowOfKey(key);
    if (row < 0)
        return;
    const CustomerOverviewRow r = m_view->model()->row(row);
    QString problem;
    if (r.identity == Customer::Identity::ServicePrincipal)
        problem = tr("%1 is served by its own service principal; open that connection to browse its "
                     "workspaces.")
                      .arg(r.displayName);
    else if (r.profileId.isEmpty())
        problem = tr("The registry names no profile for %1.").arg(r.displayName);
    FoundObject f;
    f.kind = FoundObject::Kind::Profile;
    f.id = f.profileId = r.profileId;
    f.name = f.profileName = r.displayName;
    f.connectionId = connectionId();
    if (problem.isEmpty() && r.inventoryKnown && !r.profileFound) {
        problem = tr("The profile of %1 is not in the inventory: it may have been deleted. Refresh the "
                     "inventory (Shift+F5) to check.")
                      .arg(r.displayName);
        preview(f); // its registry entry in the details pane
    }
    if (!problem.isEmpty()) {
        m_context->showStatus(problem, 10000);
        return;
    }
    open(f, r.displayName);
}

void CustomerConsole::open(const FoundObject &object, const QString &name)
{
    if (!object.isValid()) {
        m_context->showStatus(tr("“%1” is not in the connection tree.").arg(name), 8000);
        return;
    }
    m_tabBeforeSwitch = -1;
    m_tabs->setCurrentIndex(TreeTab);
    if (object.kind == FoundObject::Kind::Capacity) { // not in the tree: its details only
        preview(object);
        m_context->showStatus(
            tr("Capacities are not in the connection tree; the details pane shows “%1”.").arg(name), 8000);
        return;
    }
    m_preview.stop();
    m_search->revealObject(object); // selects it in the tree: the details pane follows
}

void CustomerConsole::quickSwitch()
{
    if (!m_context->requireSession(tr("Go to")))
        return;
    if (!m_switcher->isVisible())
        m_tabBeforeSwitch = m_tabs->currentIndex();
    m_tabs->setCurrentIndex(TreeTab); // where the details pane previews the highlighted hit
    const QString conn = connectionId();
    m_switcher->popUp(m_context->inventory(), conn,
                      m_registry ? m_registry->list(conn) : QVector<Customer>());
}

void CustomerConsole::preview(const FoundObject &object)
{
    m_pending = object;
    m_preview.start();
}

void CustomerConsole::showPreview()
{
    const Connection *connection = m_context->session() ? &m_context->session()->connection() : nullptr;
    if (m_pending.isValid())
        m_details->showFound(m_pending, connection);
    else
        m_details->showIndex(m_tree->currentIndex(), connection);
}

} // namespace td
