// The connection tree model against the in-process emulator (demo seed), under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

#include "ui/tree/ConnectionTreeModel.h"
#include "UiTestSupport.h"
#include "app/api/RequestScheduler.h"
#include "app/session/ConnectionSession.h"

using namespace td;
using Kind = TreeNode::Kind;
using State = TreeNode::State;

static Kind kindOf(const QModelIndex &i)
{
    return Kind(i.data(ConnectionTreeModel::KindRole).toInt());
}

static State stateOf(const QModelIndex &i)
{
    return State(i.data(ConnectionTreeModel::StateRole).toInt());
}

class TstTreeModel : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ConnectionSession> m_session;

    // The first profile that has at least one workspace (loads profiles as needed).
    QModelIndex profileWithWorkspace(ConnectionTreeModel &model)
    {
        const QModelIndex profiles = model.profilesIndex();
        model.fetchMore(profiles);
        if (!QTest::qWaitFor([&] { return stateOf(profiles) == State::Loaded; }, 15000))
            return {};
        for (int r = 0; r < model.rowCount(profiles); ++r) {
            const QModelIndex p = model.index(r, 0, profiles);
            model.fetchMore(p);
            if (!QTest::qWaitFor([&] { return stateOf(p) == State::Loaded; }, 15000))
                return {};
            if (model.rowCount(p) > 0)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
    }

    void init()
    {
        m_emu.setFaults({});
        m_emu.clearRequestLog();
        const QString secret = m_emu.primaryServicePrincipal().clientSecret;
        m_session = std::make_unique<ConnectionSession>(tdtest::demoConnection(m_emu), secret, &m_nam);
        RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        m_session->scheduler()->setRetryPolicy(fast);
    }

    void cleanup() { m_session.reset(); }

    void lazyLoadWithProfileHeaderIsolation()
    {
        ConnectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(m_session.get());
        const QModelIndex conn = model.connectionIndex();
        QVERIFY(conn.isValid());
        QVERIFY(model.hasChildren(conn));
        model.fetchMore(conn);
        QTRY_COMPARE(model.rowCount(conn), 2);
        QCOMPARE(kindOf(model.servicePrincipalIndex()), Kind::ServicePrincipal);
        QCOMPARE(kindOf(model.profilesIndex()), Kind::Profiles);

        const QModelIndex profile = profileWithWorkspace(model);
        QVERIFY2(profile.isValid(), "the demo seed has a profile with a workspace");
        const QModelIndex profiles = model.profilesIndex();
        QVERIFY(profiles.data().toString().contains(QStringLiteral("(%1)").arg(model.rowCount(profiles))));
        const QString profileId = profile.data(ConnectionTreeModel::IdRole).toString();
        QCOMPARE(profile.data(ConnectionTreeModel::ProfileIdRole).toString(), profileId);

        const QModelIndex ws = model.index(0, 0, profile);
        QCOMPARE(kindOf(ws), Kind::Workspace);
        const QString wsId = ws.data(ConnectionTreeModel::IdRole).toString();
        QVERIFY(!wsId.isEmpty());
        QCOMPARE(ws.data(ConnectionTreeModel::ProfileIdRole).toString(), profileId);
        QCOMPARE(ws.data(ConnectionTreeModel::IdKindRole).toString(), QStringLiteral("workspace id"));

        model.fetchMore(ws);
        QTRY_COMPARE(model.rowCount(ws), 5);
        const QList<Kind> folders{Kind::ReportsFolder, Kind::DatasetsFolder, Kind::DashboardsFolder,
                                  Kind::DataflowsFolder, Kind::AccessFolder};
        for (int r = 0; r < 5; ++r) {
            const QModelIndex f = model.index(r, 0, ws);
            QCOMPARE(kindOf(f), folders.at(r));
            QTRY_VERIFY_WITH_TIMEOUT(stateOf(f) == State::Loaded, 15000);
            QVERIFY2(f.data().toString().endsWith(QStringLiteral("(%1)").arg(model.rowCount(f))),
                     qPrintable(f.data().toString()));
            for (int c = 0; c < model.rowCount(f); ++c) {
                const QModelIndex item = model.index(c, 0, f);
                QCOMPARE(item.data(ConnectionTreeModel::ProfileIdRole).toString(), profileId);
                QCOMPARE(item.data(ConnectionTreeModel::WorkspaceIdRole).toString(), wsId);
            }
        }

        // Every request that touched this workspace carried this profile's id, exactly once.
        int touched = 0;
        for (const emu::RequestRecord &rec : m_emu.requestLog()) {
            if (!rec.path.contains(wsId))
                continue;
            ++touched;
            QCOMPARE(rec.profileHeaders, QStringList{profileId});
        }
        QVERIFY(touched >= 5);
        // The profiles list went as the service principal (no header).
        bool sawProfiles = false;
        for (const emu::RequestRecord &rec : m_emu.requestLog()) {
            if (rec.path.endsWith(QLatin1String("/profiles"))) {
                sawProfiles = true;
                QVERIFY(rec.profileHeaders.isEmpty());
            }
        }
        QVERIFY(sawProfiles);
    }

    void errorRowThenRetry()
    {
        ConnectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(m_session.get());
        model.fetchMore(model.connectionIndex());
        QTRY_VERIFY(model.profilesIndex().isValid());
        const QModelIndex profile = profileWithWorkspace(model);
        QVERIFY(profile.isValid());
        const int workspaces = model.rowCount(profile);

        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        m_emu.setFaults(faults);
        model.refresh(profile);
        QCOMPARE(stateOf(profile), State::Loading);
        QCOMPARE(model.rowCount(profile), 1);
        QCOMPARE(kindOf(model.index(0, 0, profile)), Kind::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profile) == State::Failed, 15000);
        const QModelIndex error = model.index(model.rowCount(profile) - 1, 0, profile);
        QCOMPARE(kindOf(error), Kind::Error);
        const QString summary = error.data(ConnectionTreeModel::ErrorSummaryRole).toString();
        QVERIFY(!summary.isEmpty());
        QVERIFY(!summary.contains(QLatin1Char('\n')));
        QVERIFY(error.data().toString().contains(summary));
        QVERIFY(error.data(ConnectionTreeModel::ErrorDetailsRole).toString().contains(QLatin1String("50")));
        QVERIFY(!model.retry(profile)); // not an error row

        m_emu.setFaults({});
        QVERIFY(model.retry(error));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profile) == State::Loaded, 15000);
        QCOMPARE(model.rowCount(profile), workspaces);
        for (int r = 0; r < model.rowCount(profile); ++r)
            QCOMPARE(kindOf(model.index(r, 0, profile)), Kind::Workspace);
    }

    void refreshTwiceKeepsOneCopy()
    {
        ConnectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(m_session.get());
        model.fetchMore(model.connectionIndex());
        QTRY_VERIFY(model.profilesIndex().isValid());
        const QModelIndex profiles = model.profilesIndex();
        model.fetchMore(profiles);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profiles) == State::Loaded, 15000);
        const int count = model.rowCount(profiles);
        QVERIFY(count > 0);
        model.refresh(profiles);
        model.refresh(profiles); // the first load's results are stale and must be dropped
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(profiles) == State::Loaded, 15000);
        QCOMPARE(model.rowCount(profiles), count);
    }
};

QTEST_MAIN(TstTreeModel)
#include "tst_treemodel.moc"
