// The tree from the inventory cache: opens from the last crawl without a request, shows the
// inventory's age, a background refresh updates the shown nodes in place by diff (expansion and selection
// stay), actions made in TenantDesk keep the cache true and are written to the audit log.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "DialogProbe.h"
#include "EmuTestClient.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/api/ActivityLog.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"
#include "ui/actions/AccessActions.h"
#include "ui/actions/AccessDialog.h"
#include "ui/actions/ActionController.h"
#include "ui/actions/ConfirmDeleteDialog.h"
#include "ui/actions/NameDialog.h"
#include "ui/activity/AuditPane.h"
#include "ui/details/DetailsPane.h"
#include "ui/inventory/InventoryController.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeQueries.h"
#include "ui/window/MainWindow.h"

using namespace td;
using State = TreeNode::State;

namespace {

State stateOf(const QModelIndex &i)
{
    return State(i.data(ConnectionTreeModel::StateRole).toInt());
}

} // namespace

class TstCacheTree : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<MainWindow> m_window;
    QString m_ownerId;            // a profile administering Keep, Rename and Drop
    QHash<QString, QString> m_ws; // name -> id

    ConnectionTreeModel *model() const { return m_window->treeModel(); }
    QTreeView *tree() const { return m_window->treeView(); }
    QString connId() const { return tdtest::demoConnection(m_emu).id; }

    int restRequests() const
    {
        int n = 0;
        for (const emu::RequestRecord &r : m_emu.requestLog())
            n += r.path.startsWith(QLatin1String("/v1.0/")) ? 1 : 0;
        return n;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(nullptr, nullptr, &m_nam);
        new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_window.get());
        m_window->setInventory(m_store.get());
        m_window->setAuditLog(m_audit.get());
        m_window->inventoryController()->setAutoRefreshDelay(-1); // refreshed explicitly below
        m_window->openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Expands index and waits until its children are there.
    bool expandLoaded(const QModelIndex &index, int timeoutMs = 10000)
    {
        tree()->expand(index);
        return QTest::qWaitFor([&] { return stateOf(index) == State::Loaded; }, timeoutMs);
    }

    QModelIndex ownerIndex() const
    {
        return TreeQueries::childById(model(), model()->profilesIndex(), m_ownerId);
    }

    void select(const QModelIndex &index)
    {
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000);
        m_window->activateWindow();
        (void)QTest::qWaitForWindowActive(m_window.get());
        tree()->setCurrentIndex(index);
        tree()->setFocus(Qt::OtherFocusReason);
    }

    QStringList cachedNames(const QString &profileId) const
    {
        QStringList names;
        for (const InvWorkspace &w : m_store->workspacesOf(connId(), profileId))
            names << w.name;
        names.sort();
        return names;
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
        QVERIFY(m_store->open(&error));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(m_audit->open(&error));

        const emu::ServicePrincipalInfo sp = m_emu.primaryServicePrincipal();
        m_ownerId = m_emu.state()->createProfile(sp.clientId, QStringLiteral("Tst Cache Owner")).id;
        emu::Member admin;
        admin.principalType = QStringLiteral("App");
        admin.identifier = sp.objectId;
        admin.profileId = m_ownerId;
        admin.accessRight = QStringLiteral("Admin");
        for (const char *name : {"Tst Cache Keep", "Tst Cache Rename", "Tst Cache Drop"})
            m_ws.insert(QLatin1String(name), m_emu.state()->createWorkspace(QLatin1String(name), admin).id);
        // A workspace the owner only is a Member of (the SP itself administers it).
        emu::Member spAdmin;
        spAdmin.principalType = QStringLiteral("App");
        spAdmin.identifier = sp.objectId;
        spAdmin.accessRight = QStringLiteral("Admin");
        emu::Workspace &shared = m_emu.state()->createWorkspace(QStringLiteral("Tst Cache Shared"), spAdmin);
        emu::Member member = admin;
        member.accessRight = QStringLiteral("Member");
        m_emu.state()->addMember(shared, member);

        // Crawl the demo estate into the store, as a previous run of the app would have.
        ConnectionSession session(tdtest::demoConnection(m_emu), sp.clientSecret, &m_nam);
        InventoryCrawler crawler(&session, m_store.get());
        QSignalSpy done(&crawler, &InventoryCrawler::finished);
        crawler.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().value<CrawlSummary>().status, QStringLiteral("completed"));
        QCOMPARE(cachedNames(m_ownerId),
                 (QStringList{QStringLiteral("Tst Cache Drop"), QStringLiteral("Tst Cache Keep"),
                              QStringLiteral("Tst Cache Rename"), QStringLiteral("Tst Cache Shared")}));
    }

    void cleanup()
    {
        m_emu.setFaults(emu::FaultSettings{});
        m_window.reset();
    }

    void opensFromCacheWithoutRequests()
    {
        // Any request would take 20 s: everything below must come from the cache (the bound on the time
        // leaves room for slow sanitizer builds on a busy machine; no request may be made at all).
        emu::FaultSettings slow;
        slow.latencyMs = 20000;
        m_emu.setFaults(slow);
        m_emu.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        openWindow();
        const QModelIndex profiles = model()->profilesIndex();
        QVERIFY(expandLoaded(profiles, 2000));
        QCOMPARE(model()->rowCount(profiles), int(m_store->profiles(connId()).size()));

        // A workspace with reports, under the identity it was crawled through.
        InvWorkspace withReports;
        for (const InvWorkspace &w : m_store->workspaces(connId())) {
            if (!m_store->items(w.id, ItemKind::Report).isEmpty()) {
                withReports = w;
                break;
            }
        }
        QVERIFY(!withReports.id.isEmpty());
        const QModelIndex parent = withReports.profileId.isEmpty()
                                       ? model()->servicePrincipalIndex()
                                       : TreeQueries::childById(model(), profiles, withReports.profileId);
        QVERIFY(expandLoaded(parent, 2000));
        const QModelIndex ws = TreeQueries::childById(model(), parent, withReports.id);
        QVERIFY(ws.isValid());
        QCOMPARE(ws.data(ConnectionTreeModel::NameRole).toString(), withReports.name);
        QVERIFY(expandLoaded(ws, 2000));
        const QModelIndex reports = tdtest::findChild(model(), ws, QStringLiteral("Reports"));
        QVERIFY(reports.isValid());
        QVERIFY(expandLoaded(reports, 2000));
        QCOMPARE(model()->rowCount(reports), int(m_store->items(withReports.id, ItemKind::Report).size()));
        QVERIFY(!model()->index(0, 0, reports).data(ConnectionTreeModel::NameRole).toString().isEmpty());
        QVERIFY2(timer.elapsed() < 15000, "the tree waited for the network");
        QCOMPARE(restRequests(), 0);
        QCOMPARE(m_window->session()->activity()->size(), 0); // the Requests pane is empty too

        // The workspace's capacity in words (name, SKU, state, region) from the cache, and its JSON copied.
        m_window->treeView()->setCurrentIndex(ws);
        QString capacity, region;
        for (const DetailsRow &row : m_window->detailsPane()->rows()) {
            if (row.label == QLatin1String("capacity"))
                capacity = row.value;
            if (row.label == QLatin1String("region"))
                region = row.value;
        }
        if (withReports.capacityId.isEmpty()) {
            QVERIFY2(capacity.startsWith(QLatin1String("Shared")), qPrintable(capacity));
        } else {
            InvCapacity cap;
            for (const InvCapacity &c : m_store->capacities(connId())) {
                if (c.id.compare(withReports.capacityId, Qt::CaseInsensitive) == 0)
                    cap = c;
            }
            QVERIFY2(!cap.id.isEmpty(), "the crawl stored the capacities");
            QVERIFY2(capacity.contains(cap.displayName) && capacity.contains(cap.sku) &&
                         capacity.contains(cap.state),
                     qPrintable(capacity));
            QCOMPARE(region, cap.region);
        }
        QVERIFY(m_window->detailsPane()->copyJsonButton()->isEnabled());
        m_window->detailsPane()->copyJsonButton()->click();
        QVERIFY(QApplication::clipboard()->text().contains(withReports.id, Qt::CaseInsensitive));
        QVERIFY(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).isObject());

        // The inventory's age is shown.
        const QString status = m_window->inventoryController()->statusLabel()->text();
        QVERIFY2(status.startsWith(QLatin1String("Inventory from")), qPrintable(status));
        QVERIFY(m_window->inventoryController()->statusLabel()->isVisibleTo(m_window.get()));
        QVERIFY(model()->connectionIndex().data(Qt::ToolTipRole).toString().contains(status));
        const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/screenshot-cache-tree.png")));
    }

    void interruptedCrawlStillOpensFromCache()
    {
        // A previous run ended mid-crawl: the state says "running"; the lists are still there.
        const CrawlState before = m_store->lastCrawl(connId());
        QVERIFY(m_store->beginCrawl(connId(), QDateTime::currentDateTimeUtc().addSecs(-3600)));
        emu::FaultSettings slow;
        slow.latencyMs = 5000;
        m_emu.setFaults(slow);
        m_emu.clearRequestLog();
        openWindow();
        QVERIFY(expandLoaded(model()->profilesIndex(), 2000));
        QCOMPARE(model()->rowCount(model()->profilesIndex()), int(m_store->profiles(connId()).size()));
        QCOMPARE(restRequests(), 0);
        const QString status = m_window->inventoryController()->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("1 hour ago")) ||
                     status.contains(QLatin1String("an hour ago")),
                 qPrintable(status));
        m_window.reset();
        QVERIFY(m_store->beginCrawl(connId(), before.started));
        QVERIFY(m_store->finishCrawl(connId(), before.finished, before.status, before.errorCount));
    }

    void deleteProfileWarningCountsAdmins()
    {
        openWindow();
        QVERIFY(expandLoaded(model()->profilesIndex(), 2000));
        const QModelIndex owner = ownerIndex();
        QVERIFY(owner.isValid());
        select(owner);
        m_window->actions()->deleteAction()->trigger();
        auto *confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        const QString warning = tdtest::labelText(*confirm, QStringLiteral("warningLabel"));
        // Four workspaces seen, three administered (the Shared one only as Member), all three alone.
        QVERIFY2(warning.contains(QLatin1String("administers 3 workspaces")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("In 3 of them it is the only Admin")), qPrintable(warning));
        QVERIFY(!warning.contains(QLatin1String("(s)")));
        confirm->reject();
    }

    void backgroundRefreshDiffsInPlace()
    {
        openWindow();
        QVERIFY(expandLoaded(model()->profilesIndex(), 2000));
        const QPersistentModelIndex owner(ownerIndex());
        QVERIFY(owner.isValid());
        QVERIFY(expandLoaded(owner, 2000));
        QCOMPARE(model()->rowCount(owner), 4);
        const QPersistentModelIndex keep(
            TreeQueries::childById(model(), owner, m_ws.value("Tst Cache Keep")));
        QVERIFY(keep.isValid());
        QVERIFY(expandLoaded(keep, 2000));
        const QPersistentModelIndex access(tdtest::findChild(model(), keep, QStringLiteral("Access")));
        QVERIFY(expandLoaded(access, 2000));
        QCOMPARE(model()->rowCount(access), 1);
        select(access);

        // Changes made outside TenantDesk, as the owner profile over HTTP.
        EmuTestClient client(m_emu);
        const QString token = client.primaryToken();
        HttpResult r = client.rest("POST", QStringLiteral("groups"), token, m_ownerId,
                                   {{QStringLiteral("name"), QStringLiteral("Tst Cache New")}});
        QCOMPARE(r.status, 200);
        const QString newId = r.json.value(QStringLiteral("id")).toString();
        r = client.rest("PATCH", QStringLiteral("groups/") + m_ws.value("Tst Cache Rename"), token, m_ownerId,
                        {{QStringLiteral("name"), QStringLiteral("Tst Cache Renamed")}});
        QCOMPARE(r.status, 200);
        r = client.rest("DELETE", QStringLiteral("groups/") + m_ws.value("Tst Cache Drop"), token, m_ownerId);
        QCOMPARE(r.status, 200);
        emu::Member viewer;
        viewer.principalType = QStringLiteral("User");
        viewer.identifier = QStringLiteral("tst.outside@contoso.example");
        viewer.accessRight = QStringLiteral("Viewer");
        m_emu.state()->addMember(*m_emu.state()->findWorkspace(m_ws.value("Tst Cache Keep")), viewer);

        QTest::qWait(50); // still the cached view
        QVERIFY(TreeQueries::childById(model(), owner, m_ws.value("Tst Cache Drop")).isValid());

        QSignalSpy resets(model(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy done(m_window->inventoryController(), &InventoryController::crawlFinished);
        QVERIFY(m_window->inventoryController()->refreshAll());
        QVERIFY(m_window->inventoryController()->crawler()->isRunning());
        QVERIFY(m_window->inventoryController()->statusLabel()->text().contains(QLatin1String("refreshing")));
        QVERIFY(done.wait(20000));

        QTRY_VERIFY_WITH_TIMEOUT(TreeQueries::childById(model(), owner, newId).isValid(), 2000);
        QVERIFY(!TreeQueries::childById(model(), owner, m_ws.value("Tst Cache Drop")).isValid());
        QCOMPARE(TreeQueries::childById(model(), owner, m_ws.value("Tst Cache Rename"))
                     .data(ConnectionTreeModel::NameRole)
                     .toString(),
                 QStringLiteral("Tst Cache Renamed"));
        QCOMPARE(model()->rowCount(owner), 4);
        QTRY_COMPARE(model()->rowCount(access), 2);
        QVERIFY(TreeQueries::childById(model(), access, viewer.identifier).isValid());
        // In place: no reset, the expanded nodes stay expanded, the selection stays.
        QCOMPARE(resets.count(), 0);
        QVERIFY(removed.count() >= 1);
        QVERIFY(keep.isValid() && access.isValid());
        QVERIFY(tree()->isExpanded(owner));
        QVERIFY(tree()->isExpanded(keep));
        QVERIFY(tree()->isExpanded(access));
        QCOMPARE(tree()->currentIndex(), QModelIndex(access));
        // The cache holds the truth as well.
        QCOMPARE(cachedNames(m_ownerId),
                 (QStringList{QStringLiteral("Tst Cache Keep"), QStringLiteral("Tst Cache New"),
                              QStringLiteral("Tst Cache Renamed"), QStringLiteral("Tst Cache Shared")}));
        QVERIFY(m_window->inventoryController()->statusLabel()->text().contains(QLatin1String("just now")));
    }

    void f5ReloadsLiveAndWritesBack()
    {
        openWindow();
        QVERIFY(expandLoaded(model()->profilesIndex(), 2000));
        const QPersistentModelIndex owner(ownerIndex());
        QVERIFY(expandLoaded(owner, 2000));
        EmuTestClient client(m_emu);
        const HttpResult r = client.rest("POST", QStringLiteral("groups"), client.primaryToken(), m_ownerId,
                                         {{QStringLiteral("name"), QStringLiteral("Tst Cache F5")}});
        QCOMPARE(r.status, 200);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QTest::qWait(50);
        QVERIFY(!TreeQueries::childById(model(), owner, id).isValid()); // the cache does not know it yet
        m_emu.clearRequestLog();
        select(owner);
        QTest::keyClick(tree(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(TreeQueries::childById(model(), owner, id).isValid(), 10000);
        QVERIFY(restRequests() >= 1);                                             // live
        QVERIFY(cachedNames(m_ownerId).contains(QStringLiteral("Tst Cache F5"))); // and written back
    }

    // The RequestIds of the REST writes (not GET) the emulator saw, sorted.
    QStringList restWriteIds() const
    {
        QStringList ids;
        for (const emu::RequestRecord &r : m_emu.requestLog()) {
            if (r.method != QLatin1String("GET") && r.path.startsWith(QLatin1String("/v1.0/")))
                ids << r.requestId;
        }
        ids.sort();
        return ids;
    }
    // The RequestIds of the audit rows after the first `before`, sorted.
    QStringList auditIds(int before) const
    {
        QStringList ids;
        for (const AuditEntry &e : m_audit->latest(m_audit->count() - before))
            ids << e.requestId;
        ids.sort();
        return ids;
    }

    void actionsAreCachedAndAudited()
    {
        openWindow();
        QVERIFY(expandLoaded(model()->profilesIndex(), 2000));
        const QModelIndex owner = ownerIndex();
        QVERIFY(expandLoaded(owner, 2000));
        const int auditBefore = m_audit->count();
        m_emu.clearRequestLog();

        // Create a workspace as the owner profile.
        select(owner);
        m_window->actions()->newWorkspaceAction()->trigger();
        auto *create = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("Tst Audit WS"));
        tdtest::clickOk(create);
        QModelIndex ws;
        QTRY_VERIFY_WITH_TIMEOUT((ws = tdtest::findChild(model(), owner, QStringLiteral("Tst Audit WS"),
                                                         ConnectionTreeModel::NameRole))
                                     .isValid(),
                                 10000);
        const QString wsId = ws.data(ConnectionTreeModel::IdRole).toString();
        QTRY_VERIFY(cachedNames(m_ownerId).contains(QStringLiteral("Tst Audit WS")));

        // Rename it.
        select(ws);
        m_window->actions()->renameAction()->trigger();
        auto *rename = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(rename);
        rename->nameEdit()->setText(QStringLiteral("Tst Audit WS2"));
        tdtest::clickOk(rename);
        QTRY_VERIFY_WITH_TIMEOUT(cachedNames(m_ownerId).contains(QStringLiteral("Tst Audit WS2")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((ws = TreeQueries::childById(model(), owner, wsId)).isValid() &&
                                     ws.data(ConnectionTreeModel::NameRole).toString() ==
                                         QLatin1String("Tst Audit WS2"),
                                 10000);

        // Add, then remove a user.
        QVERIFY(expandLoaded(ws));
        QModelIndex access;
        QTRY_VERIFY((access = tdtest::findChild(model(), ws, QStringLiteral("Access"))).isValid());
        QVERIFY(expandLoaded(access));
        select(access);
        m_window->actions()->access()->addAction()->trigger();
        auto *add = tdtest::waitModal<AccessDialog>("accessDialog");
        QVERIFY(add);
        add->typeCombo()->setCurrentIndex(add->typeCombo()->findData(QStringLiteral("User")));
        add->identifierEdit()->setText(QStringLiteral("tst.audit@contoso.example"));
        add->roleCombo()->setCurrentIndex(add->roleCombo()->findData(QStringLiteral("Viewer")));
        tdtest::clickOk(add);
        QModelIndex user;
        QTRY_VERIFY_WITH_TIMEOUT(
            (user = TreeQueries::childById(model(), access, QStringLiteral("tst.audit@contoso.example")))
                .isValid(),
            10000);
        QTRY_COMPARE(m_store->access(wsId).size(), 2);
        // Change its role.
        select(user);
        m_window->actions()->access()->changeRoleAction()->trigger();
        auto *role = tdtest::waitModal<AccessDialog>("accessDialog");
        QVERIFY(role);
        role->roleCombo()->setCurrentIndex(role->roleCombo()->findData(QStringLiteral("Contributor")));
        tdtest::clickOk(role);
        auto roleOf = [this, wsId](const QString &identifier) {
            for (const emu::Member &m : m_emu.state()->findWorkspace(wsId)->members) {
                if (m.identifier.compare(identifier, Qt::CaseInsensitive) == 0)
                    return m.accessRight;
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(QStringLiteral("tst.audit@contoso.example")),
                                  QStringLiteral("Contributor"), 10000);
        // The service may hold the new role before the answer reaches the tree, which then reloads the
        // access node: wait for the reloaded row (an index taken before the reload would dangle).
        QTRY_VERIFY_WITH_TIMEOUT(
            (user = TreeQueries::childById(model(), access, QStringLiteral("tst.audit@contoso.example")))
                    .isValid() &&
                user.data(ConnectionTreeModel::DetailRole).toString() == QLatin1String("Contributor"),
            10000);
        select(user);
        m_window->actions()->deleteAction()->trigger();
        auto *confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(user.data(ConnectionTreeModel::NameRole).toString());
        confirm->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_emu.state()->findWorkspace(wsId)->members.size(), 1, 10000);
        QTRY_COMPARE(m_store->access(wsId).size(), 1);

        // Delete the workspace: it leaves the cache (with its access).
        QTRY_VERIFY_WITH_TIMEOUT((ws = TreeQueries::childById(model(), owner, wsId)).isValid(), 10000);
        select(ws);
        m_window->actions()->deleteAction()->trigger();
        confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(QStringLiteral("Tst Audit WS2"));
        confirm->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_emu.state()->findWorkspace(wsId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!TreeQueries::childById(model(), owner, wsId).isValid(), 10000);
        for (const InvWorkspace &w : m_store->workspaces(connId()))
            QVERIFY(w.id.compare(wsId, Qt::CaseInsensitive) != 0);
        QVERIFY(m_store->access(wsId).isEmpty());

        // One audit entry per request sent (the session's request layer writes them), newest first,
        // with the RequestId.
        QTRY_COMPARE(m_audit->count(), auditBefore + 6);
        const QVector<AuditEntry> entries = m_audit->latest(6, connId());
        QCOMPARE(entries.size(), 6);
        const QStringList actions{QStringLiteral("deleteGroup"),     QStringLiteral("deleteGroupUser"),
                                  QStringLiteral("updateGroupUser"), QStringLiteral("addGroupUser"),
                                  QStringLiteral("updateGroup"),     QStringLiteral("createGroup")};
        for (int i = 0; i < entries.size(); ++i) {
            const AuditEntry &e = entries.at(i);
            QCOMPARE(e.action, actions.at(i));
            QVERIFY(e.ok);
            QVERIFY(!e.requestId.isEmpty());
            QCOMPARE(e.identity.toLower(), m_ownerId.toLower());
            QCOMPARE(e.targetId.toLower(), wsId.toLower());
            QVERIFY(!e.details.contains(QLatin1String("eyJ")) &&
                    !e.details.contains(QLatin1String("Bearer")));
        }
        QCOMPARE(entries.at(5).targetName, QStringLiteral("Tst Audit WS"));
        QCOMPARE(entries.at(4).targetName, QStringLiteral("Tst Audit WS2"));
        QVERIFY(entries.at(3).details.contains(QLatin1String("tst.audit@contoso.example")));
        QVERIFY(entries.at(2).details.contains(QLatin1String("role=Contributor")));
        QVERIFY(entries.at(1).details.contains(QLatin1String("tst.audit@contoso.example")));
        // The writes the emulator saw are exactly the audited ones, RequestId for RequestId.
        QCOMPARE(restWriteIds(), auditIds(auditBefore));
        QTRY_VERIFY(m_window->findChild<AuditPane *>()->table()->rowCount() >= 6);
        QTRY_COMPARE(m_window->findChild<AuditPane *>()->table()->item(0, 2)->text(),
                     QStringLiteral("deleteGroup"));

        // A server error mid-action is audited as failed.
        RetryPolicy fast = m_window->session()->scheduler()->retryPolicy();
        fast.maxAttempts = 2;
        fast.baseDelayMs = 10;
        m_window->session()->scheduler()->setRetryPolicy(fast);
        EmuTestClient control(m_emu);
        QCOMPARE(control.send("PUT", QStringLiteral("/_emulator/faults"), {}, R"({"serverErrorShare": 1.0})")
                     .status,
                 200);
        select(ownerIndex());
        m_window->actions()->renameAction()->trigger();
        rename = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(rename);
        rename->nameEdit()->setText(QStringLiteral("Tst Cache Owner Fault"));
        tdtest::clickOk(rename);
        QWidget *error = tdtest::waitModal<QWidget>("errorDialog");
        QVERIFY(error);
        error->close();
        // Each send is its own row: the first try and the scheduler's one retry both failed.
        QTRY_COMPARE(m_audit->count(), auditBefore + 8);
        QCOMPARE(restWriteIds(), auditIds(auditBefore));
        QCOMPARE(m_audit->latest(2).last().action, QStringLiteral("updateProfile"));
        QVERIFY(!m_audit->latest(2).last().ok);
        const AuditEntry failed = m_audit->latest(1).first();
        QVERIFY(failed.details.contains(QLatin1String("attempt 2")));
        QCOMPARE(failed.action, QStringLiteral("updateProfile"));
        QCOMPARE(failed.targetId.toLower(), m_ownerId.toLower());
        QVERIFY(!failed.ok);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(!failed.error.contains(QLatin1Char('\n')));
        QVERIFY(!failed.requestId.isEmpty());
        QTRY_VERIFY(m_window->findChild<AuditPane *>()->table()->item(0, 6)->text().startsWith(
            QLatin1String("Failed")));
        m_emu.setFaults(emu::FaultSettings{});
    }

    void withoutStoresActionsStillWork()
    {
        m_window = std::make_unique<MainWindow>(nullptr, nullptr, &m_nam);
        m_window->openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!m_window->inventoryController()->refreshAll()); // no store: nothing to crawl into
        QVERIFY(!m_window->inventoryController()->statusLabel()->isVisibleTo(m_window.get()));
        QTRY_VERIFY(model()->profilesIndex().isValid());
        QVERIFY(expandLoaded(model()->profilesIndex()));
        const int audited = m_audit->count();
        select(model()->profilesIndex());
        m_window->actions()->newProfileAction()->trigger();
        auto *create = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("Tst No Audit Profile"));
        tdtest::clickOk(create);
        QTRY_VERIFY_WITH_TIMEOUT(
            tdtest::findChild(model(), model()->profilesIndex(), QStringLiteral("Tst No Audit Profile"))
                .isValid(),
            10000);
        QCOMPARE(m_audit->count(), audited); // no audit log set: the action works, nothing is written
        QCOMPARE(m_window->findChild<AuditPane *>()->table()->rowCount(), 0);
    }
};

QTEST_MAIN(TstCacheTree)
#include "tst_cache_tree.moc"
