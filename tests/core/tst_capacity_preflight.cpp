// Capacity assignment pre-flight against the demo emulator: one seeded case per rule, the identity each
// move is made as, and that nothing is written (PreflightRules, CapacityPreflight, CapacityPlan).
#include <QTest>

#include "CapacityTestRig.h"
#include "app/capacity/PreflightRules.h"

using namespace td;

class TestCapacityPreflight : public QObject
{
    Q_OBJECT
    CapacityTestRig rig;

    static const PlanItem *itemFor(const CapacityPlan &plan, const QString &workspaceId)
    {
        for (const PlanItem &i : plan.items) {
            if (i.workspace.workspaceId.compare(workspaceId, Qt::CaseInsensitive) == 0)
                return &i;
        }
        return nullptr;
    }
    static QStringList rules(const PlanItem *item)
    {
        QStringList out;
        for (const PreflightFinding &f : item->findings) {
            out << f.ruleId;
            if (f.message.isEmpty() || f.whatToDo.isEmpty())
                qWarning("finding %s without message or what to do", qPrintable(f.ruleId));
        }
        return out;
    }

private Q_SLOTS:
    void init() { QVERIFY(rig.start()); }
    void cleanup()
    {
        rig.engine.reset();
        rig.emu.stop();
    }

    void ruleIdsAreStableAndUnique()
    {
        const QStringList ids = PreflightRules::allRuleIds();
        QCOMPARE(ids.size(), 8);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 8);
        QVERIFY(ids.contains(QStringLiteral("caller-not-admin")));
        QVERIFY(ids.contains(QStringLiteral("capacity-no-rights")));
    }

    void estimateFollowsConcurrencyAndRateLimit()
    {
        PlanEstimateParams p;
        p.itemsAtOnce = 4;
        p.pollMs = 2000;
        p.pollsPerMove = 3;
        p.requestMs = 0;
        p.requestsPerHour = 0;
        QCOMPARE(CapacityPlan::estimateMs(8, p), qint64(2 * 3 * 2000));
        p.requestsPerHour = 360; // 4 requests per move -> 40 s each
        QCOMPARE(CapacityPlan::estimateMs(8, p), qint64(8 * 4 * 10000));
        QCOMPARE(CapacityPlan::estimateMs(0, p), qint64(0));
    }

    void oneCasePerRuleTowardsWestEurope2()
    {
        const QString unknown = QStringLiteral("0b0b0b0b-1111-4222-8333-444444444444");
        const QString sales = CapacityTestRig::workspaceNamed(QStringLiteral("Sales Template"));
        const QVector<AssignTarget> targets{
            CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1)), // move
            CapacityTestRig::target(CapacityTestRig::workspaceOf(2), CapacityTestRig::profileOf(2)), // on it
            CapacityTestRig::target(CapacityTestRig::workspaceOf(3)), // North Europe, no hint
            CapacityTestRig::target(CapacityTestRig::workspaceOf(7), CapacityTestRig::profileOf(7)), // Member
            CapacityTestRig::target(CapacityTestRig::workspaceOf(12)), // SP and profile are Admin
            CapacityTestRig::target(sales),                            // only the SP is Admin
            CapacityTestRig::target(unknown)};
        ApiError error;
        const CapacityPlan plan = rig.preflight(targets, CapacityTestRig::cap("EMB-WEU-2"), &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(plan.items.size(), 7);
        QCOMPARE(plan.target.displayName, QStringLiteral("EMB-WEU-2"));

        const PlanItem *c1 = itemFor(plan, CapacityTestRig::workspaceOf(1));
        QCOMPARE(c1->action, PlanAction::Move);
        QVERIFY(c1->findings.isEmpty());
        QCOMPARE(c1->workspace.adminProfileId, CapacityTestRig::profileOf(1));
        QVERIFY(c1->workspace.adminVerified);
        QCOMPARE(c1->workspace.currentCapacityId, CapacityTestRig::cap("EMB-WEU-1"));
        QCOMPARE(c1->workspace.region, QStringLiteral("West Europe"));

        const PlanItem *c2 = itemFor(plan, CapacityTestRig::workspaceOf(2));
        QCOMPARE(c2->action, PlanAction::Skip);
        QCOMPARE(rules(c2), QStringList{PreflightRules::alreadyOnTarget()});

        const PlanItem *c3 = itemFor(plan, CapacityTestRig::workspaceOf(3));
        QCOMPARE(c3->action, PlanAction::Move);
        QCOMPARE(rules(c3), QStringList{PreflightRules::crossesRegions()});
        QCOMPARE(c3->findings.first().severity, FindingSeverity::Warning);
        QCOMPARE(c3->workspace.adminProfileId, CapacityTestRig::profileOf(3)); // found without a hint

        const PlanItem *c7 = itemFor(plan, CapacityTestRig::workspaceOf(7));
        QCOMPARE(c7->action, PlanAction::Blocked);
        QCOMPARE(rules(c7),
                 (QStringList{PreflightRules::callerNotAdmin(), PreflightRules::crossesRegions()}));
        QVERIFY2(c7->findings.first().message.contains(emu::DemoSeed::MasterUser),
                 qPrintable(c7->findings.first().message));

        const PlanItem *c12 = itemFor(plan, CapacityTestRig::workspaceOf(12));
        QCOMPARE(c12->action, PlanAction::Move);
        QCOMPARE(c12->workspace.adminProfileId, CapacityTestRig::profileOf(12)); // the profile, not the SP

        const PlanItem *s = itemFor(plan, sales);
        QCOMPARE(s->action, PlanAction::Move);
        QCOMPARE(rules(s), QStringList{PreflightRules::actsAsServicePrincipal()});
        QVERIFY(s->workspace.adminProfileId.isEmpty());

        const PlanItem *u = itemFor(plan, unknown);
        QCOMPARE(u->action, PlanAction::Blocked);
        QCOMPARE(rules(u), QStringList{PreflightRules::workspaceNotFound()});

        QCOMPARE(plan.toMove, 4);
        QCOMPARE(plan.toSkip, 1);
        QCOMPARE(plan.blocked, 2);
        QVERIFY(plan.estimatedMs > 0);
        QCOMPARE(rig.writesSent(), 0); // the pre-flight only reads
    }

    void suspendedCapacityIsNotActive()
    {
        const CapacityPlan plan = rig.preflight(
            {CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1))},
            CapacityTestRig::cap("EMB-WEU-OLD"));
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.first().action, PlanAction::Blocked);
        QCOMPARE(rules(&plan.items.first()), QStringList{PreflightRules::capacityNotActive()});
    }

    void invisibleCapacityIsNotFound()
    {
        const CapacityPlan plan = rig.preflight(
            {CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1))},
            CapacityTestRig::cap("FIN-P1"));
        QCOMPARE(plan.items.first().action, PlanAction::Blocked);
        QCOMPARE(rules(&plan.items.first()), QStringList{PreflightRules::capacityNotFound()});
    }

    void deletedCapacityIsNotFound()
    {
        QVERIFY(rig.emu.server->state()->capacities().remove(CapacityTestRig::cap("EMB-EUS-1")));
        const CapacityPlan plan = rig.preflight(
            {CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1)),
             CapacityTestRig::target(CapacityTestRig::workspaceOf(5), CapacityTestRig::profileOf(5))},
            CapacityTestRig::cap("EMB-EUS-1"));
        QCOMPARE(plan.blocked, 2);
        for (const PlanItem &i : plan.items)
            QCOMPARE(rules(&i), QStringList{PreflightRules::capacityNotFound()});
        QCOMPARE(rig.writesSent(), 0);
    }

    void profileWithoutRightsIsBlockedOthersMove()
    {
        // The profile of C0001 has "None" of its own on EMB-NEU-1 (the SP keeps Assign).
        emu::Capacity *c = rig.emu.server->state()->capacities().find(CapacityTestRig::cap("EMB-NEU-1"));
        QVERIFY(c);
        c->rights.insert(emu::principalKeyForProfile(CapacityTestRig::profileOf(1)), QStringLiteral("None"));
        const CapacityPlan plan = rig.preflight(
            {CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1)),
             CapacityTestRig::target(CapacityTestRig::workspaceOf(5), CapacityTestRig::profileOf(5))},
            CapacityTestRig::cap("EMB-NEU-1"));
        const PlanItem *c1 = itemFor(plan, CapacityTestRig::workspaceOf(1));
        QCOMPARE(c1->action, PlanAction::Blocked);
        QVERIFY(rules(c1).contains(PreflightRules::capacityNoRights()));
        const PlanItem *c5 = itemFor(plan, CapacityTestRig::workspaceOf(5));
        QCOMPARE(c5->action, PlanAction::Move);
        QCOMPARE(rules(c5), QStringList{PreflightRules::crossesRegions()});
    }

    void cancelAndDestroyMidRun()
    {
        emu::FaultSettings slow;
        slow.latencyMs = 200;
        rig.emu.server->setFaults(slow);
        auto *p = new CapacityPreflight(rig.emu.session.get());
        p->setWorkspaceIds({CapacityTestRig::workspaceOf(1), CapacityTestRig::workspaceOf(2)});
        p->setTargetCapacityId(CapacityTestRig::cap("EMB-NEU-1"));
        QSignalSpy done(p, &CapacityPreflight::finished);
        p->start();
        QTest::qWait(50);
        p->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!p->isRunning());
        p->start(); // again, then destroyed mid-run: nothing reaches the dead object
        QTest::qWait(50);
        delete p;
        QTest::qWait(400);
        rig.emu.server->setFaults({});
    }

    void sharedCapacityTargetUnassigns()
    {
        const CapacityPlan plan = rig.preflight({CapacityTestRig::target(CapacityTestRig::workspaceOf(1)),
                                                 CapacityTestRig::target(CapacityTestRig::workspaceOf(18))},
                                                QString());
        QVERIFY(plan.target.isShared());
        QCOMPARE(itemFor(plan, CapacityTestRig::workspaceOf(1))->action, PlanAction::Move);
        QCOMPARE(itemFor(plan, CapacityTestRig::workspaceOf(18))->action, PlanAction::Skip); // already shared
    }
};

QTEST_MAIN(TestCapacityPreflight)
#include "tst_capacity_preflight.moc"
