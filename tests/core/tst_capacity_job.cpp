// The "assign-capacity" job against the demo emulator: polling through to success and to an injected
// AssignmentFailed, each call as the workspace's Admin profile, rollback, 429s during a run, a target
// deleted after the pre-flight (per-workspace errors, nothing else changes), resume after a restart, and
// the results CSV.
#include <QFile>
#include <QTest>

#include "CapacityTestRig.h"
#include "app/capacity/CapacityResultCsv.h"
#include "app/capacity/CapacityRollback.h"
#include "app/util/Csv.h"

using namespace td;

class TestCapacityJob : public QObject
{
    Q_OBJECT
    CapacityTestRig rig;

    // C0001, C0005, C0009: West Europe 1 customers, each with its own profile as Admin.
    static QVector<AssignTarget> westEuropeCustomers()
    {
        return {CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1)),
                CapacityTestRig::target(CapacityTestRig::workspaceOf(5), CapacityTestRig::profileOf(5)),
                CapacityTestRig::target(CapacityTestRig::workspaceOf(9), CapacityTestRig::profileOf(9))};
    }
    static AssignCapacityJobParams fast()
    {
        AssignCapacityJobParams p;
        p.pollMs = 20;
        p.retryDelayMs = 50;
        p.retries = 6;
        return p;
    }
    CapacityPlan planTo(const char *capacity)
    {
        ApiError error;
        const CapacityPlan plan =
            rig.preflight(westEuropeCustomers(), CapacityTestRig::cap(capacity), &error);
        if (error.isError())
            qWarning("pre-flight: %s", qPrintable(error.summary()));
        return plan;
    }
    JobRequest requestFor(const CapacityPlan &plan)
    {
        return AssignCapacityJobType::request(rig.emu.connection().id, plan, fast());
    }

private Q_SLOTS:
    void init() { QVERIFY(rig.start()); }
    void cleanup()
    {
        rig.engine.reset();
        rig.emu.stop();
    }

    void movesAsEachProfileAndPollsToSuccess()
    {
        const CapacityPlan plan = planTo("EMB-NEU-1");
        QCOMPARE(plan.toMove, 3);
        rig.emu.server->clearRequestLog();
        const QString jobId = rig.run(requestFor(plan));
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(rig.engine->job(jobId).state, JobState::Completed);
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-NEU-1"));
        for (const JobItemInfo &item : rig.engine->items(jobId)) {
            const QJsonObject out = item.result.value(AssignCapacityJobType::stepName()).toObject();
            QCOMPARE(out.value(QLatin1String("status")).toString(), QStringLiteral("CompletedSuccessfully"));
            QCOMPARE(AssignCapacityJobType::previousCapacityId(item), CapacityTestRig::cap("EMB-WEU-1"));
        }
        // Each call carried the profile that is Admin of that workspace, and only it; the status was
        // polled through Pending and InProgress.
        int posts = 0, polls = 0;
        for (const emu::RequestRecord &r : rig.emu.server->requestLog()) {
            for (int n : {1, 5, 9}) {
                if (!r.path.contains(CapacityTestRig::workspaceOf(n), Qt::CaseInsensitive))
                    continue;
                QCOMPARE(r.profileHeaders, QStringList{CapacityTestRig::profileOf(n)});
                posts += r.path.endsWith(QLatin1String("/AssignToCapacity")) ? 1 : 0;
                polls += r.path.endsWith(QLatin1String("/CapacityAssignmentStatus")) ? 1 : 0;
            }
        }
        QCOMPARE(posts, 3);
        QCOMPARE(polls, 9); // Pending, InProgress, CompletedSuccessfully
    }

    void injectedFailureKeepsErrorAndRequestIdThenRollback()
    {
        emu::JobSettings s = rig.emu.server->jobSettings();
        s.failNextAssignments = 1;
        rig.emu.server->setJobSettings(s);
        rig.newEngine(1); // one at a time: the first workspace gets the failure
        const CapacityPlan plan = planTo("EMB-EUS-1");
        QCOMPARE(plan.toMove, 3);
        const QString jobId = rig.run(requestFor(plan));
        QCOMPARE(rig.engine->job(jobId).state, JobState::CompletedWithErrors);
        const QVector<JobItemInfo> items = rig.engine->items(jobId);
        int failed = 0;
        for (const JobItemInfo &item : items) {
            if (item.state != ItemState::Failed)
                continue;
            ++failed;
            QVERIFY2(item.error.contains(QLatin1String("AssignmentFailed")), qPrintable(item.error));
            QVERIFY(!item.requestId.isEmpty());
            QCOMPARE(rig.capacityOf(item.key), CapacityTestRig::cap("EMB-WEU-1")); // stayed
        }
        QCOMPARE(failed, 1);

        // The results CSV: one line per workspace, the failure with its RequestId.
        const QString csvPath = rig.dir.filePath(QStringLiteral("result.csv"));
        QString error;
        QVERIFY2(CapacityResultCsv::write(csvPath, items, rig.engine->job(jobId).params, {}, &error),
                 qPrintable(error));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvTable table = Csv::parse(f.readAll());
        QCOMPARE(table.header, CapacityResultCsv::header());
        QCOMPARE(table.rows.size(), 3);
        int failedRows = 0;
        for (const CsvRow &row : table.rows) {
            if (row.fields.at(table.column(QStringLiteral("status"))) == QLatin1String("failed")) {
                ++failedRows;
                QVERIFY(!row.fields.at(table.column(QStringLiteral("requestId"))).isEmpty());
            }
            QCOMPARE(row.fields.at(table.column(QStringLiteral("previousCapacityId"))),
                     CapacityTestRig::cap("EMB-WEU-1"));
        }
        QCOMPARE(failedRows, 1);

        // Roll back the moved ones: back on West Europe 1, as a job of its own.
        QString why;
        const JobRequest back =
            CapacityRollback::request(rig.engine->job(jobId), items, CapacityRollback::Scope::Moved, &why);
        QVERIFY2(!back.type.isEmpty(), qPrintable(why));
        QCOMPARE(back.items.size(), 2);
        const QString backId = rig.run(back);
        QCOMPARE(rig.engine->job(backId).state, JobState::Completed);
        QCOMPARE(rig.engine->job(backId).params.value(QLatin1String("rollbackOf")).toString(), jobId);
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-WEU-1"));
        // Nothing left in scope for a rollback of failed items of the rollback.
        QVERIFY(CapacityRollback::request(rig.engine->job(backId), rig.engine->items(backId),
                                          CapacityRollback::Scope::Failed, &why)
                    .type.isEmpty());
        QVERIFY(!why.isEmpty());
    }

    void rollbackToSharedCapacity()
    {
        const CapacityPlan plan = rig.preflight(
            {CapacityTestRig::target(CapacityTestRig::workspaceOf(18), CapacityTestRig::profileOf(18))},
            CapacityTestRig::cap("EMB-WEU-2"));
        QCOMPARE(plan.toMove, 1);
        const QString jobId = rig.run(requestFor(plan));
        QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(18)), CapacityTestRig::cap("EMB-WEU-2"));
        const JobRequest back = CapacityRollback::request(rig.engine->job(jobId), rig.engine->items(jobId),
                                                          CapacityRollback::Scope::All);
        QCOMPARE(back.items.size(), 1);
        const QString backId = rig.run(back);
        QCOMPARE(rig.engine->job(backId).state, JobState::Completed);
        QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(18)), QString()); // shared again
    }

    void throttledRunStillCompletes()
    {
        const CapacityPlan plan = planTo("EMB-NEU-1");
        emu::FaultSettings faults;
        faults.throttleShare = 0.3;
        faults.throttleRetryAfterSecs = 1;
        rig.emu.server->setRandomSeed(7);
        rig.emu.server->setFaults(faults);
        rig.emu.server->clearRequestLog();
        const QString jobId = rig.run(requestFor(plan), 18000);
        rig.emu.server->setFaults({});
        QCOMPARE(rig.engine->job(jobId).state, JobState::Completed);
        int throttled = 0;
        for (const emu::RequestRecord &r : rig.emu.server->requestLog())
            throttled += r.status == 429 ? 1 : 0;
        QVERIFY2(throttled > 0, "no 429 was injected: the test proves nothing");
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-NEU-1"));
    }

    void throttlingNeverFailsAWorkspace()
    {
        const CapacityPlan plan = planTo("EMB-EUS-1");
        // The scheduler gives up at the first 429 and transient errors get no retry: only the job's own
        // unlimited 429 handling can finish this run.
        RetryPolicy giveUp;
        giveUp.maxAttempts = 1;
        rig.emu.session->scheduler()->setRetryPolicy(giveUp);
        emu::FaultSettings faults;
        faults.throttleShare = 0.4;
        faults.throttleRetryAfterSecs = 0; // honoured: the step runs again at once, many times
        rig.emu.server->setRandomSeed(11);
        rig.emu.server->setFaults(faults);
        rig.emu.server->clearRequestLog();
        AssignCapacityJobParams p = fast();
        p.retries = 0;
        p.retryDelayMs = 20;
        const QString jobId =
            rig.run(AssignCapacityJobType::request(rig.emu.connection().id, plan, p), 18000);
        rig.emu.server->setFaults({});
        QCOMPARE(rig.engine->job(jobId).state, JobState::Completed);
        int throttled = 0;
        for (const emu::RequestRecord &r : rig.emu.server->requestLog())
            throttled += r.status == 429 ? 1 : 0;
        QVERIFY2(throttled >= 3, "too few 429s: the test proves nothing");
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-EUS-1"));
    }

    void deletedTargetFailsPerWorkspaceAndChangesNothing()
    {
        const CapacityPlan plan = planTo("EMB-EUS-1");
        QCOMPARE(plan.toMove, 3);
        // The capacity is deleted between the pre-flight and the run.
        QVERIFY(rig.emu.server->state()->capacities().remove(CapacityTestRig::cap("EMB-EUS-1")));
        const QString jobId = rig.run(requestFor(plan));
        QCOMPARE(rig.engine->job(jobId).state, JobState::CompletedWithErrors);
        for (const JobItemInfo &item : rig.engine->items(jobId)) {
            QCOMPARE(item.state, ItemState::Failed);
            QVERIFY2(item.error.contains(QLatin1String("Not found")), qPrintable(item.error));
            QVERIFY(!item.requestId.isEmpty());
        }
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-WEU-1"));
        QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(2)), CapacityTestRig::cap("EMB-WEU-2"));
    }

    void blockedPlanSubmitsNothing()
    {
        const CapacityPlan plan = planTo("FIN-P1"); // no rights for the demo app
        QCOMPARE(plan.blocked, 3);
        const JobRequest r = requestFor(plan);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(rig.writesSent(), 0);
        // The blocked workspaces still go to the results CSV, with their finding.
        const QString csv = CapacityResultCsv::toCsv({}, r.params, plan.items);
        QCOMPARE(csv.count(QStringLiteral("blocked")), 3);
        QVERIFY(csv.contains(QStringLiteral("capacity-not-found")));
    }

    void resumesAfterRestart()
    {
        const CapacityPlan plan = planTo("EMB-NEU-1");
        rig.newEngine(1);
        emu::FaultSettings slow;
        slow.latencyMs = 300;
        rig.emu.server->setFaults(slow);
        QString error;
        const QString jobId = rig.engine->submit(requestFor(plan), &error);
        QVERIFY2(!jobId.isEmpty(), qPrintable(error));
        QTest::qWait(150);
        rig.newEngine(4); // the app restarts mid-run: the job is interrupted
        rig.emu.server->setFaults({});
        QCOMPARE(rig.engine->job(jobId).state, JobState::Interrupted);
        QSignalSpy finished(rig.engine.get(), &JobEngine::jobFinished);
        QVERIFY2(rig.engine->resume(jobId, &error), qPrintable(error));
        QVERIFY(finished.wait(15000));
        QCOMPARE(rig.engine->job(jobId).state, JobState::Completed);
        for (int n : {1, 5, 9})
            QCOMPARE(rig.capacityOf(CapacityTestRig::workspaceOf(n)), CapacityTestRig::cap("EMB-NEU-1"));
    }
};

QTEST_MAIN(TestCapacityJob)
#include "tst_capacity_job.moc"
