#pragma once
#include <QCoreApplication>
#include <QModelIndexList>
#include <QPointer>
#include <QString>

#include "app/session/ConnectionSession.h"

class QMainWindow;
class QTreeView;
class QWidget;

namespace td {

class AuditLog;
class CustomerRegistry;
class InventoryController;
class InventoryStore;
class JobCenter;

// What the window's tools (launchers, search, export) use of the main window, in one object that
// MainWindow builds and keeps current: the open connection's session, the local stores, the Jobs tab's
// job center, the tree's selection and the status bar. Tools take this instead of the window.
// The stores may be null (the window then works from the network only / without an audit trail).
class WindowContext
{
    Q_DECLARE_TR_FUNCTIONS(WindowContext)
public:
    explicit WindowContext(QMainWindow *window);

    QWidget *window() const; // the parent of the tools' dialogs
    ConnectionSession *session() const { return m_session; }
    CustomerRegistry *registry() const { return m_registry; }
    InventoryStore *inventory() const { return m_inventory; }
    AuditLog *audit() const { return m_audit; }
    JobCenter *jobCenter() const { return m_jobCenter; }
    InventoryController *inventoryController() const { return m_inventoryController; } // crawls

    QModelIndex currentIndex() const;     // the tree's current node
    QModelIndexList selectedRows() const; // the tree's selected rows, else its current one
    void showStatus(const QString &text, int timeoutMs = 6000) const;
    // True when a connection is open; else asks the user to connect first (a box titled title).
    bool requireSession(const QString &title) const;
    void inform(const QString &title, const QString &text) const; // a non-modal information box

    // Kept current by MainWindow.
    void setSession(ConnectionSession *session) { m_session = session; }
    void setRegistry(CustomerRegistry *registry) { m_registry = registry; }
    void setInventory(InventoryStore *inventory) { m_inventory = inventory; }
    void setAudit(AuditLog *audit) { m_audit = audit; }
    void setJobCenter(JobCenter *jobCenter) { m_jobCenter = jobCenter; }
    void setInventoryController(InventoryController *controller) { m_inventoryController = controller; }
    void setTree(QTreeView *tree);

private:
    QMainWindow *m_window;
    QPointer<ConnectionSession> m_session;
    CustomerRegistry *m_registry = nullptr;
    InventoryStore *m_inventory = nullptr;
    AuditLog *m_audit = nullptr;
    JobCenter *m_jobCenter = nullptr;
    InventoryController *m_inventoryController = nullptr;
    QPointer<QTreeView> m_tree;
};

} // namespace td
