// Search across every profile from the inventory cache: the main window with the demo emulator
// estate crawled (through the "Build inventory" offer) into a temporary store; typing, GUIDs, reveal in
// the live tree and export of the current view.
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "DialogProbe.h"
#include "UiTestSupport.h"
#include "app/inventory/InventoryExport.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"
#include "ui/actions/ExportActions.h"
#include "ui/details/DetailsPane.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/MainWindow.h"

using namespace td;
using Kind = TreeNode::Kind;

class TstSearch : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<MainWindow> m_window;

    SearchController *search() const { return m_window->search(); }
    QTreeView *resultsView() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("searchResultsView"));
    }
    SearchResultsModel *results() const { return qobject_cast<SearchResultsModel *>(resultsView()->model()); }
    QLineEdit *find() const { return m_window->findEdit(); }
    QLabel *info() const { return m_window->findChild<QLabel *>(QStringLiteral("searchInfo")); }
    QPushButton *buildButton() const
    {
        return m_window->findChild<QPushButton *>(QStringLiteral("buildInventoryButton"));
    }
    ExportActions *exports() const { return m_window->findChild<ExportActions *>(); }
    QString conn() const { return m_window->session()->connection().id; }

    // Types text into the find box one key at a time, waiting for each keystroke's results.
    bool typeText(const QString &text)
    {
        for (const QChar c : text) {
            QSignalSpy applied(search(), &SearchController::resultsApplied);
            QTest::keyClicks(find(), QString(c));
            if (!applied.wait(5000))
                return false;
        }
        return true;
    }

    bool setTextAndWait(const QString &text)
    {
        QSignalSpy applied(search(), &SearchController::resultsApplied);
        search()->setText(text);
        return applied.wait(5000);
    }

    QStringList matchedNames() const
    {
        QStringList out;
        for (int e : results()->matchedEntries())
            out << search()->index().name(e);
        return out;
    }

    QString detailsValue(const QString &label) const
    {
        for (const DetailsRow &row : m_window->detailsPane()->rows()) {
            if (row.label == label)
                return row.value;
        }
        return {};
    }

    // A workspace a profile sees, and that profile's display name.
    std::pair<InvWorkspace, QString> profileWorkspace() const
    {
        for (const InvProfile &p : m_store->profiles(conn())) {
            const QVector<InvWorkspace> ws = m_store->workspacesOf(conn(), p.id);
            if (!ws.isEmpty())
                return {ws.first(), p.displayName};
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_store = std::make_unique<InventoryStore>(m_dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(nullptr, nullptr, &m_nam);
        m_window->setInventory(m_store.get());
        m_window->openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->treeModel()->profilesIndex().isValid());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
    }

    void cleanup()
    {
        if (!find()->text().isEmpty())
            QVERIFY(setTextAndWait(QString()));
        search()->setMaxShown(SearchController::DefaultMaxShown);
    }

    void noInventoryOffersToBuildIt()
    {
        QVERIFY(!m_store->lastCrawl(conn()).isValid());
        QVERIFY(typeText(QStringLiteral("sales")));
        QVERIFY(info()->isVisible());
        QVERIFY2(info()->text().contains(QStringLiteral("no inventory")), qPrintable(info()->text()));
        QVERIFY(buildButton()->isVisible());
        QVERIFY(m_window->treeView()->isVisible());

        QSignalSpy built(search(), &SearchController::inventoryBuilt);
        QSignalSpy loaded(search(), &SearchController::indexLoaded);
        QSignalSpy applied(search(), &SearchController::resultsApplied);
        buildButton()->click();
        QVERIFY(built.wait(30000));
        QVERIFY(m_store->lastCrawl(conn()).finished.isValid());
        QVERIFY(!buildButton()->isVisible());
        // The search that was waiting runs on the new inventory, loaded on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10000);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(search()->isShowingResults());
        QVERIFY(results()->matchCount() > 5);
        for (const QString &name : matchedNames())
            QVERIFY2(name.contains(QStringLiteral("sales"), Qt::CaseInsensitive), qPrintable(name));
    }

    void typingFilters()
    {
        QAbstractItemModelTester tester(results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(typeText(QStringLiteral("cedar ana")));
        QVERIFY(search()->isShowingResults());
        QVERIFY(resultsView()->isVisible());
        QVERIFY(!m_window->treeView()->isVisible());
        QCOMPARE(matchedNames(), QStringList{QStringLiteral("Legacy – Cedar Analytics")});
        // The match sits under its ancestor, the service principal's group.
        const QModelIndex match = results()->indexOfEntry(results()->matchedEntries().first());
        QCOMPARE(match.parent().data().toString(), QStringLiteral("Service principal"));
        QCOMPARE(match.data(SearchResultsModel::IdKindRole).toString(), QStringLiteral("workspace id"));
        QVERIFY(match.data(Qt::ToolTipRole).toString().contains(QStringLiteral("workspace id: ")));
        resultsView()->setCurrentIndex(match);
        resultsView()->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(resultsView(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), match.data(SearchResultsModel::IdRole).toString());

        // Backspace widens again; a profile's items show under profile -> workspace.
        QVERIFY(setTextAndWait(QStringLiteral("Invoice")));
        QVERIFY(results()->matchCount() > 3);
        const QModelIndex item = results()->indexOfEntry(results()->matchedEntries().first());
        QVERIFY(item.data().toString().endsWith(QStringLiteral("report)")));
        QCOMPARE(item.data(SearchResultsModel::IdKindRole).toString(), QStringLiteral("item id"));
        QVERIFY(item.parent().isValid());
        QVERIFY(!item.parent().data(SearchResultsModel::IsMatchRole).toBool());
        QVERIFY(typeText(QStringLiteral(" Lis")));
        QVERIFY(matchedNames().size() > 0);
        for (const QString &name : matchedNames())
            QCOMPARE(name, QStringLiteral("Invoice List"));
        QVERIFY(typeText(QStringLiteral("zz")));
        QCOMPARE(results()->rowCount(), 0);
        QVERIFY(info()->text().contains(QStringLiteral("Nothing in the inventory")));
    }

    void longResultsAreCapped()
    {
        QAbstractItemModelTester tester(results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        search()->setMaxShown(5);
        QVERIFY(setTextAndWait(QStringLiteral("c00")));
        QCOMPARE(results()->matchCount(), 5);
        QVERIFY(results()->total() > 40);
        const QModelIndex more = results()->index(results()->rowCount() - 1, 0);
        QVERIFY(more.data(SearchResultsModel::IsMoreRole).toBool());
        QVERIFY(more.data().toString().contains(QStringLiteral("more — refine the search")));
        QVERIFY(info()->text().contains(QStringLiteral("the first 5 are shown")));
    }

    void pastedWorkspaceGuidIsNamed()
    {
        const auto [ws, profileName] = profileWorkspace();
        QVERIFY(!ws.id.isEmpty());
        QVERIFY(setTextAndWait(QLatin1Char('{') + ws.id.toUpper() + QLatin1Char('}')));
        QVERIFY(info()->isVisible());
        QCOMPARE(info()->text(),
                 QStringLiteral("Workspace id of “%1” in profile “%2”.").arg(ws.name, profileName));
        QCOMPARE(results()->matchCount(), 1);

        const QVector<InvItem> items = m_store->items(ws.id, ItemKind::Dataset);
        QVERIFY(!items.isEmpty());
        QVERIFY(setTextAndWait(items.first().id));
        QCOMPARE(info()->text(),
                 QStringLiteral("Item id of the semantic model “%1” in workspace “%2” of profile “%3”.")
                     .arg(items.first().name, ws.name, profileName));
    }

    void unknownGuidSaysSo()
    {
        QVERIFY(setTextAndWait(QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201")));
        QVERIFY(info()->isVisible());
        QVERIFY2(info()->text().contains(QStringLiteral("is not in the inventory (last crawled 20")),
                 qPrintable(info()->text()));
        QVERIFY(info()->text().contains(QStringLiteral("another tenant")));
        QCOMPARE(results()->rowCount(), 0);
    }

    void clearingRestoresTheLiveTree()
    {
        QTreeView *tree = m_window->treeView();
        const QModelIndex profiles = m_window->treeModel()->profilesIndex();
        tree->setCurrentIndex(profiles);
        QVERIFY(setTextAndWait(QStringLiteral("sales")));
        QVERIFY(!tree->isVisible());
        QVERIFY(setTextAndWait(QString()));
        QVERIFY(tree->isVisible());
        QVERIFY(!search()->isShowingResults());
        QCOMPARE(tree->model(), m_window->treeModel());
        QCOMPARE(tree->currentIndex(), profiles);
        QVERIFY(!info()->isVisible());
    }

    void enterRevealsInTheLiveTree()
    {
        const auto [ws, profileName] = profileWorkspace();
        const QVector<InvItem> reports = m_store->items(ws.id, ItemKind::Report);
        QVERIFY(!reports.isEmpty());
        QVERIFY(setTextAndWait(reports.last().id));
        QCOMPARE(results()->matchCount(), 1);
        QTreeView *view = resultsView();
        view->setFocus();
        QVERIFY(view->currentIndex().data(SearchResultsModel::IsMatchRole).toBool());
        QSignalSpy revealed(search(), &SearchController::revealFinished);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(revealed.wait(20000));
        QVERIFY2(revealed.first().at(0).toBool(), qPrintable(revealed.first().at(1).toString()));
        QTreeView *tree = m_window->treeView();
        QVERIFY(tree->isVisible());
        const QModelIndex current = tree->currentIndex();
        QCOMPARE(current.model(), m_window->treeModel());
        QCOMPARE(current.data(ConnectionTreeModel::IdRole).toString(), reports.last().id);
        QCOMPARE(Kind(current.data(ConnectionTreeModel::KindRole).toInt()), Kind::Report);
        QCOMPARE(current.parent().parent().data(ConnectionTreeModel::IdRole).toString(), ws.id);
        QCOMPARE(current.parent().parent().parent().data(ConnectionTreeModel::NameRole).toString(),
                 profileName);

        // Ctrl+Enter in the find box reveals the highlighted match: a service principal workspace.
        revealed.clear();
        QVERIFY(setTextAndWait(QStringLiteral("legacy – fjord")));
        QTest::keyClick(find(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(revealed.wait(20000));
        QVERIFY(revealed.first().at(0).toBool());
        QCOMPARE(tree->currentIndex().data(ConnectionTreeModel::NameRole).toString(),
                 QStringLiteral("Legacy – Fjord Seafood"));
        QCOMPARE(Kind(tree->currentIndex().parent().data(ConnectionTreeModel::KindRole).toInt()),
                 Kind::ServicePrincipal);
    }

    // The details pane shows the highlighted hit (not the tree's node), also one of another profile.
    void findDrivesTheDetails()
    {
        QTreeView *tree = m_window->treeView();
        tree->setCurrentIndex(m_window->treeModel()->profilesIndex());
        QVERIFY(setTextAndWait(QStringLiteral("invoice list")));
        const QVector<int> matches = results()->matchedEntries();
        QVERIFY(matches.size() > 3);
        const FoundObject first = search()->index().found(matches.first());
        QTRY_COMPARE(detailsValue(QStringLiteral("item id")), first.id);
        QVERIFY(tdtest::labelText(*m_window->detailsPane(), QStringLiteral("detailsTitle"))
                    .contains(QStringLiteral("Invoice List")));

        // A hit under another profile: its own ids, path and stored JSON.
        const FoundObject other = search()->index().found(matches.last());
        QVERIFY(other.profileId != first.profileId);
        resultsView()->setCurrentIndex(results()->indexOfEntry(matches.last()));
        QTRY_COMPARE(detailsValue(QStringLiteral("item id")), other.id);
        QCOMPARE(detailsValue(QStringLiteral("workspace id")), other.workspaceId);
        QCOMPARE(detailsValue(QStringLiteral("profile id")), other.profileId);
        QVERIFY(m_window->detailsPane()->findChild<QPlainTextEdit *>()->toPlainText().contains(other.id));

        // A profile hit shows the profile; clearing the search shows the tree's node again.
        QVERIFY(setTextAndWait(QStringLiteral("C0007")));
        const int profile = results()->matchedEntries().first();
        QCOMPARE(search()->index().kind(profile), InventoryIndex::Kind::Profile);
        QTRY_COMPARE(detailsValue(QStringLiteral("profile id")), search()->index().id(profile));
        QVERIFY(setTextAndWait(QString()));
        QTRY_VERIFY(detailsValue(QStringLiteral("profile id")).isEmpty());
        QCOMPARE(tree->currentIndex(), m_window->treeModel()->profilesIndex());
    }

    // Enter goes to the next match (Shift+Enter back), Down moves into the results; every hit has its kind.
    void keyboardInTheFindBox()
    {
        QVERIFY(setTextAndWait(QStringLiteral("invoice list")));
        const QVector<int> matches = results()->matchedEntries();
        find()->setFocus();
        QCOMPARE(resultsView()->currentIndex(), results()->indexOfEntry(matches[0]));
        QTest::keyClick(find(), Qt::Key_Return);
        QVERIFY(search()->isShowingResults()); // the search goes on
        QCOMPARE(resultsView()->currentIndex(), results()->indexOfEntry(matches[1]));
        QTest::keyClick(find(), Qt::Key_Return);
        QCOMPARE(resultsView()->currentIndex(), results()->indexOfEntry(matches[2]));
        QTRY_COMPARE(detailsValue(QStringLiteral("item id")), search()->index().id(matches[2]));
        QTest::keyClick(find(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(resultsView()->currentIndex(), results()->indexOfEntry(matches[1]));
        QTest::keyClick(find(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(find(), Qt::Key_Return, Qt::ShiftModifier); // wraps around
        QCOMPARE(resultsView()->currentIndex(), results()->indexOfEntry(matches.last()));
        QTest::keyClick(find(), Qt::Key_Down);
        QVERIFY(resultsView()->hasFocus());

        QVERIFY(setTextAndWait(QStringLiteral("Northwind")));
        QStringList texts;
        for (int e : results()->matchedEntries())
            texts << results()->indexOfEntry(e).data().toString();
        QVERIFY2(texts.contains(QStringLiteral("C0002 – Northwind Traders (profile)")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("C0002 – Northwind Traders (workspace)")),
                 qPrintable(texts.join(u'|')));
    }

    void bracedGuidFitsTheBox()
    {
        const QString guid = QStringLiteral("{0F0E0D0C-0B0A-4909-8807-060504030201}");
        QVERIFY(setTextAndWait(guid));
        find()->setCursorPosition(guid.size());
        // No horizontal scrolling: the cursor at the end sits where the whole text ends.
        const QRect cursor = find()->inputMethodQuery(Qt::ImCursorRectangle).toRect();
        QVERIFY2(cursor.center().x() >= find()->fontMetrics().horizontalAdvance(guid),
                 qPrintable(QStringLiteral("box %1 px, text %2 px")
                                .arg(find()->width())
                                .arg(find()->fontMetrics().horizontalAdvance(guid))));
    }

    void exportCurrentView()
    {
        QVERIFY(setTextAndWait(QStringLiteral("invoice list")));
        const int total = results()->total();
        QVERIFY(total > 3);
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        QString error;
        int rows = 0;
        QVERIFY2(exports()->exportViewTo(path, &error, &rows), qPrintable(error));
        QCOMPARE(rows, total);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVector<ExportRow> back;
        QVERIFY(InventoryExport::fromCsv(f.readAll(), &back, &error));
        QCOMPARE(back.size(), total);
        for (const ExportRow &r : back) {
            QCOMPARE(r.name, QStringLiteral("Invoice List"));
            QCOMPARE(r.kind, QStringLiteral("report"));
            QVERIFY(r.path.endsWith(QStringLiteral(" / Invoice List")));
            QVERIFY(!r.workspaceId.isEmpty());
        }

        // Through the action: the file dialog opens non-blocking; the chosen .json suffix picks JSON.
        QSignalSpy exported(exports(), &ExportActions::exported);
        exports()->exportViewAction()->trigger();
        auto *dlg = tdtest::waitModal<QFileDialog>("exportDialog");
        QVERIFY(dlg);
        const QString jsonPath = m_dir.filePath(QStringLiteral("view.json"));
        dlg->selectFile(jsonPath);
        static_cast<QDialog *>(dlg)->accept(); // QFileDialog::accept() via the public base
        QTRY_COMPARE(exported.count(), 1);
        QFile j(jsonPath);
        QVERIFY(j.open(QIODevice::ReadOnly));
        back.clear();
        QVERIFY(InventoryExport::fromJson(j.readAll(), &back, &error));
        QCOMPARE(back.size(), total);

        // The whole inventory; an unwritable path gives an error and no file.
        QVERIFY(exports()->exportInventoryTo(m_dir.filePath(QStringLiteral("all.csv")), &error, &rows));
        QCOMPARE(rows, search()->index().size());
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/out.csv"));
        QVERIFY(!exports()->exportViewTo(bad, &error));
        QVERIFY(error.contains(QStringLiteral("out.csv")));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TstSearch)
#include "tst_search.moc"
