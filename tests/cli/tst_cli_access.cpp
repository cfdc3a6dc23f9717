// tenantdesk-cli check-access against the in-process demo emulator: text and --json output, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/DemoIds.h"
#include "../core/EmulatorFixture.h"
#include "CliProcess.h"
#include "EmulatorState.h"

using namespace demoids;

class TestCliAccess : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    QStringList checkArgs(int customer, bool json = true) const
    {
        QStringList args{QStringLiteral("check-access"),
                         QStringLiteral("--connection"),
                         QStringLiteral("Emu"),
                         QStringLiteral("--profile"),
                         profileId(customer),
                         QStringLiteral("--report"),
                         reportId(customer)};
        if (json)
            args.prepend(QStringLiteral("--json"));
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
        const CliResult r = addEmulatorConnection(m_home.path(), m_emu);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void healthyCustomerExitsZero()
    {
        const CliResult r = runCli(m_home.path(), checkArgs(1));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("passed")).toBool(), true);
        const QJsonArray links = o.value(QLatin1String("links")).toArray();
        QCOMPARE(links.size(), 8);
        QCOMPARE(links.at(7).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("generate-token"));
        QCOMPARE(links.at(7).toObject().value(QLatin1String("status")).toString(), QStringLiteral("pass"));
        QVERIFY(!links.at(7)
                     .toObject()
                     .value(QLatin1String("evidence"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("requestId"))
                     .toString()
                     .isEmpty());
        QVERIFY(!r.out.contains(m_emu.sp().clientSecret.toUtf8()));
    }

    void brokenLinkExitsOne()
    {
        // C0018 is on shared capacity: link 6 fails.
        CliResult r = runCli(m_home.path(), checkArgs(18));
        QCOMPARE(r.exitCode, 1);
        const QJsonArray links =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("links")).toArray();
        QCOMPARE(links.at(5).toObject().value(QLatin1String("key")).toString(), QStringLiteral("capacity"));
        QCOMPARE(links.at(5).toObject().value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        // Text mode prints the ticket report.
        r = runCli(m_home.path(), checkArgs(7, false));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("3. [FAIL]"), r.out.constData());
        QVERIFY(r.out.contains("RequestId"));
    }

    void expiredSecretIsLinkOne()
    {
        m_emu.server->state()->setSecretExpired(m_emu.sp().clientId, true);
        const CliResult r = runCli(m_home.path(), checkArgs(1));
        m_emu.server->state()->setSecretExpired(m_emu.sp().clientId, false);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject token =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(token.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY(token.value(QLatin1String("finding")).toString().contains(QLatin1String("AADSTS7000222")));
    }

    void usageErrors()
    {
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("check-access"), QStringLiteral("--connection"),
                                        QStringLiteral("Emu")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("check-access"), QStringLiteral("--connection"),
                                        QStringLiteral("Nope"), QStringLiteral("--report"), reportId(1)})
                     .exitCode,
                 4);
    }
};

QTEST_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
