// The main window in demo mode (offscreen) against the in-process emulator, and the connection dialog.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

#include "DialogProbe.h"
#include "UiTestSupport.h"
#include "app/api/ActivityLog.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/activity/RequestsModel.h"
#include "ui/activity/RequestsPane.h"
#include "ui/connections/ConnectionDialog.h"
#include "ui/details/DetailsPane.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowContext.h"

using namespace td;
using State = TreeNode::State;

static State stateOf(const QModelIndex &i)
{
    return State(i.data(ConnectionTreeModel::StateRole).toInt());
}

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    SecretStore m_secrets;

    QString secret() const { return m_emu.primaryServicePrincipal().clientSecret; }

    void fillValid(ConnectionDialog &dlg, QLineEdit *&tenant, QLineEdit *&api)
    {
        auto edit = [&dlg](const char *name) { return dlg.findChild<QLineEdit *>(QLatin1String(name)); };
        const Connection c = tdtest::demoConnection(m_emu);
        edit("nameEdit")->setText(QStringLiteral("Test connection"));
        dlg.findChild<QComboBox *>(QStringLiteral("cloudCombo"))->setCurrentIndex(1);
        edit("apiUrlEdit")->setText(c.apiBaseUrl.toString());
        edit("loginUrlEdit")->setText(c.loginUrl.toString());
        edit("tenantEdit")->setText(c.tenantId);
        edit("clientEdit")->setText(c.clientId);
        edit("secretEdit")->setText(secret());
        tenant = edit("tenantEdit");
        api = edit("apiUrlEdit");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void browseDemoAndInspect()
    {
        // The workspace we expect, learned independently of the tree.
        ConnectionSession probe(tdtest::demoConnection(m_emu), secret(), &m_nam);
        QSignalSpy profilesSpy(probe.client()->listProfiles(), &PagedApiCall::finished);
        QVERIFY(profilesSpy.wait(10000));
        const auto profiles = parseList<Profile>(profilesSpy.at(0).at(0).value<ListResult>().items);
        QVERIFY(!profiles.isEmpty());
        const Profile profile = profiles.first();
        QSignalSpy groupsSpy(probe.client()->listGroups(profile.id), &PagedApiCall::finished);
        QVERIFY(groupsSpy.wait(10000));
        const auto workspaces = parseList<Workspace>(groupsSpy.at(0).at(0).value<ListResult>().items);
        QVERIFY2(!workspaces.isEmpty(), "the demo seed's first profile has a workspace");
        const Workspace expected = workspaces.first();

        MainWindow window(m_store.get(), &m_secrets, &m_nam);
        window.openSession(tdtest::demoConnection(m_emu), secret());
        window.show();
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisibleTo(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))
                    ->text()
                    .contains(QLatin1String("Demo data from the built-in emulator")));

        ConnectionTreeModel *model = window.treeModel();
        QTreeView *tree = window.treeView();
        QTRY_VERIFY(model->profilesIndex().isValid());
        const QModelIndex profilesIdx = model->profilesIndex();
        tree->expand(profilesIdx);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profilesIdx) == State::Loaded, 15000);
        const QModelIndex profileIdx =
            tdtest::findChild(model, profilesIdx, profile.displayName, ConnectionTreeModel::NameRole);
        QVERIFY(profileIdx.isValid());
        tree->expand(profileIdx);
        QModelIndex wsIdx;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wsIdx = tdtest::findChild(model, profileIdx, expected.name, ConnectionTreeModel::NameRole))
                .isValid(),
            15000);
        QCOMPARE(wsIdx.data(ConnectionTreeModel::IdRole).toString(), expected.id);

        // The registry's customer shows beside its profile (and goes away with the mapping).
        QTemporaryDir regDir;
        CustomerRegistry registry(regDir.filePath(QStringLiteral("customers.sqlite")));
        QVERIFY(registry.open());
        Customer customer;
        customer.customerId = QStringLiteral("ACME-7");
        customer.displayName = QStringLiteral("Acme Seven Ltd");
        customer.connectionId = tdtest::demoConnection(m_emu).id;
        customer.profileId = profile.id;
        QVERIFY(registry.add(customer));
        window.setCustomerRegistry(&registry);
        QVERIFY2(
            profileIdx.data(Qt::DisplayRole).toString().contains(QLatin1String("Acme Seven Ltd (ACME-7)")),
            qPrintable(profileIdx.data(Qt::DisplayRole).toString()));
        QVERIFY(registry.remove(customer.connectionId, customer.customerId));
        window.refreshCustomerLabels();
        QVERIFY(!profileIdx.data(Qt::DisplayRole).toString().contains(QLatin1String("ACME-7")));
        window.setCustomerRegistry(nullptr);

        tree->setCurrentIndex(wsIdx);
        DetailsPane *details = window.detailsPane();
        bool shown = false;
        for (const DetailsRow &row : details->rows())
            shown =
                shown || (row.label == QLatin1String("workspace id") && row.value == expected.id && row.isId);
        QVERIFY2(shown, "the Overview shows the workspace id with its kind spelled out");
        QVERIFY(details->findChild<QPlainTextEdit *>()->toPlainText().contains(expected.id));
        QVERIFY(tdtest::labelText(*details, QStringLiteral("detailsTitle")).contains(expected.name));

        // Ctrl+C copies the selected node's id.
        tree->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(tree, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), expected.id);

        // Requests pane: filled from the activity log, no secret anywhere, curl redacted.
        RequestsPane *requests = window.findChild<RequestsPane *>();
        QTRY_VERIFY_WITH_TIMEOUT(requests->model()->rowCount() >= 3, 10000);
        RequestsModel *rm = requests->model();
        for (int r = 0; r < rm->rowCount(); ++r) {
            for (int c = 0; c < RequestsModel::ColumnCount; ++c)
                QVERIFY(!rm->index(r, c).data().toString().contains(secret()));
            const QString curl = ActivityLog::toCurl(rm->entry(r));
            QVERIFY(!curl.contains(secret()));
            QVERIFY(curl.contains(QLatin1String("redacted"), Qt::CaseInsensitive));
        }
        requests->filterEdit()->setText(profile.id);
        QVERIFY(requests->proxy()->rowCount() > 0);
        QVERIFY(requests->proxy()->rowCount() < rm->rowCount());
        requests->view()->setCurrentIndex(requests->proxy()->index(0, 0));
        QVERIFY(requests->curlForCurrent().contains(profile.id));
        requests->filterEdit()->setText(QStringLiteral("no-such-request-anywhere"));
        QCOMPARE(requests->proxy()->rowCount(), 0);

        QVERIFY(
            tdtest::labelText(window, QStringLiteral("connectionStatus")).contains(QLatin1String("(SP)")));
        QTRY_COMPARE(tdtest::labelText(window, QStringLiteral("tokenStatus")), QStringLiteral("token ok"));
        QCOMPARE(tdtest::labelText(window, QStringLiteral("throttleStatus")),
                 QStringLiteral("throttled: no"));
    }

    void dialogRefusesBadTenantAndPlainHttp()
    {
        ConnectionDialog dlg(m_store.get(), &m_secrets, &m_nam);
        QLineEdit *tenant = nullptr;
        QLineEdit *api = nullptr;
        fillValid(dlg, tenant, api);
        QVERIFY2(tdtest::okEnabled(dlg),
                 qPrintable(tdtest::labelText(dlg, QStringLiteral("validationLabel"))));
        QVERIFY(tdtest::labelText(dlg, QStringLiteral("validationLabel")).isEmpty());

        tenant->setText(QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(!tdtest::okEnabled(dlg));
        QVERIFY(!tdtest::labelText(dlg, QStringLiteral("validationLabel")).isEmpty());
        tenant->setText(m_emu.primaryServicePrincipal().tenantId);
        QVERIFY(tdtest::okEnabled(dlg));

        api->setText(QStringLiteral("http://api.example.com/v1.0/myorg"));
        QVERIFY(!tdtest::okEnabled(dlg));
        QVERIFY(!tdtest::labelText(dlg, QStringLiteral("validationLabel")).isEmpty());
        api->setText(m_emu.baseUrl().toString());
        QVERIFY(tdtest::okEnabled(dlg));
    }

    void dialogTestsConnection()
    {
        ConnectionDialog dlg(m_store.get(), &m_secrets, &m_nam);
        QLineEdit *tenant = nullptr;
        QLineEdit *api = nullptr;
        fillValid(dlg, tenant, api);
        QSignalSpy spy(&dlg, &ConnectionDialog::testFinished);
        dlg.testConnection();
        QVERIFY(spy.wait(15000));
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QVERIFY(tdtest::labelText(dlg, QStringLiteral("testStatusLabel")).contains(QLatin1String("profile")));

        dlg.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("wrong-secret"));
        dlg.testConnection();
        QVERIFY(spy.wait(15000));
        QCOMPARE(spy.at(1).at(0).toBool(), false);
        QVERIFY(!tdtest::errorDetails(dlg).summaryText().isEmpty());
        QVERIFY(!tdtest::errorDetails(dlg).summaryText().contains(QLatin1String("wrong-secret")));
        QVERIFY(!tdtest::errorDetails(dlg).summaryText().contains(QLatin1Char('{'))); // never a raw JSON dump
        QVERIFY(tdtest::errorDetails(dlg).detailsText().contains(QLatin1String("401")));
        QVERIFY(tdtest::errorDetails(dlg).detailsText().contains(QLatin1String("invalid_client")));
    }

    void dialogSavesSettingsAndSecret()
    {
        ConnectionDialog dlg(m_store.get(), &m_secrets, &m_nam);
        QLineEdit *tenant = nullptr;
        QLineEdit *api = nullptr;
        fillValid(dlg, tenant, api);
        dlg.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Saved by test"));
        QSignalSpy saved(&dlg, &ConnectionDialog::saved);
        dlg.save();
        QVERIFY2(saved.wait(10000), qPrintable(tdtest::errorDetails(dlg).summaryText()));
        const Connection c = m_store->find(QStringLiteral("Saved by test"));
        QVERIFY(!c.id.isEmpty());
        QCOMPARE(c.clientId, m_emu.primaryServicePrincipal().clientId);
        QString stored;
        bool done = false;
        m_secrets.read(c.id, this, [&](const QString &s, const ApiError &e) {
            QVERIFY(!e.isError());
            stored = s;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored, secret());
        // The settings file holds no secret.
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(secret().toUtf8()));
    }

    void keyboardRefreshErrorRowAndRetry()
    {
        MainWindow window(m_store.get(), &m_secrets, &m_nam);
        window.openSession(tdtest::demoConnection(m_emu), secret());
        RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        window.session()->scheduler()->setRetryPolicy(fast);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionTreeModel *model = window.treeModel();
        QTreeView *tree = window.treeView();
        QTRY_VERIFY(model->profilesIndex().isValid());
        const QModelIndex profiles = model->profilesIndex();
        tree->expand(profiles);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profiles) == State::Loaded, 15000);
        const int count = model->rowCount(profiles);

        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        m_emu.setFaults(faults);
        tree->setFocus();
        tree->setCurrentIndex(profiles);
        QTest::keyClick(tree, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profiles) == State::Failed, 15000);
        const QModelIndex error = model->index(model->rowCount(profiles) - 1, 0, profiles);
        QVERIFY(model->isErrorRow(error));
        tree->setCurrentIndex(error);
        // The details pane explains the error row; no JSON dump.
        QVERIFY(!window.detailsPane()->rows().isEmpty());

        m_emu.setFaults({});
        QTest::keyClick(tree, Qt::Key_Return); // Enter on the error row retries
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profiles) == State::Loaded, 15000);
        QCOMPARE(model->rowCount(profiles), count);
    }

    void throttlingShowsCountdown()
    {
        MainWindow window(m_store.get(), &m_secrets, &m_nam);
        window.openSession(tdtest::demoConnection(m_emu), secret());
        ConnectionTreeModel *model = window.treeModel();
        QTRY_VERIFY(model->profilesIndex().isValid());
        model->fetchMore(model->servicePrincipalIndex()); // gets the token before the faults start
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(model->servicePrincipalIndex()) == State::Loaded, 15000);
        emu::FaultSettings faults;
        faults.throttleShare = 1.0;
        faults.throttleRetryAfterSecs = 30;
        m_emu.setFaults(faults);
        model->fetchMore(model->profilesIndex());
        QTRY_VERIFY_WITH_TIMEOUT(tdtest::labelText(window, QStringLiteral("throttleStatus"))
                                     .contains(QLatin1String("retry after")),
                                 10000);
        m_emu.setFaults({});
        window.session()->scheduler()->cancelAll();
    }

    // Without an open connection every tool of the toolbar and the Tools menu says the same one thing
    // (WindowContext::requireSession) and opens nothing else.
    void toolsWithoutConnectionAskToConnect()
    {
        MainWindow window(m_store.get(), &m_secrets, &m_nam);
        window.show();
        QMenu *tools = window.findChild<QMenu *>(QStringLiteral("toolsMenu"));
        QVERIFY(tools);
        QList<QAction *> actions = tools->actions();
        for (const char *name : {"onboardCustomerAction", "bulkOnboardAction"})
            actions << window.findChild<QAction *>(QLatin1String(name));
        QCOMPARE(actions.size(), 8);
        QVERIFY(!window.context().session());
        QString said;
        for (QAction *action : actions) {
            QVERIFY(action);
            const int windowsBefore = int(QApplication::topLevelWidgets().size());
            action->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
            if (said.isEmpty())
                said = box->text();
            QCOMPARE(box->text(), said); // one sentence for every tool
            QVERIFY2(!box->windowTitle().isEmpty(), qPrintable(action->objectName()));
            QCOMPARE(int(QApplication::topLevelWidgets().size()), windowsBefore + 1); // the box only
            box->close();                                                             // deleted on close
            QTRY_VERIFY(!window.findChild<QMessageBox *>());
        }
        QVERIFY2(said.contains(QLatin1String("tenant")), qPrintable(said));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
