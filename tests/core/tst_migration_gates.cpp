// Migration gates against the real emulator: a customer whose validation fails is not cleaned up, and a
// run whose engine is torn down mid-way resumes from the journal without a duplicate profile.
#include <QSignalSpy>
#include <QTest>

#include "MigrationTestRig.h"
#include "app/migration/MappingRule.h"

using namespace td;

class TestMigrationGates : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MigrationTestRig> rig;

    void planDefault()
    {
        const QString error = rig->planDefault();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void runAll()
    {
        const QString error = rig->runAll();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        rig = std::make_unique<MigrationTestRig>();
        QVERIFY(rig->start());
    }
    void cleanup() { rig.reset(); }

    void failedValidationIsNotCleanedUp()
    {
        runAll();
        // Outside the tool, someone takes the profile's access away from one customer's workspace.
        emu::Workspace *w = rig->workspace(MigrationTestRig::legacy(QStringLiteral("Bayside Dental")));
        for (int i = int(w->members.size()) - 1; i >= 0; --i) {
            if (!w->members.at(i).profileId.isEmpty())
                rig->state()->removeMemberAt(*w, i);
        }
        int passed = 0, failed = 0;
        QVERIFY(rig->validate(&passed, &failed));
        QCOMPARE(failed, 1);
        QCOMPARE(passed, 19);
        const ValidationResult v = rig->migration->validation(QStringLiteral("bayside-dental"));
        QVERIFY(!v.ok);
        QVERIFY(!v.failures.isEmpty());
        QVERIFY(!v.failures.first().reason.isEmpty());
        QVERIFY(!rig->migration->cleanupCandidates().contains(QStringLiteral("bayside-dental")));
        QStringList refused;
        QSignalSpy cleaned(rig->migration.get(), &MigrationController::cleanedUp);
        QVERIFY(rig->migration->cleanup({QStringLiteral("bayside-dental"), QStringLiteral("aurora-mills")},
                                        true, &refused));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().contains(QLatin1String("bayside-dental")));
        QVERIFY(cleaned.wait(10000));
        QVERIFY(rig->spOwn(w)); // untouched
        QVERIFY(rig->user(w, MigrationTestRig::master()));
        QVERIFY(!rig->spOwn(rig->workspace(MigrationTestRig::legacy(QStringLiteral("Aurora Mills")))));
        // Without RLS roles, the RLS models cannot be validated: said, not passed.
        QVERIFY(rig->validate(&passed, &failed, {}));
        QVERIFY(failed > 1);
    }

    void resumeAfterEngineTornDownMakesNoDuplicate()
    {
        emu::FaultSettings slow;
        slow.latencyMs = 8;
        rig->emu.server->setFaults(slow);
        planDefault();
        rig->engine->setMaxConcurrency(2);
        QString error;
        const QString jobId = rig->migration->run(&error);
        QVERIFY(!jobId.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return rig->engine->job(jobId).done >= 3; }, 15000));
        QVERIFY(rig->engine->job(jobId).done < 20);
        QVERIFY(rig->restart()); // the engine goes away mid-run, like a crash
        QCOMPARE(rig->engine->job(jobId).state, JobState::Interrupted);
        QCOMPARE(rig->migration->run(&error), jobId); // resumes the journaled run
        QVERIFY(rig->waitJob(jobId, 20000));
        QCOMPARE(rig->engine->job(jobId).state, JobState::Completed);
        for (const PlanCustomer &c : rig->migration->state().plan)
            QCOMPARE(rig->profilesNamed(c.profileName), 1);
        // Running again (a new job) reuses everything.
        rig->emu.server->setFaults({});
        QVERIFY(rig->migration->makePlan(&error));
        const QString again = rig->migration->run(&error);
        QVERIFY(rig->waitJob(again));
        for (const PlanCustomer &c : rig->migration->state().plan)
            QCOMPARE(rig->profilesNamed(c.profileName), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrationGates)
#include "tst_migration_gates.moc"
