#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/health/HealthTypes.h"
#include "app/inventory/InventoryTypes.h"
#include "app/registry/CustomerRegistry.h"

class QAction;
class QTabWidget;
class QTreeView;
class QWidget;

namespace td {

class ConnectionTreeModel;
class CustomersView;
class DetailsPane;
class InventoryController;
class QuickSwitcher;
class SearchController;
class WindowContext;

// The customer-first part of the main window. Puts the customers home (CustomersView) in a "Customers"
// tab before the "Tree" tab that holds the tree and details (browse: the widget it takes the place of);
// the home shows when a connection opens (with a customer registry; else the tree does) and rebuilds
// itself when the registry changes, after an
// inventory crawl and after a health check. Opening a customer reveals its profile in the tree (the
// details pane follows the tree). Owns the quick switcher (Ctrl+K) and makes the details pane preview
// what the find box's or the switcher's highlight names. Its actions are for the window's menus.
class CustomerConsole : public QObject
{
    Q_OBJECT
public:
    CustomerConsole(const WindowContext *context, ConnectionTreeModel *model, QTreeView *tree,
                    DetailsPane *details, SearchController *search, InventoryController *inventory,
                    QWidget *browse);

    void setRegistry(CustomerRegistry *registry); // the window's registry (may be null)

    QAction *quickSwitchAction() const { return m_quickSwitch; }     // "Go to…" (Ctrl+K)
    QAction *showCustomersAction() const { return m_showCustomers; } // "Customers" (Ctrl+1)
    QAction *showTreeAction() const { return m_showTree; }           // "Tree" (Ctrl+2)

    QTabWidget *tabs() const { return m_tabs; }
    CustomersView *view() const { return m_view; }
    QuickSwitcher *switcher() const { return m_switcher; }

    void refresh();                                            // rebuilds the home's rows now
    void openCustomer(const QString &key);                     // a CustomerOverviewRow::key()
    void open(const FoundObject &object, const QString &name); // reveals it in the tree
    void quickSwitch();                                        // pops the quick switcher up

Q_SIGNALS:
    void refreshed(); // the home's rows were rebuilt

private:
    void onModelReset();
    void preview(const FoundObject &object);
    void showPreview();
    void onHealthChecked(const HealthReport &report);
    QString connectionId() const;

    const WindowContext *m_context;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
    DetailsPane *m_details;
    SearchController *m_search;
    QPointer<CustomerRegistry> m_registry;
    QTabWidget *m_tabs;
    CustomersView *m_view;
    QuickSwitcher *m_switcher;
    QAction *m_quickSwitch;
    QAction *m_showCustomers;
    QAction *m_showTree;
    QTimer m_refresh; // coalesces registry changes
    QTimer m_preview; // coalesces highlight moves (typing)
    FoundObject m_pending;
    QString m_connectionId;
    QVector<HealthFinding> m_findings; // of the last health check of this connection
    bool m_haveFindings = false;
    int m_tabBeforeSwitch = -1; // where Esc in the quick switcher goes back to
};

} // namespace td
