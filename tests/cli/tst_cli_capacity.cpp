// tenantdesk-cli capacities list / assign-capacity against an in-process emulator: usage errors, the
// dry run (the plan with each finding, nothing changed), a run by customers (resolved through the
// registry) and by workspaces, the result CSV, and `jobs resume` accepting an assign-capacity job.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EmulatorFixture.h"
#include "CliProcess.h"
#include "DemoSeed.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"

namespace {
QString customer(int n)
{
    return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
           emu::DemoSeed::customerNames().at(n - 1);
}
QString profileOf(int n)
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + customer(n));
}
QString workspaceOf(int n)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + customer(n));
}
QString cap(const char *name)
{
    return emu::DemoSeed::id(QStringLiteral("capacity:") + QLatin1String(name));
}
} // namespace

class TestCliCapacity : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    QString capacityOf(int n) const
    {
        const emu::Workspace *w = m_emu.server->state()->workspaces().find(workspaceOf(n));
        return w ? w->capacityId : QString();
    }
    CliResult cli(const QStringList &args) { return runCli(m_home.path(), args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
        CliResult r = addEmulatorConnection(m_home.path(), m_emu);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray csv = "customerId,displayName,identity,profileId,workspaceIds\n";
        for (int n : {1, 5, 7})
            csv += QStringLiteral("C%1,%2,profile,%3,%4\n")
                       .arg(n, 4, 10, QLatin1Char('0'))
                       .arg(customer(n), profileOf(n), workspaceOf(n))
                       .toUtf8();
        QFile f(m_home.filePath(QStringLiteral("customers.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        r = cli({QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("--connection"),
                 QStringLiteral("Emu"), QStringLiteral("--csv"), f.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void capacitiesList()
    {
        const CliResult r =
            cli({QStringLiteral("--json"), QStringLiteral("capacities"), QStringLiteral("list"),
                 QStringLiteral("--connection"), QStringLiteral("Emu")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 5); // FIN-P1 is invisible to the demo app
        bool suspended = false;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("displayName")).toString() == QLatin1String("EMB-WEU-OLD"))
                suspended = o.value(QLatin1String("state")).toString() == QLatin1String("Suspended");
        }
        QVERIFY(suspended);
        const CliResult text = cli({QStringLiteral("capacities"), QStringLiteral("list"),
                                    QStringLiteral("--connection"), QStringLiteral("Emu")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("EMB-NEU-1\tA1\tNorth Europe\tActive\tAssign"));
        QCOMPARE(cli({QStringLiteral("capacities"), QStringLiteral("list")}).exitCode, 2);
    }

    void usageErrors()
    {
        const QString conn = QStringLiteral("--connection");
        QCOMPARE(cli({QStringLiteral("assign-capacity"), conn, QStringLiteral("Emu"),
                      QStringLiteral("--customers"), QStringLiteral("C0001")})
                     .exitCode,
                 2); // no --capacity
        QCOMPARE(cli({QStringLiteral("assign-capacity"), conn, QStringLiteral("Emu"),
                      QStringLiteral("--capacity"), cap("EMB-NEU-1"), QStringLiteral("--customers"),
                      QStringLiteral("C0001"), QStringLiteral("--workspaces"), workspaceOf(1)})
                     .exitCode,
                 2); // both lists
        QCOMPARE(
            cli({QStringLiteral("assign-capacity"), conn, QStringLiteral("Emu"), QStringLiteral("--capacity"),
                 QStringLiteral("EMB-NEU-1"), QStringLiteral("--customers"), QStringLiteral("C0001")})
                .exitCode,
            2); // a name, not an id
        const CliResult unknown =
            cli({QStringLiteral("assign-capacity"), conn, QStringLiteral("Emu"), QStringLiteral("--capacity"),
                 cap("EMB-NEU-1"), QStringLiteral("--customers"), QStringLiteral("C0001,C0999")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("C0999"));
        QCOMPARE(capacityOf(1), cap("EMB-WEU-1"));
    }

    void dryRunPrintsThePlanAndChangesNothing()
    {
        const QStringList args{QStringLiteral("assign-capacity"),
                               QStringLiteral("--connection"),
                               QStringLiteral("Emu"),
                               QStringLiteral("--capacity"),
                               cap("EMB-NEU-1"),
                               QStringLiteral("--customers"),
                               QStringLiteral("C0001,C0007"),
                               QStringLiteral("--dry-run")};
        const CliResult json = cli(QStringList{QStringLiteral("--json")} + args);
        QCOMPARE(json.exitCode, 1); // C0007 is blocked
        const QJsonObject plan = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(plan.value(QLatin1String("toMove")).toInt(), 1);
        QCOMPARE(plan.value(QLatin1String("blocked")).toInt(), 1);
        QCOMPARE(plan.value(QLatin1String("dryRun")).toBool(), true);
        bool sawRule = false;
        for (const QJsonValue &v : plan.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = v.toObject();
            if (item.value(QLatin1String("workspaceId"))
                    .toString()
                    .compare(workspaceOf(7), Qt::CaseInsensitive))
                continue;
            QCOMPARE(item.value(QLatin1String("action")).toString(), QStringLiteral("blocked"));
            const QJsonObject f = item.value(QLatin1String("findings")).toArray().first().toObject();
            sawRule = f.value(QLatin1String("rule")).toString() == QLatin1String("caller-not-admin") &&
                      !f.value(QLatin1String("whatToDo")).toString().isEmpty();
        }
        QVERIFY(sawRule);
        const CliResult text = cli(args);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("[caller-not-admin]"), text.out.constData());
        QVERIFY(text.out.contains("[crosses-regions]")); // West Europe -> North Europe
        QCOMPARE(capacityOf(1), cap("EMB-WEU-1"));
        QCOMPARE(capacityOf(7), cap("EMB-NEU-1"));
    }

    void runByCustomersAndByWorkspaces()
    {
        const QString result = m_home.filePath(QStringLiteral("moves.csv"));
        CliResult r =
            cli({QStringLiteral("assign-capacity"), QStringLiteral("--connection"), QStringLiteral("Emu"),
                 QStringLiteral("--capacity"), cap("EMB-NEU-1"), QStringLiteral("--customers"),
                 QStringLiteral("C0001"), QStringLiteral("--poll-ms"), QStringLiteral("20"),
                 QStringLiteral("--result"), result});
        QVERIFY2(r.exitCode == 0, r.err.constData() + r.out);
        QVERIFY2(r.out.contains("1 done, 0 failed, 0 cancelled of 1; 0 blocked"), r.out.constData());
        QCOMPARE(capacityOf(1), cap("EMB-NEU-1"));
        QFile f(result);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("workspaceId,workspaceName,identity,previousCapacityId"));
        QVERIFY(csv.contains(cap("EMB-WEU-1").toUtf8()));
        QVERIFY(csv.contains("CompletedSuccessfully"));

        r = cli({QStringLiteral("--json"), QStringLiteral("assign-capacity"), QStringLiteral("--connection"),
                 QStringLiteral("Emu"), QStringLiteral("--capacity"), QStringLiteral("shared"),
                 QStringLiteral("--workspaces"), workspaceOf(5), QStringLiteral("--poll-ms"),
                 QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QString jobId = doc.value(QLatin1String("jobId")).toString();
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(doc.value(QLatin1String("done")).toInt(), 1);
        QCOMPARE(doc.value(QLatin1String("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("identity"))
                     .toString(),
                 profileOf(5)); // the registry's profile, found from the workspace id
        QCOMPARE(capacityOf(5), QString());

        // jobs resume accepts an assign-capacity job (already ended: it reports it)
        r = cli({QStringLiteral("jobs"), QStringLiteral("resume"), jobId});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
};

QTEST_MAIN(TestCliCapacity)
#include "tst_cli_capacity.moc"
