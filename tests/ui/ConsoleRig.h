#pragma once
// The main window on the demo emulator estate with a customer registry and an inventory in a temporary
// directory, for the customer-first console's tests (customers home, quick switcher). The registry names
// customers 1 to 3 of the demo seed (2 with a failed onboarding) and C0099, whose profile does not exist;
// every other demo profile is not in the registry. The inventory is crawled once (the background refresh).
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "../core/DemoIds.h"
#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/inventory/InventoryStore.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/customers/CustomerConsole.h"
#include "ui/customers/CustomersModel.h"
#include "ui/customers/CustomersView.h"
#include "ui/window/MainWindow.h"

namespace tdtest {

class ConsoleRig
{
public:
    emu::EmulatorServer emulator;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    std::unique_ptr<td::InventoryStore> inventory;
    std::unique_ptr<td::CustomerRegistry> registry;
    std::unique_ptr<td::MainWindow> window;

    static QString missingProfileId() { return QStringLiteral("0b5e3c1d-7a2f-4e9b-8c6d-5f4a3b2c1d0e"); }

    QString conn() const { return demoConnection(emulator).id; }
    td::CustomerConsole *console() const { return window->customers(); }
    td::CustomersModel *model() const { return console()->view()->model(); }

    td::Customer customer(int n, const QString &status = QStringLiteral("active")) const
    {
        td::Customer c;
        c.customerId = QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0'));
        c.displayName = demoids::display(n);
        c.connectionId = conn();
        c.profileId = demoids::profileId(n);
        c.workspaceIds = {demoids::workspaceId(n)};
        c.status = status;
        return c;
    }

    // The workspaces the emulator lets profile n see (not read through the client).
    int workspacesOfProfile(const QString &profileId) const
    {
        return int(emulator.state()->workspacesOf(emu::principalKeyForProfile(profileId)).size());
    }

    // Starts everything; returns an error text (empty when fine).
    QString start()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        if (!emulator.start(options, &error))
            return error;
        inventory = std::make_unique<td::InventoryStore>(dir.filePath(QStringLiteral("inventory.sqlite")));
        registry = std::make_unique<td::CustomerRegistry>(dir.filePath(QStringLiteral("customers.sqlite")));
        if (!inventory->open(&error) || !registry->open(&error))
            return error;
        td::Customer gone;
        gone.customerId = QStringLiteral("C0099");
        gone.displayName = QStringLiteral("C0099 – Former customer");
        gone.connectionId = conn();
        gone.profileId = missingProfileId();
        for (const td::Customer &c :
             {customer(1), customer(2, QStringLiteral("failed")), customer(3), gone}) {
            if (!registry->add(c, &error))
                return error;
        }
        window = std::make_unique<td::MainWindow>(nullptr, nullptr, &nam);
        window->setInventory(inventory.get());
        window->setCustomerRegistry(registry.get());
        window->openSession(demoConnection(emulator), emulator.primaryServicePrincipal().clientSecret);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return QStringLiteral("the window did not become active");
        // The background refresh crawls the estate; the home rebuilds after it.
        if (!QTest::qWaitFor([&] { return inventory->lastCrawl(conn()).finished.isValid(); }, 60000))
            return QStringLiteral("the inventory was not crawled");
        if (!QTest::qWaitFor([&] { return model()->rowCount() > 10; }, 10000))
            return QStringLiteral("the home did not list the inventory's profiles");
        return {};
    }

    int rowOf(const QString &key) const { return model()->rowOfKey(key); }
    QString cell(const QString &key, int column) const
    {
        const int r = rowOf(key);
        return r < 0 ? QString() : model()->index(r, column).data().toString();
    }
};

} // namespace tdtest
