#pragma once
// Shared by the UI tests: an in-process emulator (demo seed) and a connection to its demo SP.
#include <QAbstractItemModel>
#include <QModelIndex>

#include "EmulatorServer.h"
#include "connections/Connection.h"

namespace tdtest {

inline td::Connection demoConnection(const emu::EmulatorServer &emulator)
{
    const emu::ServicePrincipalInfo sp = emulator.primaryServicePrincipal();
    td::Connection c;
    c.id = QStringLiteral("7d3c1f52-2f0e-4d6a-9a51-0d1c8a4b9e01");
    c.name = QStringLiteral("Demo (test)");
    c.cloud = QStringLiteral("Custom");
    c.apiBaseUrl = emulator.baseUrl();
    c.loginUrl = emulator.loginUrl();
    c.tenantId = sp.tenantId;
    c.clientId = sp.clientId;
    c.servicePrincipalObjectId = sp.objectId;
    c.demo = true;
    return c;
}

// The first child of parent whose DisplayRole or NameRole-like text contains text (no fetching).
inline QModelIndex findChild(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text,
                             int role = Qt::DisplayRole)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(role).toString().contains(text))
            return i;
    }
    return {};
}

} // namespace tdtest
