#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "EmulatorFixture.h"
#include "TestHelpers.h"
#include "app/api/ContentClient.h"
#include "app/api/PowerBiClient.h"
#include "app/ops/ContentOps.h"
#include "app/ops/EnsureOps.h"

using namespace td;

namespace {
// Runs an op to its single completion (event loop running); counts completions.
OpResult runOp(AsyncOp *op, int timeoutMs = 20000)
{
    auto result = std::make_shared<OpResult>();
    auto count = std::make_shared<int>(0);
    QObject::connect(op, &AsyncOp::finished, [result, count](const OpResult &r) {
        *result = r;
        ++*count;
    });
    op->start();
    QElapsedTimer t;
    t.start();
    while (*count == 0 && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(5);
    if (*count != 1)
        qFatal("op completed %d times", *count);
    return *result;
}
} // namespace

class TestOps : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    ConnectionSession *s() { return m_emu.session.get(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_emu.start()); }

    void ensureProfileAndWorkspaceAreIdempotent()
    {
        const QString name = QStringLiteral("C9001 \u2013 O'Brien & Sons");
        const OpResult first = runOp(new EnsureProfileOp(s(), name));
        QVERIFY2(first.ok, qPrintable(first.error.summary()));
        QVERIFY(first.output.value(QStringLiteral("created")).toBool());
        const QString profileId = first.output.value(QStringLiteral("profileId")).toString();
        QVERIFY(Connection::isGuid(profileId));
        const OpResult again = runOp(new EnsureProfileOp(s(), name));
        QVERIFY(again.ok);
        QVERIFY(!again.output.value(QStringLiteral("created")).toBool());
        QCOMPARE(again.output.value(QStringLiteral("profileId")).toString(), profileId);

        const OpResult ws = runOp(new EnsureWorkspaceOp(s(), profileId, QStringLiteral("O'Brien – Sales")));
        QVERIFY2(ws.ok, qPrintable(ws.error.summary()));
        QVERIFY(ws.output.value(QStringLiteral("created")).toBool());
        const OpResult ws2 = runOp(new EnsureWorkspaceOp(s(), profileId, QStringLiteral("O'Brien – Sales")));
        QVERIFY(ws2.ok);
        QVERIFY(!ws2.output.value(QStringLiteral("created")).toBool());
        QCOMPARE(ws2.output.value(QStringLiteral("workspaceId")),
                 ws.output.value(QStringLiteral("workspaceId")));
        // The profile sees exactly one such workspace and is its Admin.
        const auto groups = waitFor(s()->client()->listGroups(profileId));
        QVERIFY(groups && groups->ok());
        QCOMPARE(groups->items.size(), 1);
    }

    void ensureProfileAdminOnTheSpsWorkspace()
    {
        const OpResult p = runOp(new EnsureProfileOp(s(), QStringLiteral("C9002 – Admin test")));
        QVERIFY(p.ok);
        const QString profileId = p.output.value(QStringLiteral("profileId")).toString();
        const OpResult ws = runOp(new EnsureWorkspaceOp(s(), QString(), QStringLiteral("SP-made C9002")));
        QVERIFY(ws.ok);
        const QString wsId = ws.output.value(QStringLiteral("workspaceId")).toString();
        const OpResult add =
            runOp(new EnsureProfileAdminOp(s(), QString(), wsId, profileId, m_emu.sp().objectId));
        QVERIFY2(add.ok, qPrintable(add.error.summary()));
        QVERIFY(add.output.value(QStringLiteral("added")).toBool());
        const OpResult again =
            runOp(new EnsureProfileAdminOp(s(), QString(), wsId, profileId, m_emu.sp().objectId));
        QVERIFY(again.ok);
        QVERIFY(!again.output.value(QStringLiteral("added")).toBool());
        const auto seen = waitFor(s()->client()->listGroups(profileId));
        QVERIFY(seen && seen->ok());
        QCOMPARE(seen->items.size(), 1);
    }

    void assignCapacityPollsToCompletion()
    {
        const OpResult ws =
            runOp(new EnsureWorkspaceOp(s(), QString(), QStringLiteral("Capacity move test")));
        QVERIFY(ws.ok);
        const QString wsId = ws.output.value(QStringLiteral("workspaceId")).toString();
        const auto caps = waitFor(s()->client()->listCapacities());
        QVERIFY(caps && caps->ok() && !caps->items.isEmpty());
        QString active;
        for (const QJsonObject &c : caps->items) {
            if (Capacity::fromJson(c).state == QLatin1String("Active"))
                active = Capacity::fromJson(c).id;
        }
        QVERIFY(!active.isEmpty());
        auto *op = new AssignCapacityOp(s(), QString(), wsId, active);
        op->setPollInterval(50);
        const OpResult r = runOp(op);
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        QCOMPARE(r.output.value(QStringLiteral("status")).toString(),
                 QStringLiteral("CompletedSuccessfully"));
        const auto after = waitFor(s()->client()->getGroup(QString(), wsId));
        QVERIFY(after && after->ok());
        QCOMPARE(Workspace::fromJson(after->json()).capacityId.toLower(), active.toLower());
    }

    void cancelEndsOnceWithCancelled()
    {
        auto *op = new EnsureProfileOp(s(), QStringLiteral("C9003 – never"));
        auto result = std::make_shared<OpResult>();
        int count = 0;
        connect(op, &AsyncOp::finished, this, [&](const OpResult &r) {
            *result = r;
            ++count;
        });
        op->start();
        op->cancel();
        op->cancel();
        QTRY_COMPARE(count, 1);
        QTest::qWait(300);
        QCOMPARE(count, 1);
        QVERIFY(result->cancelled());
    }

    void importParametersCredentialsRefreshAndEmbed()
    {
        const OpResult p = runOp(new EnsureProfileOp(s(), QStringLiteral("C9004 – Content")));
        QVERIFY(p.ok);
        const QString profileId = p.output.value(QStringLiteral("profileId")).toString();
        const OpResult ws = runOp(new EnsureWorkspaceOp(s(), profileId, QStringLiteral("C9004 – Content")));
        QVERIFY(ws.ok);
        const QString wsId = ws.output.value(QStringLiteral("workspaceId")).toString();
        const QString pbix = QStringLiteral(TD_SOURCE_DIR "/resources/demo/sample-report.pbix");

        auto *imp = new ImportOp(s(), profileId, wsId, pbix, QStringLiteral("Sales & Margin + Q1"),
                                 QStringLiteral("Abort"));
        imp->setPollInterval(50);
        QSignalSpy upload(imp, &ImportOp::uploadProgress);
        const OpResult r = runOp(imp);
        QVERIFY2(r.ok, qPrintable(r.error.summary() + r.error.details()));
        QVERIFY(r.output.value(QStringLiteral("created")).toBool());
        QVERIFY(!upload.isEmpty());
        const QString datasetId = r.output.value(QStringLiteral("datasetId")).toString();
        const QString reportId = r.output.value(QStringLiteral("reportId")).toString();
        QVERIFY(Connection::isGuid(datasetId) && Connection::isGuid(reportId));
        // The name survives the query string as it was (&, + and spaces).
        const auto models = waitFor(s()->client()->listDatasets(profileId, wsId));
        QVERIFY(models && models->ok() && models->items.size() == 1);
        QCOMPARE(Dataset::fromJson(models->items.first()).name, QStringLiteral("Sales & Margin + Q1"));
        // Again: found, not uploaded twice.
        auto *again = new ImportOp(s(), profileId, wsId, pbix, QStringLiteral("Sales & Margin + Q1"),
                                   QStringLiteral("Abort"));
        const OpResult r2 = runOp(again);
        QVERIFY(r2.ok);
        QVERIFY(!r2.output.value(QStringLiteral("created")).toBool());
        QCOMPARE(r2.output.value(QStringLiteral("datasetId")).toString(), datasetId);

        // Parameters: the sample has Server and Database.
        const auto params = waitFor(s()->content()->listParameters(profileId, wsId, datasetId));
        QVERIFY(params && params->ok());
        QStringList names;
        for (const QJsonObject &o : params->items)
            names << MashupParameter::fromJson(o).name;
        QVERIFY2(names.contains(QStringLiteral("Server")) && names.contains(QStringLiteral("Database")),
                 qPrintable(names.join(',')));
        const auto upd = waitFor(s()->content()->updateParameters(
            profileId, wsId, datasetId, {{QStringLiteral("Server"), QStringLiteral("sql-c9004.example")}}));
        QVERIFY2(upd && upd->ok(), upd ? qPrintable(upd->error.summary()) : "timeout");

        // Without credentials the refresh fails with the service's code; with them it completes.
        auto *failing = new RefreshOp(s(), profileId, wsId, datasetId);
        failing->setPollInterval(50);
        const OpResult rf = runOp(failing);
        QVERIFY(!rf.ok);
        QVERIFY2(rf.error.summary().contains(QLatin1String("Credentials")), qPrintable(rf.error.summary()));
        DatasourceCredentials creds;
        creds.type = DatasourceCredentials::Type::Basic;
        creds.username = QStringLiteral("reader");
        creds.secret = QStringLiteral("pa55-word-c9004");
        const OpResult cr = runOp(new SetCredentialsOp(s(), profileId, wsId, datasetId, creds));
        QVERIFY2(cr.ok, qPrintable(cr.error.summary()));
        QVERIFY(cr.output.value(QStringLiteral("datasources")).toInt() >= 1);
        auto *refresh = new RefreshOp(s(), profileId, wsId, datasetId);
        refresh->setPollInterval(50);
        const OpResult rr = runOp(refresh);
        QVERIFY2(rr.ok, qPrintable(rr.error.summary()));
        QCOMPARE(rr.output.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));

        // Embed check as the profile succeeds; as another profile it fails with the service's error.
        GenerateTokenRequest tr;
        tr.reportIds = {reportId};
        tr.datasetIds = {datasetId};
        const OpResult ok = runOp(new EmbedCheckOp(s(), profileId, tr));
        QVERIFY2(ok.ok, qPrintable(ok.error.summary()));
        QVERIFY(QDateTime::fromString(ok.output.value(QStringLiteral("expiration")).toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());
        QVERIFY(!QJsonDocument(ok.output).toJson().contains("token\""));
        const OpResult other = runOp(new EnsureProfileOp(s(), QStringLiteral("C9005 – Other")));
        const OpResult denied =
            runOp(new EmbedCheckOp(s(), other.output.value(QStringLiteral("profileId")).toString(), tr));
        QVERIFY(!denied.ok);
        QVERIFY(denied.error.httpStatus == 401 || denied.error.httpStatus == 403);
        QVERIFY(!denied.requestId.isEmpty());
    }

    void missingFileFailsThatImportOnly()
    {
        const OpResult ws =
            runOp(new EnsureWorkspaceOp(s(), QString(), QStringLiteral("Import missing file")));
        QVERIFY(ws.ok);
        const OpResult r = runOp(new ImportOp(
            s(), QString(), ws.output.value(QStringLiteral("workspaceId")).toString(),
            QStringLiteral("/nonexistent/file.pbix"), QStringLiteral("Sales"), QStringLiteral("Abort")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.summary().contains(QLatin1String("/nonexistent/file.pbix")),
                 qPrintable(r.error.summary()));
    }
};

QTEST_GUILESS_MAIN(TestOps)
#include "tst_ops.moc"
