#pragma once
#include <QVector>

#include "app/connections/Connection.h"

class QSettings;

namespace td {

// Non-secret connection settings in QSettings (group "connections/<id>").
class ConnectionStore
{
public:
    explicit ConnectionStore(QSettings *settings); // not owned
    QVector<Connection> list() const;
    Connection find(const QString &idOrName) const; // id empty if not found
    QString save(const Connection &connection);     // assigns an id when empty; returns the id
    void remove(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace td
