#pragma once
// Shared by the UI tests: an in-process emulator (demo seed) and a connection to its demo SP.
#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QModelIndex>
#include <QPushButton>
#include <QTest>

#include "EmulatorServer.h"
#include "app/connections/Connection.h"

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

// The open modal dialog of type T with objectName, or nullptr (dialogs use open(), never exec()).
template<typename T> T *modal(const char *objectName)
{
    return qobject_cast<T *>(QApplication::activeModalWidget()) &&
                   QApplication::activeModalWidget()->objectName() == QLatin1String(objectName)
               ? qobject_cast<T *>(QApplication::activeModalWidget())
               : nullptr;
}

template<typename T> T *waitModal(const char *objectName)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = modal<T>(objectName)) != nullptr; }, 10000);
    return found;
}

inline void clickOk(QDialog *dlg)
{
    dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace tdtest
