#pragma once
#include <QObject>

#include "app/connections/Connection.h"

class QMenu;
class QNetworkAccessManager;
class QWidget;

namespace td {

class ConnectionStore;
class SecretStore;

// The toolbar's "Connection ▾" menu: New connection…, Edit…, Remove, then the saved connections.
// Rebuilt each time it opens, so it always shows what ConnectionStore holds. New and Edit open a
// ConnectionDialog (a saved connection is then opened: connectRequested); Remove asks first, then
// deletes the connection and its client secret (removed). Dialogs open on dialogParent.
class ConnectionMenu : public QObject
{
    Q_OBJECT
public:
    ConnectionMenu(QMenu *menu, ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
                   QWidget *dialogParent);
    void setCurrent(const Connection &connection) { m_current = connection; } // the open one, or {}
    void rebuild();

Q_SIGNALS:
    void connectRequested(const td::Connection &connection);
    void removed(const QString &connectionId); // the open connection was removed

private:
    void openDialog(const Connection &connection); // empty id: a new connection
    void confirmRemove();

    QMenu *m_menu;
    ConnectionStore *m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    QWidget *m_dialogParent;
    Connection m_current;
};

} // namespace td
