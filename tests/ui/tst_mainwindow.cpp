// The main window in demo mode (offscreen) against the in-process emulator, and the connection dialog.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <memory>

#include "ConnectionDialog.h"
#include "ConnectionTreeModel.h"
#include "DetailsPane.h"
#include "MainWindow.h"
#include "RequestsModel.h"
#include "RequestsPane.h"
#include "StatusIndicators.h"
#include "UiTestSupport.h"
#include "api/ActivityLog.h"
#include "api/PowerBiClient.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "session/ConnectionSession.h"

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
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void browseDemoAndInspect()
    {
        // The workspace we expect, learned independently of the tree.
        ConnectionSession probe(tdtest::demoConnection(m_emu), secret(), &m_nam);
        QSignalSpy profilesSpy(probe.client()->listProfiles(), &PagedJob::finished);
        QVERIFY(profilesSpy.wait(10000));
        const auto profiles = parseList<Profile>(profilesSpy.at(0).at(0).value<ListResult>().items);
        QVERIFY(!profiles.isEmpty());
        const Profile profile = profiles.first();
        QSignalSpy groupsSpy(probe.client()->listGroups(profile.id), &PagedJob::finished);
        QVERIFY(groupsSpy.wait(10000));
        const auto workspaces = parseList<Workspace>(groupsSpy.at(0).at(0).value<ListResult>().items);
        QVERIFY2(!workspaces.isEmpty(), "the demo seed's first profile has a workspace");
        const Workspace expected = workspaces.first();

        MainWindow window(m_store.get(), &m_secrets, &m_nam);
        window.openSession(tdtest::demoConnection(m_emu), secret());
        window.show();
        QVERIFY(window.demoBanner()->isVisibleTo(&window));
        QVERIFY(window.demoBanner()->text().contains(QLatin1String("Demo data from the built-in emulator")));

        ConnectionTreeModel *model = window.treeModel();
        QTreeView *tree = window.treeView();
        QTRY_VERIFY(model->profilesIndex().isValid());
        const QModelIndex profilesIdx = model->profilesIndex();
        tree->expand(profilesIdx);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profilesIdx) == State::Loaded, 15000);
        const QModelIndex profileIdx = tdtest::findChild(model, profilesIdx, profile.displayName,
                                                         ConnectionTreeModel::NameRole);
        QVERIFY(profileIdx.isValid());
        tree->expand(profileIdx);
        QModelIndex wsIdx;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wsIdx = tdtest::findChild(model, profileIdx, expected.name, ConnectionTreeModel::NameRole)).isValid(), 15000);
        QCOMPARE(wsIdx.data(ConnectionTreeModel::IdRole).toString(), expected.id);

        tree->setCurrentIndex(wsIdx);
        DetailsPane *details = window.detailsPane();
        bool shown = false;
        for (const DetailsRow &row : details->rows())
            shown = shown || (row.label == QLatin1String("workspace id") && row.value == expected.id && row.isId);
        QVERIFY2(shown, "the Overview shows the workspace id with its kind spelled out");
        QVERIFY(details->jsonText().contains(expected.id));
        QVERIFY(details->title().contains(expected.name));

        // Ctrl+C copies the selected node's id.
        tree->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(tree, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), expected.id);

        // Requests pane: filled from the activity log, no secret anywhere, curl redacted.
        RequestsPane *requests = window.requestsPane();
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

        QVERIFY(window.statusIndicators()->connectionText().contains(QLatin1String("(SP)")));
        QTRY_COMPARE(window.statusIndicators()->tokenText(), QStringLiteral("token ok"));
        QCOMPARE(window.statusIndicators()->throttleText(), QStringLiteral("throttled: no"));
    }

    void dialogRefusesBadTenantAndPlainHttp()
    {
        ConnectionDialog dlg(m_store.get(), &m_secrets, &m_nam);
        QLineEdit *tenant = nullptr;
        QLineEdit *api = nullptr;
        fillValid(dlg, tenant, api);
        QVERIFY2(dlg.isOkEnabled(), qPrintable(dlg.validationText()));
        QVERIFY(dlg.validationText().isEmpty());

        tenant->setText(QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(!dlg.isOkEnabled());
        QVERIFY(!dlg.validationText().isEmpty());
        tenant->setText(m_emu.primaryServicePrincipal().tenantId);
        QVERIFY(dlg.isOkEnabled());

        api->setText(QStringLiteral("http://api.example.com/v1.0/myorg"));
        QVERIFY(!dlg.isOkEnabled());
        QVERIFY(!dlg.validationText().isEmpty());
        api->setText(m_emu.baseUrl().toString());
        QVERIFY(dlg.isOkEnabled());
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
        QVERIFY(dlg.testStatusText().contains(QLatin1String("profile")));

        dlg.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("wrong-secret"));
        dlg.testConnection();
        QVERIFY(spy.wait(15000));
        QCOMPARE(spy.at(1).at(0).toBool(), false);
        QVERIFY(!dlg.errorSummaryText().isEmpty());
        QVERIFY(!dlg.errorSummaryText().contains(QLatin1String("wrong-secret")));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
