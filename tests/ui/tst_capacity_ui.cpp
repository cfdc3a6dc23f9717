// The capacity tools in a real main window against the in-process demo emulator: the estate
// overview's counts against the inventory and the emulator, the wizard from a tree selection to the
// workspaces moved in the emulator, the results CSV, a rollback, and the overview following both.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

#include "DemoSeed.h"
#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/audit/AuditLog.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobJournal.h"
#include "app/registry/CustomerRegistry.h"
#include "ui/capacity/CapacityInventorySync.h"
#include "ui/capacity/CapacityLauncher.h"
#include "ui/capacity/CapacityPlanPage.h"
#include "ui/capacity/CapacityPreflightPage.h"
#include "ui/capacity/CapacityRunPage.h"
#include "ui/capacity/CapacityTargetPage.h"
#include "ui/capacity/CapacityWizard.h"
#include "ui/capacity/CapacityWorkspacesPage.h"
#include "ui/capacity/EstateChart.h"
#include "ui/capacity/EstateOverview.h"
#include "ui/inventory/InventoryController.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/MainWindow.h"

using namespace td;

class TstCapacityUi : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<CustomerRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<MainWindow> m_window;
    CapacityLauncher *m_launcher = nullptr;
    QString m_c1,
        m_c2; // the two customer workspaces the wizard moves (C0001 on EMB-WEU-1, C0002 on EMB-WEU-2)
    QString m_c1Before, m_c2Before;

    static QString capacityId(const char *name)
    {
        return emu::DemoSeed::id(QStringLiteral("capacity:") + QLatin1String(name));
    }
    QString conn() const { return m_window->session()->connection().id; }
    QString emuCapacityOf(const QString &workspaceId) const
    {
        const emu::Workspace *w = m_emu.state()->findWorkspace(workspaceId);
        return w ? w->capacityId.toLower() : QStringLiteral("<no workspace>");
    }

    // The emulator's truth for the workspaces the inventory knows: capacity id (lower, "" = shared) -> count.
    QHash<QString, int> truthCounts() const
    {
        QHash<QString, int> out;
        QSet<QString> seen;
        for (const InvWorkspace &w : m_inventory->workspaces(conn())) {
            if (seen.contains(w.id))
                continue;
            seen.insert(w.id);
            QString cap = emuCapacityOf(w.id);
            if (cap == QLatin1String("00000000-0000-0000-0000-000000000000"))
                cap.clear();
            ++out[cap];
        }
        return out;
    }

    static void shot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("TD_CAPACITY_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    bool overviewMatchesTruth(EstateOverview *overview, QString *why) const
    {
        const QHash<QString, int> truth = truthCounts();
        int total = 0;
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            total += it.value();
            const int shown = overview->summary().workspacesOn(it.key());
            const int bar = overview->chart()->barValue(it.key());
            if (shown != it.value() || bar != it.value()) {
                *why = QStringLiteral("capacity '%1': emulator %2, summary %3, bar %4")
                           .arg(it.key())
                           .arg(it.value())
                           .arg(shown)
                           .arg(bar);
                return false;
            }
        }
        if (overview->summary().totalWorkspaces() != total) {
            *why = QStringLiteral("total %1 vs %2").arg(overview->summary().totalWorkspaces()).arg(total);
            return false;
        }
        return true;
    }

    // The workspace node of a profile named like the customer, loaded from the cache.
    QModelIndex workspaceNode(const QString &customer)
    {
        ConnectionTreeModel *model = m_window->treeModel();
        m_window->treeView()->expand(model->profilesIndex());
        if (model->canFetchMore(model->profilesIndex()))
            model->fetchMore(model->profilesIndex());
        QModelIndex profile;
        if (!QTest::qWaitFor(
                [&] {
                    profile = tdtest::findChild(model, model->profilesIndex(), customer);
                    return profile.isValid();
                },
                10000))
            return {};
        m_window->treeView()->expand(profile);
        if (model->canFetchMore(profile))
            model->fetchMore(profile);
        QModelIndex ws;
        (void)QTest::qWaitFor(
            [&] {
                ws = tdtest::findChild(model, profile, customer);
                return ws.isValid() && ws.data(ConnectionTreeModel::IdRole).toString().size() == 36;
            },
            10000);
        return ws;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_inventory = std::make_unique<InventoryStore>(m_dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY2(m_inventory->open(&error), qPrintable(error));
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY2(m_journal->open(&error), qPrintable(error));
        m_registry = std::make_unique<CustomerRegistry>(m_dir.filePath(QStringLiteral("customers.sqlite")));
        QVERIFY2(m_registry->open(&error), qPrintable(error));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY2(m_audit->open(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(nullptr, nullptr, &m_nam);
        m_window->setInventory(m_inventory.get());
        m_window->setAuditLog(m_audit.get());
        m_window->setCustomerRegistry(m_registry.get());
        m_window->context().jobCenter()->setJournal(m_journal.get());
        m_window->inventoryController()->setAutoRefreshDelay(-1);
        m_window->openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy crawled(m_window->inventoryController(), &InventoryController::crawlFinished);
        QVERIFY(m_window->inventoryController()->refreshAll());
        QVERIFY(crawled.wait(15000));
        m_launcher = m_window->findChild<CapacityLauncher *>();
        QVERIFY(m_launcher);
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"))
                    ->actions()
                    .contains(m_launcher->assignAction()));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"))
                    ->actions()
                    .contains(m_launcher->overviewAction()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void overviewCountsMatchInventory()
    {
        m_launcher->overviewAction()->trigger();
        EstateOverview *overview = m_launcher->overview();
        QVERIFY(overview);
        QVERIFY(overview->isVisible());
        QString why;
        QVERIFY2(overviewMatchesTruth(overview, &why), qPrintable(why));
        // Every capacity the SP sees is a bar (the empty ones too), grouped by region; shared is last.
        const EstateSummary &s = overview->summary();
        QCOMPARE(s.capacities().last().name, EstateSummary::sharedName());
        QVERIFY(s.find(capacityId("EMB-WEU-OLD")));
        QCOMPARE(s.find(capacityId("EMB-WEU-OLD"))->state, QStringLiteral("Suspended"));
        QCOMPARE(s.workspacesOn(capacityId("EMB-WEU-OLD")), 1);
        QCOMPARE(s.workspacesOn(QString()), 1); // C0018 on shared capacity
        QCOMPARE(overview->table()->rowCount(), int(s.capacities().size()));
        QCOMPARE(overview->chart()->categories().size(), int(s.capacities().size()));
        const QString weu1 = QStringLiteral("EMB-WEU-1<br>A2 · Active<br><b>%1</b>")
                                 .arg(s.workspacesOn(capacityId("EMB-WEU-1")));
        QVERIFY(s.workspacesOn(capacityId("EMB-WEU-1")) >= 13); // 11 customers, 2 of the app's own, ...
        QVERIFY2(overview->chart()->categories().contains(weu1),
                 qPrintable(overview->chart()->categories().join(QLatin1Char('|'))));
        QVERIFY(overview->chart()->legendNames().contains(QStringLiteral("West Europe")));
        QVERIFY(overview->chart()->legendNames().contains(EstateSummary::sharedName()));
        QStringList regions;
        for (const EstateCapacity &c : s.capacities())
            if (!c.region.isEmpty() && (regions.isEmpty() || regions.last() != c.region))
                regions << c.region;
        QCOMPARE(regions.size(), QSet<QString>(regions.begin(), regions.end()).size()); // grouped
        shot(overview, "estate-overview");
    }

    void wizardFromTreeSelectionMovesWorkspaces()
    {
        const QModelIndex a = workspaceNode(QStringLiteral("C0001"));
        const QModelIndex b = workspaceNode(QStringLiteral("C0002"));
        QVERIFY(a.isValid() && b.isValid());
        m_c1 = a.data(ConnectionTreeModel::IdRole).toString().toLower();
        m_c2 = b.data(ConnectionTreeModel::IdRole).toString().toLower();
        m_c1Before = emuCapacityOf(m_c1);
        m_c2Before = emuCapacityOf(m_c2);
        QCOMPARE(m_c1Before, capacityId("EMB-WEU-1"));
        QCOMPARE(m_c2Before, capacityId("EMB-WEU-2"));
        const QString target = capacityId("EMB-NEU-1");
        const int onTargetBefore = m_launcher->overview()->summary().workspacesOn(target);

        // Multi-selection in the tree (extended selection), then Tools > Assign capacity…
        QTreeView *tree = m_window->treeView();
        tree->setCurrentIndex(a);
        tree->selectionModel()->select(b, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);
        m_launcher->assignAction()->trigger();
        CapacityWizard *w = m_launcher->wizard();
        QVERIFY(w);
        w->runPage()->setPollInterval(50);
        QCOMPARE(w->currentId(), int(CapacityWizard::WorkspacesPage));
        CapacityWorkspacesPage *p1 = w->workspacesPage();
        QCOMPARE(p1->modeCombo()->currentData().toInt(), int(CapacityWorkspacesPage::TreeSelection));
        QCOMPARE(p1->workspaceTree()->topLevelItemCount(), 2);
        QCOMPARE(p1->workspaceTree()->topLevelItem(0)->text(CapacityWorkspacesPage::CapacityColumn),
                 QStringLiteral("EMB-WEU-1"));
        QCOMPARE(p1->workspaceTree()->topLevelItem(0)->text(CapacityWorkspacesPage::RegionColumn),
                 QStringLiteral("West Europe"));
        QCOMPARE(p1->checkedWorkspaces().size(), 2);
        // Other ways to pick (then back to the selection).
        QVERIFY(p1->setMode(CapacityWorkspacesPage::ByCapacity, capacityId("EMB-WEU-OLD")));
        QCOMPARE(p1->workspaceTree()->topLevelItemCount(), 1);
        QVERIFY(p1->setMode(CapacityWorkspacesPage::ByRegion, QStringLiteral("East US")));
        QVERIFY(p1->workspaceTree()->topLevelItemCount() >= 1);
        QVERIFY(p1->setMode(CapacityWorkspacesPage::TreeSelection));
        QCOMPARE(p1->checkedWorkspaces().size(), 2);
        shot(w, "wizard-1-workspaces");

        w->next();
        QCOMPARE(w->currentId(), int(CapacityWizard::TargetPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->targetPage()->isLoaded(), 10000);
        QTreeWidget *caps = w->targetPage()->capacityTree();
        QVERIFY(caps->topLevelItemCount() >= 6); // 5 visible capacities + shared
        QCOMPARE(caps->topLevelItem(caps->topLevelItemCount() - 1)->text(0), EstateSummary::sharedName());
        QVERIFY(w->targetPage()->selectTarget(capacityId("EMB-WEU-1")));
        QCOMPARE(caps->currentItem()->text(CapacityTargetPage::HoldsColumn), QStringLiteral("1 of 2"));
        QCOMPARE(caps->currentItem()->text(CapacityTargetPage::RightsColumn), QStringLiteral("Admin"));
        QVERIFY(w->targetPage()->selectTarget(target));
        QCOMPARE(caps->currentItem()->text(CapacityTargetPage::RightsColumn), QStringLiteral("Assign"));
        shot(w, "wizard-2-target");

        w->next();
        QCOMPARE(w->currentId(), int(CapacityWizard::PreflightPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->preflightPage()->isDone(), 10000);
        QCOMPARE(w->plan().toMove, 2);
        QCOMPARE(w->preflightPage()->findingTree()->topLevelItemCount(), 2);
        // Both moves leave West Europe for North Europe: a region warning each, with what to do.
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *ws = w->preflightPage()->findingTree()->topLevelItem(i);
            QVERIFY2(ws->childCount() >= 1, qPrintable(ws->text(0)));
            QVERIFY(!ws->child(0)->text(CapacityPreflightPage::WhatToDoColumn).isEmpty());
        }
        QCOMPARE(emuCapacityOf(m_c1), m_c1Before); // the pre-flight wrote nothing
        shot(w, "wizard-3-preflight");

        w->next();
        QCOMPARE(w->currentId(), int(CapacityWizard::PlanPage));
        QCOMPARE(w->planPage()->moveLabel()->text(), QStringLiteral("2"));
        QCOMPARE(w->planPage()->blockedLabel()->text(), QStringLiteral("0"));
        QVERIFY(!w->planPage()->estimateLabel()->text().isEmpty());
        shot(w, "wizard-4-plan");

        w->next(); // Run (commit)
        QCOMPARE(w->currentId(), int(CapacityWizard::RunPage));
        CapacityRunPage *run = w->runPage();
        QVERIFY2(!run->jobId().isEmpty(),
                 qPrintable(run->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(m_window->context().jobCenter()->job(run->jobId()).title.size() > 0); // in the Jobs tab
        QTRY_VERIFY_WITH_TIMEOUT(run->isJobFinished(), 15000);
        QCOMPARE(m_window->context().jobCenter()->job(run->jobId()).state, JobState::Completed);
        QCOMPARE(emuCapacityOf(m_c1), target);
        QCOMPARE(emuCapacityOf(m_c2), target);
        QCOMPARE(run->findChild<QTableWidget *>(QStringLiteral("resultTable"))->rowCount(), 2);
        QCOMPARE(run->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 2);

        const QString csvPath = m_dir.filePath(QStringLiteral("result.csv"));
        QString error;
        QVERIFY2(run->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(m_c1) && text.contains(m_c2), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("requestId")));

        // The overview (open since the first test) follows the finished assignment from the cache.
        QTRY_COMPARE_WITH_TIMEOUT(m_launcher->overview()->summary().workspacesOn(target), onTargetBefore + 2,
                                  5000);
        QString why;
        QVERIFY2(overviewMatchesTruth(m_launcher->overview(), &why), qPrintable(why));
        shot(w, "wizard-5-run");
        shot(m_launcher->overview(), "estate-overview-after");
    }

    void rollbackMovesThemBack()
    {
        CapacityWizard *w = m_launcher->wizard();
        QVERIFY(w);
        CapacityRunPage *run = w->runPage();
        QVERIFY(run->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isEnabled());
        run->findChild<QComboBox *>(QStringLiteral("rollbackScopeCombo"))
            ->setCurrentIndex(1); // the moved workspaces
        run->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->click();
        auto *box = tdtest::waitModal<QMessageBox>("capacityRollbackConfirm");
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("2")));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!run->rollbackJobId().isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(run->isRollbackFinished(), 15000);
        QCOMPARE(m_window->context().jobCenter()->job(run->rollbackJobId()).state, JobState::Completed);
        QCOMPARE(emuCapacityOf(m_c1), m_c1Before);
        QCOMPARE(emuCapacityOf(m_c2), m_c2Before);
        QVERIFY(!run->findChild<QPushButton *>(QStringLiteral("rollbackButton"))
                     ->isEnabled()); // one rollback per run
        QString why;
        QTRY_VERIFY_WITH_TIMEOUT(overviewMatchesTruth(m_launcher->overview(), &why), 5000);
        QVERIFY(m_launcher->inventorySync()->updates() >= 4);
    }

    // By profile, to a suspended capacity: blocked per workspace with what to do; Run stays disabled.
    void suspendedTargetIsBlockedAndNothingRuns()
    {
        if (CapacityWizard *old = m_launcher->wizard()) {
            old->close();
            QTRY_VERIFY(!m_launcher->wizard());
        }
        QString profileId;
        for (const InvProfile &p : m_inventory->profiles(conn()))
            if (p.displayName.startsWith(QStringLiteral("C0003")))
                profileId = p.id;
        QVERIFY(!profileId.isEmpty());
        m_window->treeView()->clearSelection();
        m_window->treeView()->setCurrentIndex(m_window->treeModel()->connectionIndex());
        const int jobsBefore = int(m_window->context().jobCenter()->jobs().size());
        m_launcher->assignAction()->trigger();
        CapacityWizard *w = m_launcher->wizard();
        QVERIFY(w);
        CapacityWorkspacesPage *p1 = w->workspacesPage();
        QVERIFY(p1->modeCombo()->currentData().toInt() != CapacityWorkspacesPage::TreeSelection);
        QVERIFY(p1->setMode(CapacityWorkspacesPage::ByProfile, profileId));
        QCOMPARE(p1->checkedWorkspaces().size(), 1);
        const QString ws = p1->checkedWorkspaces().first().id;
        const QString before = emuCapacityOf(ws);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->targetPage()->isLoaded(), 10000);
        QVERIFY(w->targetPage()->selectTarget(capacityId("EMB-WEU-OLD")));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->preflightPage()->isDone(), 10000);
        QCOMPARE(w->plan().blocked, 1);
        QCOMPARE(w->plan().toMove, 0);
        QTreeWidgetItem *item = w->preflightPage()->findingTree()->topLevelItem(0);
        QCOMPARE(item->text(CapacityPreflightPage::OutcomeColumn), PlanItem::actionName(PlanAction::Blocked));
        bool explained = false;
        for (int i = 0; i < item->childCount(); ++i)
            explained |= !item->child(i)->text(CapacityPreflightPage::WhatToDoColumn).isEmpty();
        QVERIFY(explained);
        w->next();
        QCOMPARE(w->currentId(), int(CapacityWizard::PlanPage));
        QVERIFY(!w->planPage()->isComplete()); // Run disabled
        w->next();
        QCOMPARE(w->currentId(), int(CapacityWizard::PlanPage));
        QCOMPARE(int(m_window->context().jobCenter()->jobs().size()), jobsBefore);
        QCOMPARE(emuCapacityOf(ws), before);
        w->close();
    }
};

QTEST_MAIN(TstCapacityUi)
#include "tst_capacity_ui.moc"
