// One audit path: every job type (onboard and its rollback, assign-capacity and its rollback, migrate with
// clean-up and restore, a health fix) runs against the in-process emulator with the audit log set on the
// session only, and nothing else writes audit rows for requests. Every POST/PUT/PATCH/DELETE the emulator saw
// on the REST API has exactly one audit row with the same RequestId, and the other way round: injected 500s
// (failures) and retried sends included.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "CapacityTestRig.h"
#include "MigrationTestRig.h"
#include "OnboardTestRig.h"
#include "app/api/ApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/audit/RequestAudit.h"
#include "app/capacity/CapacityRollback.h"
#include "app/health/HealthFixJobType.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/OnboardRollbackJobType.h"

using namespace td;

namespace {

struct Sent
{
    QStringList requestIds; // sorted
    int failed = 0;         // 4xx/5xx, or no answer
};

// The REST writes the emulator logged.
Sent sentWrites(const emu::EmulatorServer *server)
{
    Sent s;
    for (const emu::RequestRecord &r : server->requestLog()) {
        if (r.method == QLatin1String("GET") || !r.path.startsWith(QLatin1String("/v1.0/")))
            continue;
        s.requestIds << r.requestId;
        s.failed += (r.status == 0 || r.status >= 400) ? 1 : 0;
    }
    s.requestIds.sort();
    return s;
}

// The audit rows appended since `before` (rows of requests: local registry rows have no RequestId and
// no HTTP status).
Sent auditedWrites(const AuditLog *audit, int before)
{
    Sent s;
    for (const AuditEntry &e : audit->latest(audit->count() - before)) {
        if (e.action.startsWith(QLatin1String("registry")))
            continue;
        s.requestIds << e.requestId;
        s.failed += e.ok ? 0 : 1;
    }
    s.requestIds.sort();
    return s;
}

// "" when the audit matches the emulator's log one to one, else what differs.
QString compare(const emu::EmulatorServer *server, const AuditLog *audit, int before, int *failures = nullptr)
{
    const Sent sent = sentWrites(server);
    const Sent audited = auditedWrites(audit, before);
    if (failures)
        *failures = sent.failed;
    if (sent.requestIds.isEmpty())
        return QStringLiteral("no write was sent: the test proves nothing");
    if (sent.requestIds != audited.requestIds)
        return QStringLiteral("%1 writes sent, %2 audited; RequestIds differ")
            .arg(sent.requestIds.size())
            .arg(audited.requestIds.size());
    if (sent.failed != audited.failed)
        return QStringLiteral("%1 failed writes sent, %2 audited as failed")
            .arg(sent.failed)
            .arg(audited.failed);
    return {};
}

emu::FaultSettings someServerErrors()
{
    emu::FaultSettings f;
    f.serverErrorShare = 0.25;
    return f;
}

} // namespace

class TstAuditPath : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<AuditLog> newAudit(const QString &name)
    {
        auto audit = std::make_unique<AuditLog>(m_dir.filePath(name + QStringLiteral(".sqlite")));
        return audit->open() ? std::move(audit) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void actionNamesComeFromOneTable()
    {
        QCOMPARE(RequestAudit::actionName("POST", QStringLiteral("profiles")),
                 QStringLiteral("createProfile"));
        QCOMPARE(RequestAudit::actionName("DELETE", QStringLiteral("groups/abc")),
                 QStringLiteral("deleteGroup"));
        QCOMPARE(RequestAudit::actionName("DELETE", QStringLiteral("groups/abc/users/a%40b.example")),
                 QStringLiteral("deleteGroupUser"));
        QCOMPARE(RequestAudit::actionName("POST", QStringLiteral("groups/a/datasets/b/Default.TakeOver")),
                 QStringLiteral("takeOver"));
        QCOMPARE(RequestAudit::actionName("GET", QStringLiteral("groups")), QString());
        ApiRequest del =
            ApiRequest::get(QStringLiteral("groups/W1/users/a%40b.example"), QStringLiteral("P1"));
        del.method = "DELETE";
        const AuditEntry e =
            RequestAudit::entry(del, 500, R"({"error":{"code":"X","message":"m"}})", "R1", {}, 2);
        QCOMPARE(e.targetKind, QStringLiteral("workspace"));
        QCOMPARE(e.targetId, QStringLiteral("W1"));
        QCOMPARE(e.identity, QStringLiteral("P1"));
        QVERIFY(!e.ok);
        QVERIFY(!e.error.isEmpty() && !e.error.contains(QLatin1Char('\n')));
        QVERIFY(e.details.contains(QLatin1String("member=a@b.example")));
        QVERIFY(e.details.contains(QLatin1String("attempt 2")));
        const AuditEntry created =
            RequestAudit::entry(ApiRequest::json("POST", QStringLiteral("profiles"),
                                                 {{QStringLiteral("displayName"), QStringLiteral("N")}}),
                                201, R"({"id":"new-id","displayName":"N"})", "R2", {}, 1);
        QCOMPARE(created.targetId, QStringLiteral("new-id"));
        QCOMPARE(created.targetName, QStringLiteral("N"));
        QVERIFY(created.ok);
    }

    void capacityAssignmentAndRollback()
    {
        CapacityTestRig rig;
        QVERIFY(rig.start());
        auto audit = newAudit(QStringLiteral("capacity"));
        QVERIFY(audit);
        rig.emu.session->setAuditLog(audit.get());
        const QVector<AssignTarget> targets{
            CapacityTestRig::target(CapacityTestRig::workspaceOf(1), CapacityTestRig::profileOf(1)),
            CapacityTestRig::target(CapacityTestRig::workspaceOf(5), CapacityTestRig::profileOf(5)),
            CapacityTestRig::target(CapacityTestRig::workspaceOf(9), CapacityTestRig::profileOf(9))};
        const CapacityPlan plan = rig.preflight(targets, CapacityTestRig::cap("EMB-NEU-1"));
        QCOMPARE(plan.toMove, 3);
        AssignCapacityJobParams p;
        p.pollMs = 20;
        p.retryDelayMs = 20;
        const int before = audit->count();
        rig.emu.server->clearRequestLog();
        rig.newEngine(1); // one workspace at a time: the seeded faults hit the same requests on every run
        rig.emu.server->setRandomSeed(1);
        rig.emu.server->setFaults(someServerErrors());
        const QString jobId =
            rig.run(AssignCapacityJobType::request(rig.emu.connection().id, plan, p), 30000);
        rig.emu.server->setFaults({});
        QVERIFY(!jobId.isEmpty());
        QString why;
        const JobRequest back = CapacityRollback::request(rig.engine->job(jobId), rig.engine->items(jobId),
                                                          CapacityRollback::Scope::All, &why);
        QVERIFY2(!back.type.isEmpty(), qPrintable(why));
        QVERIFY(!rig.run(back, 30000).isEmpty());
        int failures = 0;
        const QString diff = compare(rig.emu.server.get(), audit.get(), before, &failures);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(failures > 0, "no 500 was injected: the test proves nothing");
        for (const AuditEntry &e : audit->latest(audit->count() - before)) {
            QCOMPARE(e.action, QStringLiteral("assignToCapacity"));
            QCOMPARE(e.connectionId, rig.emu.connection().id.toLower());
            QVERIFY(!e.identity.isEmpty()); // as the workspace's Admin profile
        }
    }

    void migrationRunCleanupAndRestore()
    {
        MigrationTestRig rig; // sets its audit log on the session
        QVERIFY(rig.start());
        const int before = rig.audit->count();
        rig.emu.server->clearRequestLog();
        const QString error = rig.runAll();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int passed = 0, failed = 0;
        QVERIFY(rig.validate(&passed, &failed));
        QStringList refused;
        QSignalSpy cleaned(rig.migration.get(), &MigrationController::cleanedUp);
        // One server error during the clean-up: a failed removal is audited as failed.
        rig.emu.server->setRandomSeed(3);
        rig.emu.server->setFaults(someServerErrors());
        QVERIFY(rig.migration->cleanup(rig.migration->cleanupCandidates(), true, &refused));
        QVERIFY(cleaned.wait(30000));
        rig.emu.server->setFaults({});
        const QStringList restorable = rig.migration->restoreCandidates();
        QVERIFY(!restorable.isEmpty());
        QSignalSpy restored(rig.migration.get(), &MigrationController::restored);
        QVERIFY(rig.migration->restore(restorable.mid(0, 2), &refused));
        QVERIFY(restored.wait(15000));
        int failures = 0;
        const QString diff = compare(rig.emu.server.get(), rig.audit.get(), before, &failures);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(failures > 0, "no 500 was injected: the test proves nothing");
        QStringList actions;
        for (const AuditEntry &e : rig.audit->latest(rig.audit->count() - before))
            actions << e.action;
        for (const char *a :
             {"createProfile", "addGroupUser", "takeOver", "deleteGroupUser", "generateToken"})
            QVERIFY2(actions.contains(QLatin1String(a)), a);
    }

    void onboardJob()
    {
        OnboardTestRig rig;
        QVERIFY(rig.start());
        auto audit = newAudit(QStringLiteral("onboard"));
        QVERIFY(audit);
        rig.emu.session->setAuditLog(audit.get());
        OnboardJobParams p;
        p.pollMs = 20;
        p.retryDelayMs = 20;
        // Runs one bulk onboarding of these CSV rows to its end; "" when fine.
        auto onboard = [&rig, &p](const QString &file, const QByteArray &rows) -> QString {
            BulkOnboarding bulk(rig.engine.get(), rig.emu.session.get());
            QString error;
            if (!bulk.load(
                    rig.writeFile(file, "customerId,displayName,capacityId,pbix,param.Server\n" + rows),
                    &error))
                return error;
            bulk.setParams(p);
            QSignalSpy finished(rig.engine.get(), &JobEngine::jobFinished);
            if (bulk.submit(&error).isEmpty())
                return error;
            return finished.wait(60000) ? QString() : QStringLiteral("the job did not end");
        };
        const int before = audit->count();
        rig.emu.server->clearRequestLog();
        // One customer with content, without faults: every kind of write.
        QString error =
            onboard(QStringLiteral("content.csv"),
                    QStringLiteral("A1,Audit One,,%1,sql-1.example\n").arg(rig.samplePbix()).toUtf8());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Its rollback deletes what it created: the workspace, the profile and the registry entry.
        const QString onboardId = rig.engine->jobs().last().id;
        OnboardRollbackJobType::registerWith(rig.engine->types(), rig.registry.get());
        const JobRequest undo = OnboardRollbackJobType::request(
            rig.emu.connection().id, rig.engine->items(onboardId).value(0), rig.registry.get());
        QCOMPARE(OnboardRollbackJobType::deletes(undo).size(), 3);
        QSignalSpy undone(rig.engine.get(), &JobEngine::jobFinished);
        const QString undoId = rig.engine->submit(undo);
        QVERIFY(undone.wait(30000));
        QCOMPARE(rig.engine->job(undoId).state, JobState::Completed);
        // Three more through injected 500s (the token is cached: the faults answer its endpoint too), one at
        // a time so that the seeded faults hit the same requests on every run.
        QVERIFY(rig.newEngine(1));
        rig.emu.server->setRandomSeed(9);
        emu::FaultSettings faults = someServerErrors();
        faults.serverErrorShare = 0.4;
        rig.emu.server->setFaults(faults);
        error =
            onboard(QStringLiteral("faults.csv"), "A2,Audit Two,,,\nA3,Audit Three,,,\nA4,Audit Four,,,\n");
        rig.emu.server->setFaults({});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int failures = 0;
        const QString diff = compare(rig.emu.server.get(), audit.get(), before, &failures);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(failures > 0, "no 500 was injected: the test proves nothing");
        QStringList actions;
        for (const AuditEntry &e : audit->latest(audit->count() - before))
            actions << e.action;
        for (const char *a :
             {"createProfile", "createGroup", "import", "updateParameters", "deleteGroup", "deleteProfile"})
            QVERIFY2(actions.contains(QLatin1String(a)), a);
    }

    void healthFix()
    {
        EmulatorFixture emu;
        QVERIFY(emu.start());
        auto audit = newAudit(QStringLiteral("health"));
        QVERIFY(audit);
        emu.session->setAuditLog(audit.get());
        const int before = audit->count();
        emu.server->clearRequestLog();
        ApiCall *create = emu.session->client()->createProfile(QStringLiteral("Audit Orphan"));
        QSignalSpy created(create, &ApiCall::finished);
        QVERIFY(created.wait(10000));
        const QString profileId =
            created.first().first().value<ApiResponse>().json().value(QLatin1String("id")).toString();
        QVERIFY(!profileId.isEmpty());
        HealthFinding f;
        f.ruleId = QStringLiteral("orphan-profile");
        f.fix.action = HealthFix::Action::DeleteProfile;
        f.fix.targetId = profileId;
        f.fix.targetName = QStringLiteral("Audit Orphan");
        HealthFinding missing = f; // a profile that is not there: the service answers an error
        missing.fix.targetId = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        JobJournal journal(m_dir.filePath(QStringLiteral("health-jobs.sqlite")));
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        HealthFixJobType::registerWith(engine.types(), nullptr);
        engine.setSession(emu.connection().id, emu.session.get());
        engine.setMaxConcurrency(1);
        QSignalSpy done(&engine, &JobEngine::jobFinished);
        const QString id = engine.submit(HealthFixJobType::request(emu.connection().id, {f, missing}));
        QVERIFY(!id.isEmpty());
        QVERIFY(done.wait(10000));
        QCOMPARE(engine.job(id).failed, 1);
        QCOMPARE(engine.job(id).total, 2);
        int failures = 0;
        const QString diff = compare(emu.server.get(), audit.get(), before, &failures);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(failures, 1);
        const AuditEntry last = audit->latest(1).first();
        QCOMPARE(last.action, QStringLiteral("deleteProfile"));
        QVERIFY(!last.ok);
        QVERIFY(!last.requestId.isEmpty());
        QCOMPARE(last.identity, QString()); // profiles are deleted as the service principal
    }
};

QTEST_GUILESS_MAIN(TstAuditPath)
#include "tst_audit_path.moc"
