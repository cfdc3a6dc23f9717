// The quick switcher (Ctrl+K) by keyboard only: typing finds customers and inventory objects with their
// kind, Up/Down move the highlight and the details pane follows it, Ctrl+C copies the highlighted id,
// Enter reveals the object in the tree, Esc closes; a pasted GUID (braced or not) finds its object.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>

#include "ConsoleRig.h"
#include "ui/details/DetailsPane.h"
#include "ui/search/QuickSwitcher.h"
#include "ui/search/SearchController.h"
#include "ui/search/SwitcherModel.h"
#include "ui/tree/ConnectionTreeModel.h"

using namespace td;

class TstSwitcher : public QObject
{
    Q_OBJECT

private:
    tdtest::ConsoleRig m_rig;

    QuickSwitcher *switcher() const { return m_rig.console()->switcher(); }
    QLineEdit *edit() const { return switcher()->edit(); }
    QModelIndex current() const { return switcher()->list()->currentIndex(); }
    QString currentKind() const
    {
        return current().siblingAtColumn(SwitcherModel::KindCol).data().toString();
    }
    QString detailsValue(const QString &label) const
    {
        for (const DetailsRow &row : m_rig.window->detailsPane()->rows()) {
            if (row.label == label)
                return row.value;
        }
        return {};
    }
    void popUp()
    {
        QTest::keyClick(m_rig.window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(switcher()->isVisible());
        QTRY_VERIFY(edit()->hasFocus());
        // The index loads on a worker thread the first time.
        QTRY_VERIFY_WITH_TIMEOUT(!switcher()->infoLabel()->text().startsWith(QStringLiteral("Loading")),
                                 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_rig.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keyboardPath()
    {
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 0); // the customers home
        QAbstractItemModelTester tester(switcher()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        popUp();
        QTest::keyClicks(edit(), QStringLiteral("northwind"));
        // The registry's customer first, then the inventory's workspace of the same name.
        QTRY_COMPARE(currentKind(), QStringLiteral("Customer"));
        QVERIFY(current()
                    .siblingAtColumn(SwitcherModel::NameCol)
                    .data()
                    .toString()
                    .contains(QStringLiteral("C0002")));
        QTRY_COMPARE(detailsValue(QStringLiteral("customer id")), QStringLiteral("C0002"));
        for (int r = 0; r < switcher()->model()->rowCount(); ++r)
            QVERIFY(!switcher()->model()->index(r, SwitcherModel::KindCol).data().toString().isEmpty());

        QTest::keyClick(edit(), Qt::Key_Down);
        QCOMPARE(currentKind(), QStringLiteral("Workspace"));
        QVERIFY(edit()->hasFocus()); // the keys stay in the line edit
        // The details pane follows the highlight.
        QTRY_COMPARE(detailsValue(QStringLiteral("workspace id")), demoids::workspaceId(2));
        QVERIFY(detailsValue(QStringLiteral("name")).contains(QStringLiteral("Northwind")));

        QApplication::clipboard()->clear();
        QTest::keySequence(edit(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), demoids::workspaceId(2));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(currentKind(), QStringLiteral("Customer"));
        QTest::keyClick(edit(), Qt::Key_Down);

        QSignalSpy revealed(m_rig.window->search(), &SearchController::revealFinished);
        QTest::keyClick(edit(), Qt::Key_Return);
        QVERIFY(!switcher()->isVisible());
        QVERIFY(revealed.wait(20000));
        QVERIFY2(revealed.first().at(0).toBool(), qPrintable(revealed.first().at(1).toString()));
        QTreeView *tree = m_rig.window->treeView();
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->currentIndex().data(ConnectionTreeModel::IdRole).toString(), demoids::workspaceId(2));
        QCOMPARE(tree->currentIndex().parent().data(ConnectionTreeModel::IdRole).toString(),
                 demoids::profileId(2));
        QTRY_COMPARE(detailsValue(QStringLiteral("workspace id")), demoids::workspaceId(2));
    }

    void guidFindsItsObject()
    {
        popUp();
        const QString report = demoids::reportId(5);
        edit()->setText(QLatin1Char('{') + report.toUpper() + QLatin1Char('}'));
        QTRY_COMPARE(switcher()->model()->rowCount(), 1);
        QCOMPARE(currentKind(), QStringLiteral("Report"));
        QTRY_COMPARE(detailsValue(QStringLiteral("item id")), report);
        QCOMPARE(detailsValue(QStringLiteral("profile id")), demoids::profileId(5));
        // A customer's profile id finds the customer.
        edit()->setText(demoids::profileId(1));
        QTRY_COMPARE(currentKind(), QStringLiteral("Customer"));
        QCOMPARE(switcher()->model()->rowCount(), 1);
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!switcher()->isVisible());
    }

    void escapeGoesBack()
    {
        m_rig.console()->showCustomersAction()->trigger();
        QTreeView *tree = m_rig.window->treeView();
        const QString before = tree->currentIndex().data(ConnectionTreeModel::IdRole).toString();
        popUp();
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 1); // the details pane previews
        QTest::keyClicks(edit(), QStringLiteral("invoice list"));
        QTRY_COMPARE(currentKind(), QStringLiteral("Report"));
        QTRY_COMPARE(detailsValue(QStringLiteral("name")), QStringLiteral("Invoice List"));
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!switcher()->isVisible());
        QCOMPARE(m_rig.console()->tabs()->currentIndex(), 0);
        QCOMPARE(tree->currentIndex().data(ConnectionTreeModel::IdRole).toString(), before);
        QTRY_COMPARE(detailsValue(QStringLiteral("workspace id")), before); // the tree's node again
    }
};

QTEST_MAIN(TstSwitcher)
#include "tst_switcher.moc"
