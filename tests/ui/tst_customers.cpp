// The customers home: the first tab of a connection with a registry, its customers joined with the
// inventory (workspace counts, capacities), profiles without a registry entry, sorting and filtering,
// live updates from the registry, and opening a customer in the tree.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include "ConsoleRig.h"
#include "ui/customers/CustomersFilterProxy.h"
#include "ui/details/DetailsPane.h"
#include "ui/health/HealthDialog.h"
#include "ui/tree/ConnectionTreeModel.h"

using namespace td;
using Col = CustomersModel::Column;

class TstCustomers : public QObject
{
    Q_OBJECT

private:
    tdtest::ConsoleRig m_rig;

    CustomersView *view() const { return m_rig.console()->view(); }
    CustomersFilterProxy *proxy() const { return view()->proxy(); }
    QStringList shownColumn(int column) const
    {
        QStringList out;
        for (int r = 0; r < proxy()->rowCount(); ++r)
            out << proxy()->index(r, column).data().toString();
        return out;
    }
    static QString key(int n) { return QStringLiteral("c:c%1").arg(n, 4, 10, QLatin1Char('0')); }
    static QString profileKey(int n) { return QStringLiteral("p:") + demoids::profileId(n); }
    bool detailsShow(const QString &label, const QString &value) const
    {
        for (const DetailsRow &row : m_rig.window->detailsPane()->rows()) {
            if (row.label == label && row.value == value)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_rig.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        view()->filterEdit()->clear();
        view()->showCombo()->setCurrentIndex(0);
    }

    void homeIsTheFirstTab()
    {
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 0);
        QVERIFY(view()->isVisible());
        QVERIFY(!m_rig.window->treeView()->isVisible());
        QAbstractItemModelTester modelTester(m_rig.model(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_rig.console()->refresh(); // a reset under the testers
        QCOMPARE(m_rig.model()->columnCount(), int(CustomersModel::ColumnCount));
    }

    void listsRegistryCustomersWithWorkspaceCounts()
    {
        for (int n : {1, 2, 3}) {
            QCOMPARE(m_rig.cell(key(n), Col::IdCol), QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')));
            QCOMPARE(m_rig.cell(key(n), Col::NameCol), demoids::display(n));
            QCOMPARE(m_rig.cell(key(n), Col::IdentityCol), QStringLiteral("Profile"));
            const int seen = m_rig.workspacesOfProfile(demoids::profileId(n));
            QVERIFY(seen >= 1);
            QCOMPARE(m_rig.cell(key(n), Col::WorkspacesCol), QString::number(seen));
            // Not recorded by any store yet: shown as unknown, never invented.
            QCOMPARE(m_rig.cell(key(n), Col::ContentVersionCol), QStringLiteral("—"));
            QCOMPARE(m_rig.cell(key(n), Col::LastRefreshCol), QStringLiteral("—"));
            QCOMPARE(m_rig.cell(key(n), Col::FindingsCol), QStringLiteral("—"));
        }
        // Customer 2's workspace is on EMB-WEU-2 in West Europe (the demo seed).
        QCOMPARE(m_rig.cell(key(2), Col::CapacityCol), QStringLiteral("EMB-WEU-2"));
        QCOMPARE(m_rig.cell(key(2), Col::RegionCol), QStringLiteral("West Europe"));
        QCOMPARE(m_rig.cell(key(1), Col::StatusCol), QStringLiteral("active"));
        QCOMPARE(m_rig.cell(key(2), Col::StatusCol), QStringLiteral("failed"));
        // A registry entry whose profile is gone says so.
        QCOMPARE(m_rig.cell(key(99), Col::StatusCol), QStringLiteral("active · profile not found"));
        QVERIFY(m_rig.model()->index(m_rig.rowOf(key(99)), 0).data(CustomersModel::AttentionRole).toBool());
    }

    void unregisteredProfileShowsAsSuch()
    {
        const int r = m_rig.rowOf(profileKey(4));
        QVERIFY2(r >= 0, "profile 4 has no registry entry and is listed");
        QCOMPARE(m_rig.cell(profileKey(4), Col::NameCol), demoids::display(4));
        QCOMPARE(m_rig.cell(profileKey(4), Col::IdCol), QStringLiteral("—"));
        QCOMPARE(m_rig.cell(profileKey(4), Col::StatusCol), QStringLiteral("not in registry"));
        QCOMPARE(m_rig.cell(profileKey(4), Col::WorkspacesCol),
                 QString::number(m_rig.workspacesOfProfile(demoids::profileId(4))));
        QVERIFY(m_rig.model()->index(r, 0).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(m_rig.rowOf(profileKey(1)), -1); // registered profiles are not listed twice
    }

    void sortingAndFiltering()
    {
        QTableView *table = view()->table();
        table->sortByColumn(Col::NameCol, Qt::DescendingOrder);
        QStringList names = shownColumn(Col::NameCol);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) > 0; });
        QCOMPARE(names, sorted);
        table->sortByColumn(Col::WorkspacesCol, Qt::AscendingOrder); // numbers, not text
        QStringList counts = shownColumn(Col::WorkspacesCol);
        for (int i = 1; i < counts.size(); ++i) {
            if (counts[i - 1] != QStringLiteral("—") && counts[i] != QStringLiteral("—"))
                QVERIFY2(counts[i - 1].toInt() <= counts[i].toInt(), qPrintable(counts.join(u',')));
        }
        table->sortByColumn(Col::IdCol, Qt::AscendingOrder);

        QTest::keyClicks(view()->filterEdit(), QStringLiteral("northwind"));
        QCOMPARE(shownColumn(Col::IdCol), QStringList{QStringLiteral("C0002")});
        view()->filterEdit()->setText(demoids::profileId(3).toUpper()); // by profile id
        QCOMPARE(shownColumn(Col::IdCol), QStringList{QStringLiteral("C0003")});
        view()->filterEdit()->clear();

        view()->showCombo()->setCurrentIndex(
            view()->showCombo()->findData(int(CustomersFilterProxy::Show::NeedsAttention)));
        const QStringList ids = shownColumn(Col::IdCol);
        QVERIFY(ids.contains(QStringLiteral("C0002"))); // failed onboarding
        QVERIFY(ids.contains(QStringLiteral("C0099"))); // profile gone
        QVERIFY(ids.contains(QStringLiteral("—")));     // profiles not in the registry
        QVERIFY(!ids.contains(QStringLiteral("C0001")));
        view()->showCombo()->setCurrentIndex(
            view()->showCombo()->findData(int(CustomersFilterProxy::Show::Failed)));
        QCOMPARE(shownColumn(Col::IdCol), QStringList{QStringLiteral("C0002")});
        QVERIFY(view()->summaryLabel()->text().contains(QStringLiteral("1 shown")));
    }

    void registryChangeAppearsWithoutRefresh()
    {
        QSignalSpy refreshed(m_rig.console(), &CustomerConsole::refreshed);
        Customer c = m_rig.customer(4);
        c.customerId = QStringLiteral("ACME-4");
        c.displayName = QStringLiteral("Acme Four");
        QVERIFY(m_rig.registry->add(c));
        QTRY_VERIFY(m_rig.rowOf(QStringLiteral("c:acme-4")) >= 0);
        QCOMPARE(m_rig.cell(QStringLiteral("c:acme-4"), Col::NameCol), QStringLiteral("Acme Four"));
        QCOMPARE(m_rig.rowOf(profileKey(4)), -1); // no longer "not in registry"
        QCOMPARE(refreshed.count(), 1);           // one rebuild per change

        c.status = QStringLiteral("offboarded");
        QVERIFY(m_rig.registry->upsert(c));
        QTRY_COMPARE(m_rig.cell(QStringLiteral("c:acme-4"), Col::StatusCol), QStringLiteral("offboarded"));
        QVERIFY(m_rig.registry->remove(c.connectionId, c.customerId));
        QTRY_VERIFY(m_rig.rowOf(profileKey(4)) >= 0);
        QCOMPARE(m_rig.rowOf(QStringLiteral("c:acme-4")), -1);
    }

    void healthFindingsAreCounted()
    {
        QAction *health = m_rig.window->findChild<QAction *>(QStringLiteral("healthCheckAction"));
        QVERIFY(health);
        health->trigger();
        auto *dialog = m_rig.window->findChild<HealthDialog *>(QStringLiteral("healthDialog"));
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &HealthDialog::checkFinished);
        QVERIFY(checked.wait(60000));
        const HealthReport report = checked.first().first().value<HealthReport>();
        auto expected = [&](const QStringList &ids) {
            return int(
                std::count_if(report.findings.begin(), report.findings.end(), [&](const HealthFinding &f) {
                    return std::any_of(f.objects.begin(), f.objects.end(), [&](const HealthObject &o) {
                        return ids.contains(o.id, Qt::CaseInsensitive);
                    });
                }));
        };
        // C0003 kept the master user as Admin (leftover-user); C0099's profile is gone (registry-drift).
        const int c3 = expected({demoids::workspaceId(3), demoids::profileId(3), QStringLiteral("C0003")});
        const int c99 = expected({tdtest::ConsoleRig::missingProfileId(), QStringLiteral("C0099")});
        QVERIFY(c3 >= 1 && c99 >= 1);
        QTRY_COMPARE(m_rig.cell(key(3), Col::FindingsCol), QString::number(c3));
        QCOMPARE(m_rig.cell(key(99), Col::FindingsCol), QString::number(c99));
        QVERIFY(m_rig.model()->index(m_rig.rowOf(key(3)), 0).data(CustomersModel::AttentionRole).toBool());
        dialog->close();
    }

    void enterOpensTheCustomerInTheTree()
    {
        QTableView *table = view()->table();
        const QModelIndex at = proxy()->mapFromSource(m_rig.model()->index(m_rig.rowOf(key(3)), 0));
        table->setFocus();
        table->setCurrentIndex(at);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 1);
        QTreeView *tree = m_rig.window->treeView();
        QTRY_COMPARE_WITH_TIMEOUT(tree->currentIndex().data(ConnectionTreeModel::IdRole).toString(),
                                  demoids::profileId(3), 20000);
        QVERIFY(tree->isVisible());
        // The details pane follows the tree, with the registry's customer first.
        QTRY_VERIFY(detailsShow(QStringLiteral("customer id"), QStringLiteral("C0003")));
        QVERIFY(detailsShow(QStringLiteral("profile id"), demoids::profileId(3)));

        // A customer whose profile is gone stays on the home and says why.
        m_rig.console()->showCustomersAction()->trigger();
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 0);
        m_rig.console()->openCustomer(key(99));
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 0);
        QVERIFY(m_rig.window->statusBar()->currentMessage().contains(QStringLiteral("not in the inventory")));
    }
};

QTEST_MAIN(TstCustomers)
#include "tst_customers.moc"
