// The health check's profile-workspace-limit rule end to end on the "demo-limit" seed (C0044 with 901
// workspaces). A test of its own: crawling 900 more workspaces takes seconds, the other health tests use
// the plain demo seed.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "HealthTestSupport.h"
#include "app/health/HealthCheck.h"
#include "app/health/HealthRule.h"
#include "app/inventory/InventoryStore.h"

using namespace td;

class TestHealthLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileNearTheLimit()
    {
        EmulatorFixture f;
        QVERIFY(f.start(QStringLiteral("demo-limit")));
        QTemporaryDir dir;
        InventoryStore store(dir.filePath(QStringLiteral("inv.sqlite")));
        CustomerRegistry registry(dir.filePath(QStringLiteral("reg.sqlite")));
        QVERIFY(store.open() && registry.open());
        QVERIFY(tdtest::seedDemoRegistry(*f.server, registry, f.connection().id) >= 45);
        HealthCheck check(f.session.get(), &store, &registry);
        QSignalSpy done(&check, &HealthCheck::finished);
        check.start();
        QVERIFY(done.wait(60000));
        const HealthReport r = done.first().first().value<HealthReport>();
        QCOMPARE(r.status, QStringLiteral("completed"));
        QVERIFY(r.workspaces > 900);
        // Every rule has a finding on this seed.
        for (const QString &rule : HealthRuleSet().ids())
            QVERIFY2(!r.byRule(rule).isEmpty(), qPrintable(rule));
        const QVector<HealthFinding> limit = r.byRule(QStringLiteral("profile-workspace-limit"));
        QCOMPARE(limit.size(), 1);
        QCOMPARE(limit.first().objects.first().id, tdtest::demoProfileId(44));
        QCOMPARE(limit.first().severity, HealthSeverity::Warning); // 901 < 1,000
        QVERIFY(limit.first().explanation.contains(QStringLiteral("901")));
        QVERIFY(!limit.first().fix.isAvailable()); // no API fix: says what to do instead
        QVERIFY(!limit.first().advice.isEmpty());
        // The 900 empty store workspaces add nothing else: on a capacity, in the registry, C0044 their Admin.
        for (const HealthFinding &x : r.findings) {
            if (x.ruleId != QLatin1String("profile-workspace-limit"))
                QVERIFY2(!x.objectsText().contains(QStringLiteral("Store ")), qPrintable(x.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthLimit)
#include "tst_health_limit.moc"
