// EstateSummary (workspaces per capacity, grouped by region) over hand-made inventory rows and over a real
// InventoryStore file, and InventoryStore::setWorkspaceCapacity (a finished assignment written back).
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "app/capacity/EstateSummary.h"
#include "app/inventory/InventoryStore.h"

using namespace td;

namespace {

const QString kConn = QStringLiteral("c0000000-0000-0000-0000-000000000001");
const QString kWeu1 = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
const QString kWeu2 = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002");
const QString kEus = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003");
const QString kGone = QStringLiteral("aaaaaaaa-0000-0000-0000-0000000000ff");

InvCapacity cap(const QString &id, const QString &name, const QString &sku, const QString &region,
                const QString &state = QStringLiteral("Active"))
{
    return {kConn, id, name, sku, region, state};
}

InvWorkspace ws(const QString &id, const QString &capacityId, const QString &profileId = {})
{
    InvWorkspace w;
    w.connectionId = kConn;
    w.id = id;
    w.name = id;
    w.profileId = profileId;
    w.capacityId = capacityId;
    return w;
}

Workspace apiWs(const QString &id, const QString &capacityId)
{
    Workspace w;
    w.id = id;
    w.name = QStringLiteral("ws ") + id;
    w.capacityId = capacityId;
    w.isOnDedicatedCapacity = !capacityId.isEmpty();
    w.raw = QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), w.name},
                        {QStringLiteral("isOnDedicatedCapacity"), w.isOnDedicatedCapacity}};
    if (!capacityId.isEmpty())
        w.raw.insert(QStringLiteral("capacityId"), capacityId.toUpper());
    return w;
}

Capacity apiCap(const QString &id, const QString &name, const QString &region, const QString &state)
{
    Capacity c;
    c.id = id;
    c.displayName = name;
    c.sku = QStringLiteral("A1");
    c.region = region;
    c.state = state;
    return c;
}

} // namespace

class TestEstateSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsGroupsAndOrder()
    {
        const QVector<InvCapacity> caps{
            cap(kWeu2, QStringLiteral("EMB-WEU-2"), QStringLiteral("A1"), QStringLiteral("West Europe")),
            cap(kEus, QStringLiteral("EMB-EUS-1"), QStringLiteral("A4"), QStringLiteral("East US")),
            cap(kWeu1.toUpper(), QStringLiteral("EMB-WEU-1"), QStringLiteral("A2"),
                QStringLiteral("West Europe"), QStringLiteral("Suspended"))};
        const QVector<InvWorkspace> wss{
            ws(QStringLiteral("w1"), kWeu1),
            ws(QStringLiteral("w1"), kWeu1, QStringLiteral("p1")), // the same workspace through a profile
            ws(QStringLiteral("w2"), kWeu1.toUpper()),
            ws(QStringLiteral("w3"), kEus),
            ws(QStringLiteral("w4"), QString()),
            ws(QStringLiteral("w5"), QStringLiteral("00000000-0000-0000-0000-000000000000")),
            ws(QStringLiteral("w6"), kGone)};
        const EstateSummary s = EstateSummary::compute(caps, wss);
        QCOMPARE(s.totalWorkspaces(), 6);
        QCOMPARE(s.capacities().size(), 5); // 3 listed, 1 unlisted, shared
        QStringList names;
        for (const EstateCapacity &c : s.capacities())
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("EMB-EUS-1"), QStringLiteral("EMB-WEU-1"),
                                     QStringLiteral("EMB-WEU-2"), kGone, EstateSummary::sharedName()}));
        QCOMPARE(s.workspacesOn(kWeu1), 2);
        QCOMPARE(s.workspacesOn(kWeu2.toUpper()), 0); // listed and empty: still a bar
        QCOMPARE(s.workspacesOn(kEus), 1);
        QCOMPARE(s.workspacesOn(kGone), 1);
        QCOMPARE(s.workspacesOn(QString()), 2);
        QCOMPARE(s.workspacesOn(QStringLiteral("00000000-0000-0000-0000-000000000000")), 2);
        QCOMPARE(s.find(kWeu1)->state, QStringLiteral("Suspended"));
        QCOMPARE(s.find(kWeu1)->sku, QStringLiteral("A2"));
        QVERIFY(s.find(kWeu1)->listed);
        QVERIFY(!s.find(kGone)->listed);
        QVERIFY(s.find(QString())->isShared());
        QCOMPARE(s.regions(),
                 (QStringList{QStringLiteral("East US"), QStringLiteral("West Europe"), QString()}));
        QCOMPARE(s.inRegion(QStringLiteral("West Europe")).size(), 2);
        QCOMPARE(s.maxWorkspaces(), 2);
        QVERIFY(!s.find(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000000")));
    }

    void emptyInventoryHasSharedOnly()
    {
        const EstateSummary s = EstateSummary::compute({}, {});
        QCOMPARE(s.capacities().size(), 1);
        QCOMPARE(s.totalWorkspaces(), 0);
        QVERIFY(s.capacities().first().isShared());
    }

    void fromStoreAndAfterAMove()
    {
        QTemporaryDir dir;
        InventoryStore store(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(store.open());
        QVERIFY(
            store.replaceCapacities(kConn, {apiCap(kWeu1, QStringLiteral("EMB-WEU-1"),
                                                   QStringLiteral("West Europe"), QStringLiteral("Active")),
                                            apiCap(kEus, QStringLiteral("EMB-EUS-1"),
                                                   QStringLiteral("East US"), QStringLiteral("Active"))}));
        const QString p1 = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001");
        const QString w1 = QStringLiteral("dddddddd-0000-0000-0000-000000000001");
        const QString w2 = QStringLiteral("dddddddd-0000-0000-0000-000000000002");
        const QString w3 = QStringLiteral("dddddddd-0000-0000-0000-000000000003");
        QVERIFY(store.replaceProfiles(kConn, {Profile{p1, QStringLiteral("C1"), {}}}));
        QVERIFY(store.replaceWorkspaces(kConn, QString(), {apiWs(w1, kWeu1), apiWs(w3, QString())}));
        QVERIFY(store.replaceWorkspaces(kConn, p1, {apiWs(w1, kWeu1), apiWs(w2, kWeu1)}));

        EstateSummary s = EstateSummary::fromInventory(store, kConn);
        QCOMPARE(s.totalWorkspaces(), 3);
        QCOMPARE(s.workspacesOn(kWeu1), 2);
        QCOMPARE(s.workspacesOn(kEus), 0);
        QCOMPARE(s.workspacesOn(QString()), 1);

        // w1 moves to East US (both identities' rows), w3 from shared to West Europe, w2 to shared.
        QVERIFY(store.setWorkspaceCapacity(w1, kEus.toUpper()));
        QVERIFY(store.setWorkspaceCapacity(w3, kWeu1));
        QVERIFY(store.setWorkspaceCapacity(w2, QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(store.setWorkspaceCapacity(QStringLiteral("dddddddd-0000-0000-0000-0000000000ff"), kEus));
        s = EstateSummary::fromInventory(store, kConn);
        QCOMPARE(s.totalWorkspaces(), 3);
        QCOMPARE(s.workspacesOn(kWeu1), 1);
        QCOMPARE(s.workspacesOn(kEus), 1);
        QCOMPARE(s.workspacesOn(QString()), 1);
        for (const InvWorkspace &w : store.workspacesOf(kConn, p1)) {
            if (w.id == w1)
                QCOMPARE(w.capacityId, kEus);
            if (w.id == w2)
                QCOMPARE(w.capacityId, QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestEstateSummary)
#include "tst_estate_summary.moc"
