// tenantdesk-cli health against an in-process demo emulator: --json findings, --fix refused without
// --yes on a non-interactive stdin (exit 2, nothing changed), --fix --yes applies and re-checks.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EmulatorFixture.h"
#include "../core/HealthTestSupport.h"
#include "CliProcess.h"

class TestCliHealth : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    bool masterUserOnC0003() const
    {
        const emu::Workspace *w = m_emu.server->state()->findWorkspace(tdtest::demoWorkspaceId(3));
        return w && w->findMember(emu::principalKeyForUser(emu::DemoSeed::MasterUser));
    }
    QStringList args(const QStringList &more) const
    {
        return QStringList{QStringLiteral("health"), QStringLiteral("--connection"), QStringLiteral("Emu")} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
        const CliResult r = addEmulatorConnection(m_home.path(), m_emu);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usage()
    {
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("health")}).exitCode, 2);
        const CliResult bad =
            runCli(m_home.path(), args({QStringLiteral("--fix"), QStringLiteral("no-such-rule")}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("no-such-rule"));
        QCOMPARE(runCli(m_home.path(),
                        {QStringLiteral("health"), QStringLiteral("--connection"), QStringLiteral("Nope")})
                     .exitCode,
                 4);
    }

    void jsonFindings()
    {
        const CliResult r = runCli(m_home.path(), QStringList{QStringLiteral("--json")} + args({}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
        QSet<QString> rules;
        bool leftoverFixable = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            rules.insert(o.value(QStringLiteral("rule")).toString());
            QVERIFY(!o.value(QStringLiteral("severity")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("objects")).toArray().isEmpty());
            QVERIFY(o.contains(QStringLiteral("fixAvailable")));
            if (o.value(QStringLiteral("rule")).toString() == QLatin1String("leftover-user") &&
                o.value(QStringLiteral("fixAvailable")).toBool())
                leftoverFixable = true;
        }
        // (profile-workspace-limit needs the demo-limit seed: tst_health_limit)
        for (const char *rule : {"profile-not-admin", "parent-sp-still-member", "leftover-user",
                                 "no-capacity", "orphan-profile", "orphan-workspace", "registry-drift",
                                 "refresh-failed", "missing-credentials", "shared-workspace"})
            QVERIFY2(rules.contains(QString::fromLatin1(rule)), rule);
        QVERIFY(leftoverFixable);
        QVERIFY(!r.out.contains(m_emu.sp().clientSecret.toUtf8()));
    }

    void fixNeedsConfirmation()
    {
        QVERIFY(masterUserOnC0003());
        const CliResult r =
            runCli(m_home.path(), args({QStringLiteral("--fix"), QStringLiteral("leftover-user")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--yes"));
        QVERIFY(masterUserOnC0003());
    }

    void fixWithYes()
    {
        QVERIFY(masterUserOnC0003());
        const CliResult r = runCli(
            m_home.path(),
            QStringList{QStringLiteral("--json")} +
                args({QStringLiteral("--fix"), QStringLiteral("leftover-user"), QStringLiteral("--yes")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!masterUserOnC0003());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray fixes = doc.value(QStringLiteral("fixes")).toArray();
        QCOMPARE(fixes.size(), 1);
        QVERIFY(fixes.first().toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(!fixes.first().toObject().value(QStringLiteral("requestId")).toString().isEmpty());
        // The re-check: only C0007's leftover user (no identity of ours is Admin there) remains.
        const QJsonArray remaining = doc.value(QStringLiteral("remaining")).toArray();
        QCOMPARE(remaining.size(), 1);
        QVERIFY(!remaining.first().toObject().value(QStringLiteral("fixAvailable")).toBool());
        // A second run finds nothing left to fix.
        const CliResult again =
            runCli(m_home.path(),
                   args({QStringLiteral("--fix"), QStringLiteral("leftover-user"), QStringLiteral("--yes")}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Nothing to fix"));
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_cli_health.moc"
