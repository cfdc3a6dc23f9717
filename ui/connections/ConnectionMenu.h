#pragma once
#include <QObject>

#include "app/connections/Connection.h"

class QMenu;

namespace td {

class ConnectionStore;

// The toolbar's "Connection ▾" menu: New connection…, Edit…, Remove, then the saved connections.
// Rebuilt each time it opens, so it always shows what ConnectionStore holds.
class ConnectionMenu : public QObject
{
    Q_OBJECT
public:
    ConnectionMenu(QMenu *menu, ConnectionStore *store);
    void setCurrentId(const QString &id) { m_currentId = id; }
    void rebuild();

Q_SIGNALS:
    void newRequested();
    void editRequested();
    void removeRequested();
    void connectRequested(const td::Connection &connection);

private:
    QMenu *m_menu;
    ConnectionStore *m_store;
    QString m_currentId;
};

} // namespace td
