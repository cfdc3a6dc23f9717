#pragma once
#include <QMainWindow>
#include <QModelIndexList>
#include <QPointer>

#include "app/connections/Connection.h"
#include "app/session/ConnectionSession.h"
#include "ui/window/WindowContext.h"

class QAction;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QToolButton;
class QTreeView;

namespace td {

class ActionController;
class AuditLog;
class AuditPane;
class CustomerConsole;
class CustomerRegistry;
class InventoryController;
class InventoryStore;
class SearchController;
class ConnectionMenu;
class ToolLaunchers;

class ConnectionStore;
class ConnectionTreeModel;
class DetailsPane;
class RequestsPane;
class SecretStore;
class StatusIndicators;

// The one window: toolbar, connection tree (left), details (right), Activity dock (bottom), status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the secret from the keychain, then opens the connection.
    void connectTo(const Connection &connection);
    // Opens a connection with a secret already at hand (demo mode when the keychain is unavailable).
    void openSession(const Connection &connection, const QString &clientSecret);
    void setKeychainMessage(const QString &message);

    // Local stores, owned by the caller (main.cpp or a test) and set before a session opens. Either may be
    // null (the window then works from the network only / without an audit trail).
    void setInventory(InventoryStore *inventory);
    void setAuditLog(AuditLog *audit);
    void setCustomerRegistry(CustomerRegistry *registry);
    void refreshCustomerLabels(); // the registry's customer names beside their profiles in the tree

    // What the window's tools use of it: session, stores, job center (the Jobs tab), tree selection.
    const WindowContext &context() const { return m_context; }
    ConnectionSession *session() const { return m_context.session(); } // the open connection (tests)

    ConnectionTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    DetailsPane *detailsPane() const { return m_details; }
    CustomerConsole *customers() const { return m_customers; } // the Customers tab, Ctrl+K
    QLineEdit *findEdit() const { return m_find; }
    ActionController *actions() const { return m_actions; }
    InventoryController *inventoryController() const { return m_inventoryCtl; } // cache refresh, crawler
    SearchController *search() const { return m_search; }

public Q_SLOTS:
    void refreshSelected();   // F5
    void refreshConnection(); // Shift+F5: "Refresh inventory" (a crawl), else reloads the tree
    void copySelectedId();    // Ctrl+C
    void showSelectedDetails();

private:
    void createActions();
    void createToolBar();
    void createCentral();
    void createActivityDock();
    void onActivated(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void showTreeContextMenu(const QPoint &pos);
    void closeSession();

    ConnectionStore *m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    WindowContext m_context; // the session, the stores and the job center live here
    ConnectionTreeModel *m_model;
    QTreeView *m_tree = nullptr;
    DetailsPane *m_details = nullptr;
    RequestsPane *m_requests = nullptr;
    StatusIndicators *m_status = nullptr;
    ConnectionMenu *m_connectionMenu = nullptr;
    ActionController *m_actions = nullptr;
    InventoryController *m_inventoryCtl = nullptr;
    CustomerConsole *m_customers = nullptr;
    AuditPane *m_auditPane = nullptr;
    SearchController *m_search = nullptr;
    ToolLaunchers *m_tools = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_actionsButton = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_refreshConnection = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_openDetails = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_retry = nullptr;
};

} // namespace td
