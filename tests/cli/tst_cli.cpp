#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EmulatorFixture.h"
#include "CliProcess.h"

class TestCli : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    QStringList addArgs(const QString &name) const
    {
        const auto sp = m_emu.sp();
        return {QStringLiteral("connections"),      QStringLiteral("add"),
                QStringLiteral("--name"),           name,
                QStringLiteral("--tenant-id"),      sp.tenantId,
                QStringLiteral("--client-id"),      sp.clientId,
                QStringLiteral("--secret-stdin"),   QStringLiteral("--base-url"),
                m_emu.server->baseUrl().toString(), QStringLiteral("--login-url"),
                m_emu.server->loginUrl().toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli(m_home.path(), {}).exitCode, 2);
        const CliResult r = runCli(m_home.path(), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown command"));
        // A secret is never taken from the command line.
        QStringList args = addArgs(QStringLiteral("X"));
        args.removeAll(QStringLiteral("--secret-stdin"));
        const CliResult noStdin = runCli(m_home.path(), args);
        QCOMPARE(noStdin.exitCode, 2);
        QVERIFY(noStdin.err.contains("--secret-stdin"));
    }

    void addListTestRemove()
    {
        const QByteArray secret = m_emu.sp().clientSecret.toUtf8();
        CliResult r = runCli(m_home.path(), addArgs(QStringLiteral("Emu")), secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Adding the same name twice is refused.
        QCOMPARE(runCli(m_home.path(), addArgs(QStringLiteral("Emu")), secret + "\n").exitCode, 1);

        r = runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("connections"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Emu"));
        // The secret is in the keychain, not in any file under the CLI's directories.
        QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }

        r = runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("connections"),
                                   QStringLiteral("test"), QStringLiteral("Emu")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool());
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

        QCOMPARE(runCli(m_home.path(),
                        {QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("Nope")})
                     .exitCode,
                 4);
    }

    void wrongSecretFailsTheTest()
    {
        CliResult r = runCli(m_home.path(), addArgs(QStringLiteral("Wrong")), "not-the-secret\n");
        QCOMPARE(r.exitCode, 0);
        r = runCli(m_home.path(),
                   {QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("Wrong")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("AADSTS7000215") || r.err.toLower().contains("secret"), r.err.constData());
        QVERIFY(!r.err.contains("not-the-secret"));
        QCOMPARE(runCli(m_home.path(),
                        {QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("Wrong")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(m_home.path(),
                        {QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("Wrong")})
                     .exitCode,
                 4);
    }

    void customersImportListExport()
    {
        const QString csv = m_home.filePath(QStringLiteral("customers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customerId,displayName,profileId\nC0001,Fabrikam,\nbad id,X,\nC0002,Contoso,\n");
        f.close();
        CliResult r = runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("customers"),
                                             QStringLiteral("import"), QStringLiteral("--connection"),
                                             QStringLiteral("Emu"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 1); // one row refused: non-zero, and nothing stored
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 1);
        QVERIFY(
            o.value(QStringLiteral("errors")).toArray().at(0).toString().startsWith(QLatin1String("line 3")));
        r = runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customerId,displayName,profileId\nC0001,Fabrikam,\nC0002,Contoso,\n");
        f.close();
        r = runCli(m_home.path(),
                   {QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("--connection"),
                    QStringLiteral("Emu"), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 added, 0 updated"), r.out.constData());
        // A device is not a CSV: refused at once, never read to the end.
        r = runCli(m_home.path(),
                   {QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("--connection"),
                    QStringLiteral("Emu"), QStringLiteral("--csv"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("/dev/zero") && r.err.contains("not a regular file"), r.err.constData());
        r = runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        const QString outCsv = m_home.filePath(QStringLiteral("out.csv"));
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("customers"), QStringLiteral("export"),
                                        QStringLiteral("--csv"), outCsv})
                     .exitCode,
                 0);
        QFile back(outCsv);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll().contains("C0002,Contoso"));
    }

    // Processes that start together on a fresh home each open (and create) the stores: the schema is
    // created once, under a write lock, and the others wait for it instead of failing.
    void concurrentFirstStartsOpenTheStores()
    {
        int failures = 0;
        QStringList why;
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir home;
            QList<QProcess *> procs;
            for (int i = 0; i < 4; ++i) {
                auto *p = new QProcess(this);
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
                env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
                p->setProcessEnvironment(env);
                procs.append(p);
            }
            for (QProcess *p : procs)
                p->start(QStringLiteral(TD_CLI_PATH), {QStringLiteral("customers"), QStringLiteral("list")});
            for (QProcess *p : procs) {
                QVERIFY(p->waitForFinished(30000));
                if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                    ++failures;
                    why << QString::fromUtf8(p->readAllStandardError()).left(200);
                }
                delete p;
            }
        }
        QVERIFY2(failures == 0, qPrintable(QString::number(failures) + QStringLiteral(" of 24: ") +
                                           why.join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
