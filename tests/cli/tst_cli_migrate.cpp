// tenantdesk-cli migrate against an in-process emulator with the seeded pre-profile app: plan (dry run)
// with a CSV mapping, cleanup refused without --yes on non-interactive stdin, a run killed mid-way then
// run again (no duplicate profile), validate, cleanup, restore.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EmulatorFixture.h"
#include "CliProcess.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"

namespace {
const QString kMaster = QStringLiteral("embed.master@contoso-isv.example");
QString legacy(const QString &name)
{
    return QStringLiteral("Legacy \u2013 ") + name;
}
} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    CliResult cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCli(m_home.path(), args, stdinData);
    }
    QStringList base(const QString &verb) const
    {
        return {QStringLiteral("migrate"), verb, QStringLiteral("--connection"), QStringLiteral("Emu")};
    }
    const emu::Workspace *workspace(const QString &name) const
    {
        for (const emu::Workspace &w : m_emu.server->state()->workspaces().items()) {
            if (w.name == name)
                return &w;
        }
        return nullptr;
    }
    int profilesNamed(const QString &name) const
    {
        int n = 0;
        for (const emu::Profile &p : m_emu.server->state()->profiles().items())
            n += p.displayName == name ? 1 : 0;
        return n;
    }
    bool hasSpOwn(const emu::Workspace *w) const
    {
        for (const emu::Member &m : w->members) {
            if (m.principalType == QLatin1String("App") && m.profileId.isEmpty())
                return true;
        }
        return false;
    }
    bool hasMaster(const emu::Workspace *w) const
    {
        for (const emu::Member &m : w->members) {
            if (m.identifier.compare(kMaster, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
        const CliResult r = addEmulatorConnection(m_home.path(), m_emu);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usageAndRefusals()
    {
        QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("plan")}).exitCode, 2); // no --connection
        QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("fly"), QStringLiteral("--connection"),
                      QStringLiteral("Emu")})
                     .exitCode,
                 2);
        const CliResult noYes = cli(base(QStringLiteral("cleanup")));
        QCOMPARE(noYes.exitCode, 2);
        QVERIFY2(noYes.err.contains("--yes"), noYes.err.constData());
        QVERIFY(noYes.err.contains("Nothing was changed"));
        QCOMPARE(cli(base(QStringLiteral("validate"))).exitCode, 1); // no plan yet
    }

    void planWithCsvMapping()
    {
        const QString a = workspace(legacy(QStringLiteral("Aurora Mills")))->id;
        const QString b = workspace(legacy(QStringLiteral("Bayside Dental")))->id;
        QFile f(m_home.filePath(QStringLiteral("map.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("customerId,displayName,workspaceId\nA1,Aurora,%1\nA1,,%2\nX9,Nowhere,"
                               "00000000-0000-4000-8000-000000000000\n")
                    .arg(a, b)
                    .toUtf8());
        f.close();
        QStringList args = base(QStringLiteral("plan"));
        args << QStringLiteral("--mapping") << f.fileName() << QStringLiteral("--master-user") << kMaster;
        const CliResult r = cli(QStringList{QStringLiteral("--json")} + args);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{'))).object();
        const QJsonArray customers = o.value(QStringLiteral("customers")).toArray();
        QCOMPARE(customers.size(), 1);
        const QJsonObject c = customers.first().toObject();
        QCOMPARE(c.value(QStringLiteral("workspaces")).toArray().size(), 2); // grouped
        QCOMPARE(c.value(QStringLiteral("removals")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("excluded")).toArray().size(),
                 22);                                         // with the health seed's "Fabrikam – Archive"
        QCOMPARE(profilesNamed(QStringLiteral("Aurora")), 0); // dry run
    }

    void killedRunThenRunAgainThenValidateCleanupRestore()
    {
        // Back to the pattern over every legacy workspace.
        QStringList plan = base(QStringLiteral("plan"));
        plan << QStringLiteral("--pattern") << QStringLiteral("Legacy \u2013 {name}");
        const CliResult planned = cli(plan);
        QVERIFY2(planned.exitCode == 0, (planned.out + planned.err).constData());
        QVERIFY(planned.out.contains("Plan: 20 customer(s)"));
        emu::FaultSettings slow;
        slow.latencyMs = 30;
        m_emu.server->setFaults(slow);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TD_CLI_PATH), base(QStringLiteral("run")));
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("[2/") || p.state() == QProcess::NotRunning;
            },
            20000));
        QCOMPARE(p.state(), QProcess::Running);
        p.kill(); // SIGKILL between steps: nothing more is journaled
        QVERIFY(p.waitForFinished(5000));
        m_emu.server->setFaults({});
        const CliResult again = cli(base(QStringLiteral("run")));
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        for (const QString &n : {QStringLiteral("Aurora Mills"), QStringLiteral("Tidewater Marine"),
                                 QStringLiteral("Juniper Health")})
            QCOMPARE(profilesNamed(n), 1);
        QStringList validate = base(QStringLiteral("validate"));
        validate << QStringLiteral("--rls-role") << QStringLiteral("Customer");
        const CliResult v = cli(QStringList{QStringLiteral("--json")} + validate);
        QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
        QCOMPARE(QJsonDocument::fromJson(v.out).object().value(QStringLiteral("passed")).toInt(), 20);
        QStringList clean = base(QStringLiteral("cleanup"));
        clean << QStringLiteral("--yes");
        const CliResult c = cli(clean);
        QVERIFY2(c.exitCode == 0, (c.out + c.err).constData());
        QVERIFY(c.out.contains("40 access entr(ies) removed"));
        const emu::Workspace *w = workspace(legacy(QStringLiteral("Juniper Health")));
        QVERIFY(!hasSpOwn(w));
        QVERIFY(!hasMaster(w));
        QCOMPARE(cli(clean).exitCode, 1); // nothing left to clean up
        QStringList restore = base(QStringLiteral("restore"));
        restore << QStringLiteral("--customer") << QStringLiteral("juniper-health");
        const CliResult r = cli(restore);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.out.contains("2 access entr(ies) put back"));
        QVERIFY(hasSpOwn(w));
        QVERIFY(hasMaster(w));
        QVERIFY(!hasSpOwn(workspace(legacy(QStringLiteral("Aurora Mills")))));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
