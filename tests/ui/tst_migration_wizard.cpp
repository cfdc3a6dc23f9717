// The migration wizard driven offscreen against the in-process emulator (demo seed with the pre-profile
// "Legacy – <Name>" workspaces): inventory, mapping (live pattern preview with names it does not match,
// CSV import, exclusion), plan, run through the job engine, validation as each profile, gated clean-up
// and restore; then a new wizard opens where the journal says the migration stopped.
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "EmulatorModel.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/audit/AuditLog.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/migration/MigrateJobType.h"
#include "ui/migration/MigrationCleanupPage.h"
#include "app/migration/MigrationController.h"
#include "ui/migration/MigrationInventoryPage.h"
#include "ui/migration/MigrationMappingPage.h"
#include "ui/migration/MigrationPlanPage.h"
#include "ui/migration/MigrationRunPage.h"
#include "app/migration/MigrationStore.h"
#include "ui/migration/MigrationValidatePage.h"
#include "ui/migration/MigrationWizard.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

using namespace td;

class TestMigrationWizard : public QObject
{
    Q_OBJECT
private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<CustomerRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<MigrationStore> m_store;
    std::unique_ptr<JobEngine> m_engine;

    MigrationController *controller()
    {
        auto *c = new MigrationController(m_store.get(), m_session.get());
        c->setEngine(m_engine.get());
        c->setRegistry(m_registry.get());
        c->setAudit(m_audit.get());
        return c;
    }
    const emu::Workspace *workspace(const QString &name) const
    {
        for (const emu::Workspace &w : m_emu.state()->workspaces().items()) {
            if (w.name == name)
                return &w;
        }
        return nullptr;
    }
    template<typename T> static T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QChar c : text) { // QTest types Latin-1 only; the rest is inserted like an input method
            if (c.unicode() < 128)
                QTest::keyClicks(edit, QString(c));
            else
                edit->insert(QString(c));
        }
    }
    static int checkedRows(QTableWidget *t)
    {
        int n = 0;
        for (int i = 0; i < t->rowCount(); ++i)
            n += t->item(i, 0)->checkState() == Qt::Checked ? 1 : 0;
        return n;
    }
    static int rowOf(QTableWidget *t, const QString &text)
    {
        for (int i = 0; i < t->rowCount(); ++i) {
            if (t->item(i, 0)->text() == text)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_session = std::make_unique<ConnectionSession>(tdtest::demoConnection(m_emu),
                                                        m_emu.primaryServicePrincipal().clientSecret, &m_nam);
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        m_registry = std::make_unique<CustomerRegistry>(m_dir.filePath(QStringLiteral("customers.sqlite")));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.sqlite")));
        m_store = std::make_unique<MigrationStore>(m_dir.filePath(QStringLiteral("migrations.sqlite")));
        QVERIFY(m_journal->open() && m_registry->open() && m_audit->open() && m_store->open());
        m_engine = std::make_unique<JobEngine>(m_journal.get());
        MigrateJobType::registerWith(m_engine->types(), m_registry.get(), m_audit.get());
        m_engine->setSession(m_session->connection().id, m_session.get());
    }

    void wizardThroughCleanup()
    {
        MigrationWizard wizard(controller());
        wizard.show();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::InventoryPage));
        // 1. Inventory
        QWidget *inv = wizard.inventoryPage();
        QVERIFY(!wizard.inventoryPage()->isComplete());
        retype(child<QLineEdit>(inv, "masterEdit"), QStringLiteral("embed.master@contoso-isv.example"));
        QSignalSpy scanned(wizard.migration(), &MigrationController::scanned);
        QTest::mouseClick(child<QPushButton>(inv, "scanButton"), Qt::LeftButton);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(child<QTableWidget>(inv, "workspaceTable")->rowCount(), 24);
        QVERIFY(wizard.inventoryPage()->isComplete());
        QCOMPARE(wizard.migration()->state().masterUser, QStringLiteral("embed.master@contoso-isv.example"));
        // 2. Mapping: the default pattern previews at once.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::MappingPage));
        QWidget *map = wizard.mappingPage();
        QCOMPARE(child<QTableWidget>(map, "previewTable")->rowCount(), 24);
        QCOMPARE(checkedRows(child<QTableWidget>(map, "previewTable")), 20);
        const int sales = rowOf(child<QTableWidget>(map, "previewTable"), QStringLiteral("Sales Template"));
        QVERIFY(sales >= 0);
        QVERIFY(child<QTableWidget>(map, "previewTable")
                    ->item(sales, 3)
                    ->text()
                    .contains(QLatin1String("does not match")));
        // A pattern without a placeholder says why, live.
        retype(child<QLineEdit>(map, "patternEdit"), QStringLiteral("Legacy"));
        QVERIFY(child<QLabel>(map, "patternError")->isVisible());
        QVERIFY(child<QLabel>(map, "patternError")->text().contains(QLatin1String("{name}")));
        // A counter template, then a CSV that groups two workspaces.
        retype(child<QLineEdit>(map, "patternEdit"), QStringLiteral("Legacy \u2013 {name}"));
        retype(child<QLineEdit>(map, "idEdit"), QStringLiteral("LEG-{n}"));
        QVERIFY(!child<QLabel>(map, "patternError")->isVisible());
        const int aurora =
            rowOf(child<QTableWidget>(map, "previewTable"), QStringLiteral("Legacy \u2013 Aurora Mills"));
        QCOMPARE(child<QTableWidget>(map, "previewTable")->item(aurora, 1)->text(),
                 QStringLiteral("LEG-001"));
        QFile csv(m_dir.filePath(QStringLiteral("map.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("customerId,displayName,workspaceId\ngrp,Group,%1\ngrp,,%2\n")
                      .arg(workspace(QStringLiteral("Legacy \u2013 Aurora Mills"))->id,
                           workspace(QStringLiteral("Legacy \u2013 Bayside Dental"))->id)
                      .toUtf8());
        csv.close();
        wizard.mappingPage()->importCsv(csv.fileName());
        QCOMPARE(checkedRows(child<QTableWidget>(map, "previewTable")), 2);
        QVERIFY(child<QLabel>(map, "summaryLabel")
                    ->text()
                    .startsWith(QLatin1String("1 customer(s) from 2 workspace(s)")));
        // Back to the pattern; the admin excludes one workspace by unticking it.
        retype(child<QLineEdit>(map, "idEdit"), QStringLiteral("{slug}"));
        QCOMPARE(checkedRows(child<QTableWidget>(map, "previewTable")), 20);
        const int tide =
            rowOf(child<QTableWidget>(map, "previewTable"), QStringLiteral("Legacy \u2013 Tidewater Marine"));
        child<QTableWidget>(map, "previewTable")->item(tide, 0)->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(checkedRows(child<QTableWidget>(map, "previewTable")), 19);
        QVERIFY(wizard.mappingPage()->isComplete());
        // 3. Plan
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::PlanPage));
        QWidget *plan = wizard.planPage();
        QCOMPARE(child<QTreeWidget>(plan, "planTree")->topLevelItemCount(), 19);
        QCOMPARE(child<QTreeWidget>(plan, "planTree")->topLevelItem(0)->text(1),
                 QStringLiteral("create profile"));
        QVERIFY(
            child<QLabel>(plan, "summaryLabel")->text().contains(QLatin1String("Nothing has been changed")));
        int profiles = 0;
        for (const emu::Profile &p : m_emu.state()->profiles().items())
            profiles += p.displayName == QLatin1String("Aurora Mills") ? 1 : 0;
        QCOMPARE(profiles, 0);
        // 4. Run
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::RunPage));
        QWidget *run = wizard.runPage();
        QVERIFY(!wizard.runPage()->isComplete());
        QTest::mouseClick(child<QPushButton>(run, "startButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), 15000);
        QCOMPARE(child<QTableWidget>(run, "itemTable")->rowCount(), 19);
        QCOMPARE(child<QProgressBar>(run, "progressBar")->value(), 19);
        // 5. Validate as each profile
        wizard.next();
        QWidget *val = wizard.validatePage();
        retype(child<QLineEdit>(val, "rlsRolesEdit"), QStringLiteral("Customer"));
        QSignalSpy validated(wizard.migration(), &MigrationController::validated);
        QTest::mouseClick(child<QPushButton>(val, "validateButton"), Qt::LeftButton);
        QVERIFY(validated.wait(15000));
        QCOMPARE(validated.first().at(0).toInt(), 19);
        QCOMPARE(child<QTreeWidget>(val, "resultTree")->topLevelItem(0)->text(1), QStringLiteral("passed"));
        // 6. Clean-up: gated by the confirmation.
        wizard.next();
        QWidget *clean = wizard.cleanupPage();
        QVERIFY(!child<QPushButton>(clean, "cleanupButton")->isEnabled());
        QCOMPARE(wizard.cleanupPage()->tickedCustomers().size(), 19);
        child<QCheckBox>(clean, "confirmBox")->setChecked(true);
        QVERIFY(child<QPushButton>(clean, "cleanupButton")->isEnabled());
        QSignalSpy cleaned(wizard.migration(), &MigrationController::cleanedUp);
        QTest::mouseClick(child<QPushButton>(clean, "cleanupButton"), Qt::LeftButton);
        QVERIFY(cleaned.wait(15000));
        QCOMPARE(cleaned.first().at(0).toInt(), 38);
        QVERIFY(!child<QCheckBox>(clean, "confirmBox")->isChecked());
        QVERIFY(child<QPushButton>(clean, "restoreButton")->isEnabled());
        const emu::Workspace *w = workspace(QStringLiteral("Legacy \u2013 Juniper Health"));
        for (const emu::Member &m : w->members)
            QVERIFY(!m.profileId.isEmpty()); // only the profile is left
        // The excluded workspace kept its old access.
        QCOMPARE(workspace(QStringLiteral("Legacy \u2013 Tidewater Marine"))->members.size(), qsizetype(2));
        QSignalSpy restored(wizard.migration(), &MigrationController::restored);
        QTest::mouseClick(child<QPushButton>(clean, "restoreButton"), Qt::LeftButton);
        QVERIFY(restored.wait(15000));
        QCOMPARE(restored.first().at(0).toInt(), 38);
    }

    void reopensWhereItStopped()
    {
        MigrationWizard wizard(controller());
        QCOMPARE(wizard.startId(), int(MigrationWizard::CleanupPage));
        QCOMPARE(wizard.migration()->state().plan.size(), 19);
        QCOMPARE(MigrationWizard::resumePage(QStringLiteral("plan")), int(MigrationWizard::RunPage));
    }
};

QTEST_MAIN(TestMigrationWizard)
#include "tst_migration_wizard.moc"
