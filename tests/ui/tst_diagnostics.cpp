// The "Troubleshoot access…" and "Embed token test…" dialogs against the in-process demo emulator:
// launched from the Tools menu, a customer picked from the registry, the broken link shown, the ticket text
// copied without token or secret; the embed token test in single and batch mode.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

#include "../core/DemoIds.h"
#include "DialogProbe.h"
#include "UiTestSupport.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/diagnostics/EmbedTokenBatch.h"
#include "app/jobs/JobCenter.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/diagnostics/AccessCheckDialog.h"
#include "ui/diagnostics/DiagnosticsLauncher.h"
#include "ui/diagnostics/EmbedTokenDialog.h"
#include "ui/window/MainWindow.h"

using namespace td;
using namespace demoids;

class TstDiagnostics : public QObject
{
    Q_OBJECT
private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<CustomerRegistry> m_registry;

    QString secret() const { return m_emu.primaryServicePrincipal().clientSecret; }

    void addCustomer(const QString &id, int profileOf, int workspaceOf)
    {
        Customer c;
        c.customerId = id;
        c.displayName = display(profileOf);
        c.connectionId = m_session->connection().id;
        c.profileId = profileId(profileOf);
        if (workspaceOf)
            c.workspaceIds << workspaceId(workspaceOf);
        QString error;
        QVERIFY2(m_registry->upsert(c, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_session = std::make_unique<ConnectionSession>(tdtest::demoConnection(m_emu), secret(), &m_nam);
        m_registry = std::make_unique<CustomerRegistry>(m_dir.filePath(QStringLiteral("customers.sqlite")));
        QVERIFY(m_registry->open());
        addCustomer(QStringLiteral("C0001"), 1, 1);
        addCustomer(QStringLiteral("C0002"), 2, 2);  // row-level security
        addCustomer(QStringLiteral("C0007"), 7, 7);  // profile only Member
        addCustomer(QStringLiteral("C0045"), 45, 0); // no workspace
        addCustomer(QStringLiteral("WRONG"), 3, 4);  // C0003's profile, C0004's workspace
    }

    void launchersInToolsMenu()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionStore store(&settings);
        SecretStore secrets;
        MainWindow window(&store, &secrets, &m_nam);
        window.setCustomerRegistry(m_registry.get());
        window.openSession(tdtest::demoConnection(m_emu), secret());
        QAction *access = nullptr;
        QAction *embed = nullptr;
        for (QAction *a : window.findChild<QMenu *>(QStringLiteral("toolsMenu"))->actions()) {
            if (a->objectName() == QLatin1String("troubleshootAccessAction"))
                access = a;
            if (a->objectName() == QLatin1String("embedTokenTestAction"))
                embed = a;
        }
        QVERIFY(access && embed);
        // The tree's context menu offers both only on a report or semantic model.
        auto *launcher = window.findChild<DiagnosticsLauncher *>();
        QVERIFY(launcher);
        QMenu menu;
        launcher->addContextActions(&menu, window.treeView()->currentIndex());
        QVERIFY(menu.actions().isEmpty());
        access->trigger();
        QTRY_VERIFY(window.findChild<AccessCheckDialog *>() != nullptr);
        QVERIFY(window.findChild<AccessCheckDialog *>()->isVisible());
        embed->trigger();
        QTRY_VERIFY(window.findChild<EmbedTokenDialog *>() != nullptr);
    }

    void accessCheckNamesTheBrokenLink()
    {
        AccessCheckDialog dialog(m_session.get(), m_registry.get());
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("customerCombo"));
        QCOMPARE(combo->count(), 6); // "(none)" + 5 customers
        // Every field has a label with a mnemonic (keyboard access).
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        }
        dialog.selectCustomer(QStringLiteral("C0007"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("profileEdit"))->text(), profileId(7));
        auto *reports = dialog.findChild<QComboBox *>(QStringLiteral("reportCombo"));
        QTRY_VERIFY(reports->count() > 0);
        QCOMPARE(reports->itemData(0).toString(), reportId(7));
        QSignalSpy finished(&dialog, &AccessCheckDialog::checkFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
        QVERIFY(finished.wait(15000));
        auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("results"));
        QCOMPARE(results->topLevelItemCount(), 8);
        QCOMPARE(results->topLevelItem(2)->text(1), AccessLink::statusLabel(AccessLink::Status::Fail));
        QCOMPARE(results->topLevelItem(0)->text(1), AccessLink::statusLabel(AccessLink::Status::Pass));
        QVERIFY(results->topLevelItem(2)->isExpanded());
        QVERIFY(results->topLevelItem(2)->childCount() >= 2); // evidence and fix
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("3.")));
        // The first broken link is selected and shown in full below the list.
        const QString details =
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailsText"))->toPlainText();
        QVERIFY2(details.contains(QLatin1String("Fix: ")) && details.contains(QLatin1String("Member")),
                 qPrintable(details));

        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy->isEnabled());
        copy->click();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.contains(QLatin1String("RequestId")));
        QVERIFY(text.contains(profileId(7)));
        QVERIFY(!text.contains(secret()));
        QVERIFY(!text.contains(QLatin1String("eyJ"))); // the emulator's access tokens are JWTs
        QVERIFY(!text.contains(QLatin1String("H4sI")));
    }

    void embedTokenSingle()
    {
        EmbedTokenDialog dialog(m_session.get(), m_registry.get());
        dialog.show();
        QSignalSpy generated(&dialog, &EmbedTokenDialog::generated);
        dialog.prefill(profileId(1), reportId(1), datasetId(1));
        dialog.findChild<QPushButton *>(QStringLiteral("generateButton"))->click();
        QVERIFY(generated.wait(10000));
        QVERIFY2(tdtest::labelText(dialog, QStringLiteral("resultLabel")).contains(QLatin1String("token id")),
                 qPrintable(tdtest::labelText(dialog, QStringLiteral("resultLabel"))));
        QVERIFY(!tdtest::labelText(dialog, QStringLiteral("resultLabel")).contains(QLatin1String("H4sI")));
        // Another customer's report: the exact error and its RequestId.
        dialog.prefill(profileId(1), reportId(4), QString());
        dialog.generate();
        QVERIFY(generated.wait(10000));
        QVERIFY2(tdtest::labelText(dialog, QStringLiteral("resultLabel")).contains(QLatin1String("401")),
                 qPrintable(tdtest::labelText(dialog, QStringLiteral("resultLabel"))));
        QVERIFY(tdtest::labelText(dialog, QStringLiteral("resultLabel"))
                    .contains(QLatin1String("PowerBINotAuthorizedException")));
        QVERIFY(
            tdtest::labelText(dialog, QStringLiteral("resultLabel")).contains(QLatin1String("RequestId")));
        // Row-level security: identity with a role that exists.
        dialog.prefill(profileId(2), reportId(2), datasetId(2));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))
            ->setText(QStringLiteral("anna@example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("rolesEdit"))->setText(QStringLiteral("Customer"));
        dialog.generate();
        QVERIFY(generated.wait(10000));
        QVERIFY2(tdtest::labelText(dialog, QStringLiteral("resultLabel")).contains(QLatin1String("token id")),
                 qPrintable(tdtest::labelText(dialog, QStringLiteral("resultLabel"))));
    }

    void embedTokenBatchListsFailures()
    {
        JobCenter jobs;
        EmbedTokenDialog dialog(m_session.get(), m_registry.get());
        dialog.setJobCenter(&jobs);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("batchRolesEdit"))->setText(QStringLiteral("Customer"));
        QSignalSpy done(&dialog, &EmbedTokenDialog::batchFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("runBatchButton"))->click();
        QVERIFY(done.wait(20000));
        EmbedTokenBatch *batch = dialog.batch();
        QCOMPARE(batch->items().size(), 5);
        QStringList failed;
        for (const EmbedBatchItem &i : batch->failures())
            failed << i.customer.customerId;
        QCOMPARE(failed, (QStringList{QStringLiteral("C0045"), QStringLiteral("WRONG")}));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("batchTable"));
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(table->item(0, 2)->text().contains(QLatin1String("token id")));
        QVERIFY(batch->failuresText().contains(QLatin1String("WRONG")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("copyFailuresButton"))->isEnabled());
        // The batch is a live operation of the Jobs tab with one item per customer.
        QCOMPARE(jobs.jobs().size(), 1);
        const JobInfo op = jobs.jobs().first();
        QCOMPARE(op.state, JobState::CompletedWithErrors);
        const QVector<JobItemInfo> items = jobs.items(op.id);
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(4).key, QStringLiteral("WRONG"));
        QCOMPARE(items.at(4).state, ItemState::Failed);
        QVERIFY(!items.at(4).requestId.isEmpty());
        QCOMPARE(items.at(0).state, ItemState::Done);
    }

    void embedTokenBatchCancels()
    {
        EmbedTokenDialog dialog(m_session.get(), m_registry.get());
        QSignalSpy done(&dialog, &EmbedTokenDialog::batchFinished);
        dialog.runBatch();
        dialog.cancelBatch();
        QVERIFY(done.wait(10000));
        QVERIFY(dialog.batch()->wasCancelled());
        QVERIFY(dialog.batch()->items().size() == 5);
        int doneCount = 0;
        for (const EmbedBatchItem &i : dialog.batch()->items())
            doneCount += i.done ? 1 : 0;
        QVERIFY(doneCount < 5);
    }
};

QTEST_MAIN(TstDiagnostics)
#include "tst_diagnostics.moc"
