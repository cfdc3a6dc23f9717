// The job engine: journal-first plans, bounded concurrency, pause/resume, cancel, per-item failure,
// retry, and a crash mid-run followed by a resume (against the emulator over loopback). Job ownership: a
// job another live engine runs is left alone (not interrupted, resume refused with where it runs); an
// owner is gone with its process (this host) or its heartbeat (another host, injected clock).
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "TestHelpers.h"
#include "TestJobTypes.h"
#include "app/inventory/CrawlTracking.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobs/JobRunner.h"

using namespace td;
using tdtest::JobProbe;

namespace {

JobRequest pureJob(int items, int delayMs = 5, const QString &failAt = {})
{
    JobRequest r;
    r.type = QStringLiteral("test.pure");
    r.title = QStringLiteral("Pure job");
    for (int i = 0; i < items; ++i) {
        QJsonObject p{{QStringLiteral("delayMs"), delayMs}};
        if (i == 1 && !failAt.isEmpty())
            p.insert(QStringLiteral("fail"), failAt);
        r.items.append({QStringLiteral("i%1").arg(i), QStringLiteral("Item %1").arg(i), p});
    }
    return r;
}

JobRequest askJob(int items, int asking)
{
    JobRequest r;
    r.type = QStringLiteral("test.ask");
    r.title = QStringLiteral("Asking job");
    for (int i = 0; i < items; ++i)
        r.items.append({QStringLiteral("i%1").arg(i), QStringLiteral("Item %1").arg(i),
                        QJsonObject{{QStringLiteral("ask"), i < asking}}});
    return r;
}

bool waitState(JobEngine &engine, const QString &id, JobState state, int ms = 10000)
{
    return QTest::qWaitFor([&] { return engine.job(id).state == state && !engine.isActive(id); }, ms);
}

const QVector<QStringList> kPureSteps{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}};

// The lease another owner wrote (process pid on host, its heartbeat at `at`).
JobLease ownerAt(const QString &host, qint64 pid, const QDateTime &at, const QString &processStart = {})
{
    JobLease l;
    l.pid = pid;
    l.host = host;
    l.processStart = processStart;
    l.since = l.heartbeat = at;
    return l;
}

QDateTime at(const FakeClock &clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC);
}

} // namespace

class TstJobEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    void journalSchemaAndReopen()
    {
        const QString path = freshPath();
        {
            JobJournal j(path);
            QString error;
            QVERIFY2(j.open(&error), qPrintable(error));
            JobRequest r = pureJob(2);
            const QString id =
                j.createJob(r, {{QStringLiteral("a")}, {QStringLiteral("a"), QStringLiteral("b")}});
            QVERIFY(!id.isEmpty());
            QCOMPARE(j.items(id).size(), 2);
            QCOMPARE(j.steps(id, QStringLiteral("i1")).size(), 2);
            QCOMPARE(j.job(id).state, JobState::Running);
        }
        JobJournal again(path);
        QVERIFY(again.open());
        QCOMPARE(again.markInterrupted().size(), 1);
        QCOMPARE(again.jobs().first().state, JobState::Interrupted);
        QCOMPARE(again.jobs().first().total, 2);
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            JobJournal j(path);
            QVERIFY(j.open());
        }
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            d.setDatabaseName(path);
            QVERIFY(d.open());
            QSqlQuery(d).exec(QStringLiteral("PRAGMA user_version=99"));
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        JobJournal j(path);
        QString error;
        QVERIFY(!j.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        JobEngine engine(&j);
        engine.types().registerType(
            QStringLiteral("test.pure"),
            [](const QJsonObject &, const QJsonObject &) { return QVector<JobStep>{}; });
        QVERIFY(engine.submit(pureJob(1), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("journal")));
    }

    void planIsWrittenBeforeAnythingRuns()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        int itemsSeen = -1, stepsSeen = -1;
        probe.onStart = [&](StepCall *call) {
            if (itemsSeen >= 0)
                return;
            const QVector<JobItemInfo> items = journal.items(call->context().jobId);
            itemsSeen = items.size();
            stepsSeen = 0;
            for (const JobItemInfo &i : items)
                stepsSeen += journal.steps(call->context().jobId, i.key).size();
        };
        QSignalSpy added(&engine, &JobEngine::jobAdded);
        const QString id = engine.submit(pureJob(5));
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(itemsSeen, 5);
        QCOMPARE(stepsSeen, 15);
        QVERIFY(waitState(engine, id, JobState::Completed));
        const JobItemInfo last = journal.item(id, QStringLiteral("i4"));
        QCOMPARE(last.state, ItemState::Done);
        // Each step read the previous step's output back.
        QCOMPARE(
            last.result.value(QStringLiteral("c")).toObject().value(QStringLiteral("previous")).toString(),
            QStringLiteral("b"));
        QCOMPARE(engine.job(id).done, 5);
    }

    void concurrencyIsBounded()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        engine.setMaxConcurrency(3);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        QSignalSpy progress(&engine, &JobEngine::progress);
        const QString id = engine.submit(pureJob(12, 10));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QCOMPARE(probe.maxInFlight, 3);
        QCOMPARE(probe.totalStarted(), 36);
        QCOMPARE(progress.count(), 12);
        QCOMPARE(progress.last().at(1).toInt(), 12);
        QCOMPARE(progress.last().at(2).toInt(), 12);
        QCOMPARE(progress.at(4).at(1).toInt(), 5);
    }

    void pauseStopsNewStepsAndResumeFinishes()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        engine.setMaxConcurrency(2);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        const QString id = engine.submit(pureJob(6, 30));
        QVERIFY(QTest::qWaitFor([&] { return probe.completed.size() >= 1; }, 5000));
        QVERIFY(engine.pause(id));
        QCOMPARE(engine.job(id).state, JobState::Paused);
        QVERIFY(QTest::qWaitFor([&] { return probe.inFlight == 0; }, 5000)); // running steps finish
        const int startedAtPause = probe.totalStarted();
        QTest::qWait(200);
        QCOMPARE(probe.totalStarted(), startedAtPause);
        // Nothing runs: the job left this engine (no runner, no lease); any process may resume it.
        QTRY_VERIFY(!engine.isActive(id));
        QVERIFY(journal.leases().holder(id).isEmpty());
        QCOMPARE(engine.job(id).state, JobState::Paused);
        QVERIFY(engine.job(id).done < 6);
        QVERIFY(engine.resume(id));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QCOMPARE(probe.totalStarted(), 18); // nothing ran twice
        for (int v : std::as_const(probe.completed))
            QCOMPARE(v, 1);
    }

    void failingStepFailsOnlyItsItemAndRetryFinishes()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        probe.failOnce.insert(QStringLiteral("i1/b"));
        const QString id = engine.submit(pureJob(4));
        QVERIFY(waitState(engine, id, JobState::CompletedWithErrors));
        const JobInfo job = engine.job(id);
        QCOMPARE(job.failed, 1);
        QCOMPARE(job.done, 4);
        const JobItemInfo bad = journal.item(id, QStringLiteral("i1"));
        QCOMPARE(bad.state, ItemState::Failed);
        QCOMPARE(bad.error, QStringLiteral("b: boom in b"));
        QCOMPARE(bad.requestId, QStringLiteral("req-i1/b"));
        QCOMPARE(probe.started.value(QStringLiteral("i1/c")), 0);
        QCOMPARE(journal.item(id, QStringLiteral("i2")).state, ItemState::Done);

        QString error;
        QVERIFY2(engine.retryFailed(id, &error), qPrintable(error));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QCOMPARE(probe.started.value(QStringLiteral("i1/a")), 1); // finished steps are kept
        QCOMPARE(probe.started.value(QStringLiteral("i1/b")), 2);
        QCOMPARE(probe.completed.value(QStringLiteral("i1/c")), 1);
        QCOMPARE(journal.steps(id, QStringLiteral("i1")).at(1).attempts, 2);
        QVERIFY(!engine.retryFailed(id)); // nothing left to retry
    }

    void cancelMarksTheRestCancelled()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        engine.setMaxConcurrency(2);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        const QString id = engine.submit(pureJob(6, 2000));
        QVERIFY(QTest::qWaitFor([&] { return probe.inFlight == 2; }, 5000));
        QElapsedTimer t;
        t.start();
        QVERIFY(engine.cancel(id));
        QVERIFY(waitState(engine, id, JobState::Cancelled, 1500));
        QVERIFY(t.elapsed() < 1000);
        const JobInfo job = engine.job(id);
        QCOMPARE(job.cancelled, 6);
        QCOMPARE(probe.totalStarted(), 2);
        QCOMPARE(journal.steps(id, QStringLiteral("i0")).first().state, StepState::Pending);
    }

    void cancelAbortsRequestsInFlight()
    {
        EmulatorFixture emu;
        QVERIFY(emu.start(QStringLiteral("empty")));
        emu::FaultSettings slow;
        slow.latencyMs = 3000;
        emu.server->setFaults(slow);
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        engine.setMaxConcurrency(2);
        engine.setSession(emu.connection().id, emu.session.get());
        JobProbe probe;
        tdtest::registerEmulatorType(engine.types(), &probe);
        const QString id = engine.submit(emuJob(emu, 4, QStringLiteral("cancel")));
        QVERIFY(QTest::qWaitFor([&] { return probe.inFlight == 2; }, 5000));
        QElapsedTimer t;
        t.start();
        engine.cancel(id);
        QVERIFY(waitState(engine, id, JobState::Cancelled, 2000));
        QVERIFY2(t.elapsed() < 1500, "the requests in flight were not aborted");
        QCOMPARE(engine.job(id).cancelled, 4);
    }

    void crashThenResumeRunsEveryStepOnce()
    {
        EmulatorFixture emu;
        QVERIFY(emu.start(QStringLiteral("empty")));
        emu::FaultSettings slow;
        slow.latencyMs = 20;
        emu.server->setFaults(slow);
        const QString path = freshPath();
        JobProbe probe;
        QString id;
        QSet<QString> doneBeforeCrash;
        {
            auto journal = std::make_unique<JobJournal>(path);
            QVERIFY(journal->open());
            auto engine = std::make_unique<JobEngine>(journal.get());
            engine->setMaxConcurrency(3);
            engine->setSession(emu.connection().id, emu.session.get());
            tdtest::registerEmulatorType(engine->types(), &probe);
            id = engine->submit(emuJob(emu, 8, QStringLiteral("crash")));
            QVERIFY(!id.isEmpty());
            // Crash while an item is half done: its first step journaled, its second in flight.
            auto secondStepRunning = [&] {
                for (const QPointer<StepCall> &c : std::as_const(probe.live)) {
                    if (c && !c->isFinished() && c->context().stepName == QLatin1String("workspace"))
                        return true;
                }
                return false;
            };
            QVERIFY(
                QTest::qWaitFor([&] { return probe.completed.size() >= 5 && secondStepRunning(); }, 10000));
            engine.reset(); // the "crash": steps are in flight, nothing more is journaled
            for (const JobItemInfo &item : journal->items(id)) {
                for (const JobStepInfo &s : journal->steps(id, item.key)) {
                    if (s.state == StepState::Done)
                        doneBeforeCrash.insert(item.key + QLatin1Char('/') + s.name);
                }
            }
            journal.reset();
        }
        QVERIFY(doneBeforeCrash.size() >= 5);
        QVERIFY(doneBeforeCrash.size() < 16);
        const QHash<QString, int> startedBefore = probe.started;

        JobJournal journal(path);
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        engine.setSession(emu.connection().id, emu.session.get());
        tdtest::registerEmulatorType(engine.types(), &probe);
        QCOMPARE(engine.interruptedAtStart(), QStringList{id});
        QCOMPARE(engine.job(id).state, JobState::Interrupted);
        QString error;
        QVERIFY2(engine.resume(id, &error), qPrintable(error));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QCOMPARE(probe.completed.size(), 16);
        for (auto it = probe.completed.cbegin(); it != probe.completed.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (const QString &k : doneBeforeCrash)
            QVERIFY2(probe.started.value(k) == startedBefore.value(k), qPrintable(k)); // never re-run
        // Nothing twice on the server: one profile and one workspace per item.
        emu::EmulatorState *state = emu.server->state();
        QHash<QString, int> profiles, workspaces;
        for (const emu::Profile &p : state->profiles().items())
            ++profiles[p.displayName];
        for (const emu::Workspace &w : state->workspaces().items())
            ++workspaces[w.name];
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(profiles.value(QStringLiteral("crash-p%1").arg(i)), 1);
            QCOMPARE(workspaces.value(QStringLiteral("crash-w%1").arg(i)), 1);
        }
        int rerun = 0; // steps caught in flight by the crash ran again (idempotently)
        for (const JobItemInfo &i : journal.items(id)) {
            for (const JobStepInfo &s : journal.steps(id, i.key)) {
                QCOMPARE(s.state, StepState::Done);
                rerun += s.attempts > 1 ? 1 : 0;
            }
        }
        QVERIFY(rerun >= 1);
        const JobItemInfo item = journal.item(id, QStringLiteral("i3"));
        QVERIFY(!item.result.value(QStringLiteral("workspace"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString()
                     .isEmpty());
    }

    void needsInputStopsOnlyItsItem()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        JobProbe probe;
        tdtest::registerAskType(engine.types(), &probe);
        const QString id = engine.submit(askJob(3, 1));
        QVERIFY(!id.isEmpty());
        // The other items finish; the job then shows that it waits for input, and stays active.
        QTRY_COMPARE(engine.job(id).state, JobState::NeedsInput);
        QVERIFY(engine.isActive(id));
        const JobInfo job = engine.job(id);
        QCOMPARE(job.waiting, 1);
        QCOMPARE(job.done, 2);
        const JobItemInfo waiting = journal.item(id, QStringLiteral("i0"));
        QCOMPARE(waiting.state, ItemState::NeedsInput);
        QCOMPARE(waiting.inputRequest.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("modelParameters"));
        QCOMPARE(waiting.inputRequest.value(QStringLiteral("step")).toString(), QStringLiteral("ask"));
        QCOMPARE(journal.steps(id, QStringLiteral("i0")).at(1).state, StepState::NeedsInput);
        QVERIFY(!engine.pause(id)); // nothing runs

        QString error;
        QVERIFY(!engine.provideInput(id, QStringLiteral("i1"), {}, &error)); // i1 is done
        QVERIFY(error.contains(QLatin1String("does not wait")));
        const QJsonObject input{
            {QStringLiteral("values"), QJsonObject{{QStringLiteral("Server"), QStringLiteral("s1")}}}};
        QVERIFY2(engine.provideInput(id, QStringLiteral("i0"), input, &error), qPrintable(error));
        QVERIFY(waitState(engine, id, JobState::Completed));
        const JobItemInfo done = journal.item(id, QStringLiteral("i0"));
        QCOMPARE(done.state, ItemState::Done);
        QCOMPARE(done.result.value(QStringLiteral("ask"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("Server"))
                     .toString(),
                 QStringLiteral("s1"));
        QCOMPARE(probe.started.value(QStringLiteral("i0/a")), 1);   // not run again
        QCOMPARE(probe.started.value(QStringLiteral("i0/ask")), 2); // asked, then ran with the input
        QVERIFY(done.inputRequest.isEmpty());
    }

    void needsInputSurvivesARestart()
    {
        const QString path = freshPath();
        const QString secret = QStringLiteral("pw-77-not-journaled");
        QString id;
        JobProbe probe;
        {
            JobJournal journal(path);
            QVERIFY(journal.open());
            JobEngine engine(&journal);
            tdtest::registerAskType(engine.types(), &probe);
            id = engine.submit(askJob(2, 2));
            QTRY_COMPARE(engine.job(id).state, JobState::NeedsInput);
            QCOMPARE(engine.job(id).waiting, 2);
        } // the app closes
        JobJournal journal(path);
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        tdtest::registerAskType(engine.types(), &probe);
        QVERIFY(!engine.interruptedAtStart().contains(id)); // nothing ran: it still waits
        QCOMPARE(engine.job(id).state, JobState::NeedsInput);
        QCOMPARE(journal.item(id, QStringLiteral("i1")).state, ItemState::NeedsInput);
        QVERIFY(!journal.item(id, QStringLiteral("i1")).inputRequest.isEmpty());

        const QJsonObject input{
            {QStringLiteral("values"), QJsonObject{{QStringLiteral("A"), QStringLiteral("1")}}},
            {QStringLiteral("secret"), secret}};
        QString error;
        QVERIFY2(engine.provideInput(id, QStringLiteral("i1"), input, &error), qPrintable(error));
        QVERIFY(engine.isActive(id));
        QTRY_COMPARE(journal.item(id, QStringLiteral("i1")).state, ItemState::Done);
        QCOMPARE(engine.job(id).state, JobState::NeedsInput); // i0 still waits
        QVERIFY(engine.provideInput(id, QStringLiteral("i0"),
                                    QJsonObject{{QStringLiteral("values"), QJsonObject{}}}));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QCOMPARE(probe.started.value(QStringLiteral("i1/a")), 1);
        const QJsonObject ask =
            journal.item(id, QStringLiteral("i1")).result.value(QStringLiteral("ask")).toObject();
        QCOMPARE(ask.value(QStringLiteral("secretLength")).toInt(),
                 int(secret.size())); // the step had it ...
        journal.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("\"A\":\"1\""));
        QFile wal(path + QStringLiteral("-wal"));
        const QByteArray walBytes = wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        QVERIFY(!bytes.contains(secret.toUtf8()) &&
                !walBytes.contains(secret.toUtf8())); // ... the file never
    }

    void cancelEndsWaitingItems()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal);
        JobProbe probe;
        tdtest::registerAskType(engine.types(), &probe);
        const QString id = engine.submit(askJob(1, 1));
        QTRY_COMPARE(engine.job(id).state, JobState::NeedsInput);
        QVERIFY(engine.cancel(id));
        QVERIFY(waitState(engine, id, JobState::Cancelled));
        QCOMPARE(journal.item(id, QStringLiteral("i0")).state, ItemState::Cancelled);
        QVERIFY(!engine.provideInput(id, QStringLiteral("i0"), {}));
    }

    void schemaOneIsUpgraded()
    {
        const QString path = freshPath();
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            d.setDatabaseName(path);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE jobs (id TEXT PRIMARY KEY, type TEXT NOT NULL, title TEXT,"
                               " connection_id TEXT, state TEXT NOT NULL, created TEXT, updated TEXT,"
                               " params TEXT)")));
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE items (job_id TEXT NOT NULL, item_key TEXT NOT NULL,"
                               " display_name TEXT, position INTEGER, state TEXT NOT NULL, params TEXT,"
                               " result TEXT, error TEXT, request_id TEXT, updated TEXT,"
                               " PRIMARY KEY (job_id, item_key))")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO jobs VALUES ('j1', 'test.pure', 'Old', '', 'paused', '', '',"
                               " '{}')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO items VALUES ('j1', 'k1', 'K1', 0, 'pending', '{}', '{}', '',"
                               " '', '')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        JobJournal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.item(QStringLiteral("j1"), QStringLiteral("k1")).displayName, QStringLiteral("K1"));
        QVERIFY(journal.item(QStringLiteral("j1"), QStringLiteral("k1")).inputRequest.isEmpty());
        QCOMPARE(journal.steps(QStringLiteral("j1"), QStringLiteral("k1")).size(), 0); // steps table made
        QVERIFY(!journal.createJob(askJob(1, 1), {{QStringLiteral("a")}}).isEmpty());
        // Schema 3: who runs a job.
        const JobLease owner = JobLease::thisProcess(QDateTime::currentDateTimeUtc());
        const QString owned = journal.createJob(askJob(1, 1), {{QStringLiteral("a")}}, nullptr, owner);
        QCOMPARE(journal.leases().holder(owned).pid, owner.pid);
        QCOMPARE(journal.leases().holder(owned).since, owner.since);
    }

    // Two engines over one journal (two windows, or a window and a command): the second leaves the job
    // the first runs alone, and refuses to resume or cancel it, saying where it runs.
    void aJobRunningElsewhereIsLeftAlone()
    {
        const QString path = freshPath();
        JobJournal firstJournal(path);
        QVERIFY(firstJournal.open());
        JobEngine first(&firstJournal);
        JobProbe probe;
        tdtest::registerPureType(first.types(), &probe);
        const QString id = first.submit(pureJob(4, 150));
        QVERIFY(QTest::qWaitFor([&] { return probe.inFlight > 0; }, 5000));
        const JobLease owner = firstJournal.leases().holder(id);
        QCOMPARE(owner.pid, QCoreApplication::applicationPid());
        QCOMPARE(owner.host, QSysInfo::machineHostName());

        JobJournal secondJournal(path);
        QVERIFY(secondJournal.open());
        JobEngine second(&secondJournal);
        tdtest::registerPureType(second.types(), &probe);
        QVERIFY(second.interruptedAtStart().isEmpty());
        QCOMPARE(second.job(id).state, JobState::Running);
        QCOMPARE(second.runningElsewhere(id).pid, owner.pid);
        QVERIFY(first.runningElsewhere(id).isEmpty()); // it runs here
        QString error;
        QVERIFY(!second.resume(id, &error));
        QVERIFY2(error.contains(QStringLiteral("process %1 on host %2 since").arg(owner.pid).arg(owner.host)),
                 qPrintable(error));
        QVERIFY(!second.cancel(id, &error));
        QVERIFY(!second.isActive(id));
        QVERIFY(waitState(first, id, JobState::Completed));
        QCOMPARE(probe.totalStarted(), 12);                  // every step once, in the first engine
        QVERIFY(firstJournal.leases().holder(id).isEmpty()); // released when it ended
    }

    // On this host an owner is gone with its process: its pid is not alive, or it is the pid of another
    // (later) process. A live one keeps its job, whatever its heartbeat says.
    void anOwnerOnThisHostIsGoneWithItsProcess()
    {
        const qint64 self = QCoreApplication::applicationPid();
        if (JobLease::processStartOf(self).isEmpty())
            QSKIP("the start time of a process is not known here");
        QProcess ended;
        ended.start(QStringLiteral("true"), QStringList());
        QVERIFY(ended.waitForStarted(5000));
        const qint64 deadPid = ended.processId();
        QVERIFY(ended.waitForFinished(5000));
        const QString host = QSysInfo::machineHostName();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        const QString dead = journal.createJob(pureJob(1), kPureSteps, nullptr, ownerAt(host, deadPid, now));
        const QString reused =
            journal.createJob(pureJob(1), kPureSteps, nullptr, ownerAt(host, self, now, QStringLiteral("1")));
        const QString alive =
            journal.createJob(pureJob(1), kPureSteps, nullptr,
                              ownerAt(host, self, now.addDays(-1), JobLease::processStartOf(self)));
        QVERIFY(!dead.isEmpty() && !reused.isEmpty() && !alive.isEmpty());
        JobEngine engine(&journal);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        QStringList interrupted = engine.interruptedAtStart();
        interrupted.sort();
        QStringList expected{dead, reused};
        expected.sort();
        QCOMPARE(interrupted, expected);
        QCOMPARE(engine.job(alive).state, JobState::Running);
        QVERIFY(journal.leases().holder(dead).isEmpty());
        QString error;
        QVERIFY2(engine.resume(dead, &error), qPrintable(error));
        QVERIFY(waitState(engine, dead, JobState::Completed));
        QVERIFY(!engine.resume(alive, &error));
    }

    // On another host the heartbeat tells: an owner silent for longer than the expiry is gone (clock
    // injected). The engine that takes the job over renews its own heartbeat, then releases the lease.
    void aLeaseOnAnotherHostExpires()
    {
        FakeClock clock;
        JobLeasePolicy policy;
        policy.clock = &clock;
        policy.heartbeatMs = 20;
        policy.expiryMs = 60000;
        const QDateTime t0 = at(clock);
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        const QString id =
            journal.createJob(pureJob(3, 100), {kPureSteps.first(), kPureSteps.first(), kPureSteps.first()},
                              nullptr, ownerAt(QStringLiteral("build-agent-7.example"), 4242, t0));
        JobProbe probe;
        clock.now += 59000;
        {
            JobEngine engine(&journal, nullptr, policy);
            tdtest::registerPureType(engine.types(), &probe);
            QVERIFY(engine.interruptedAtStart().isEmpty());
            QString error;
            QVERIFY(!engine.resume(id, &error));
            QVERIFY2(error.contains(QStringLiteral("process 4242 on host build-agent-7.example since %1")
                                        .arg(t0.toString(Qt::ISODate))),
                     qPrintable(error));
            QCOMPARE(probe.totalStarted(), 0);
        }
        clock.now += 2000; // 61 s without a heartbeat
        JobEngine engine(&journal, nullptr, policy);
        tdtest::registerPureType(engine.types(), &probe);
        QCOMPARE(engine.interruptedAtStart(), QStringList{id});
        QString error;
        QVERIFY2(engine.resume(id, &error), qPrintable(error));
        const JobLease mine = journal.leases().holder(id);
        QCOMPARE(mine.pid, QCoreApplication::applicationPid());
        QCOMPARE(mine.since, at(clock));
        clock.now += 5000;
        QTRY_COMPARE(journal.leases().holder(id).heartbeat, at(clock));
        QVERIFY(waitState(engine, id, JobState::Completed));
        QVERIFY(journal.leases().holder(id).isEmpty());
        QCOMPARE(probe.totalStarted(), 9);
    }

    // Another process took the job over (this engine's heartbeat came late): the job stops here at once
    // and this engine journals nothing more for it.
    void aJobTakenOverElsewhereStopsHere()
    {
        FakeClock clock;
        JobLeasePolicy policy;
        policy.clock = &clock;
        policy.heartbeatMs = 20;
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobEngine engine(&journal, nullptr, policy);
        JobProbe probe;
        tdtest::registerPureType(engine.types(), &probe);
        const QString id = engine.submit(pureJob(2, 300));
        QVERIFY(QTest::qWaitFor([&] { return probe.inFlight > 0; }, 5000));
        QVERIFY(journal.leases().write(id, ownerAt(QStringLiteral("other.example"), 77, at(clock))));
        QTRY_VERIFY(!engine.isActive(id));
        QTest::qWait(400); // the steps it ran would have ended by now
        QCOMPARE(probe.completed.size(), 0);
        QCOMPARE(journal.leases().holder(id).host, QStringLiteral("other.example"));
        QCOMPARE(engine.runningElsewhere(id).pid, qint64(77));
        QCOMPARE(engine.job(id).state, JobState::Running); // as the other owner journals it
    }

    void jobCenterListsLiveOperations()
    {
        JobCenter center;
        QVERIFY(!center.engine());
        center.setJournalUnavailable(QStringLiteral("disk full"));
        QCOMPARE(center.unavailableReason(), QStringLiteral("disk full"));
        int cancels = 0;
        QSignalSpy changed(&center, &JobCenter::jobChanged);
        const QString id = center.trackOperation(QStringLiteral("Crawl"), [&] { ++cancels; });
        QCOMPARE(center.jobs().size(), 1);
        center.updateOperation(id, 3, 10);
        QCOMPARE(center.job(id).done, 3);
        QVERIFY(center.canCancel(id));
        QVERIFY(!center.canResume(id));
        QVERIFY(center.cancel(id));
        QCOMPARE(cancels, 1);
        JobItemInfo failed;
        failed.key = QStringLiteral("1");
        failed.state = ItemState::Failed;
        failed.error = QStringLiteral("boom");
        center.finishOperation(id, JobState::CompletedWithErrors, QStringLiteral("done"), {failed});
        QCOMPARE(center.job(id).state, JobState::CompletedWithErrors);
        QCOMPARE(center.job(id).failed, 1);
        QCOMPARE(center.items(id).size(), 1);
        QVERIFY(!center.canCancel(id));
        QVERIFY(changed.count() >= 2);
    }

    void jobCenterTracksACrawler()
    {
        EmulatorFixture emu;
        QVERIFY(emu.start(QStringLiteral("demo")));
        InventoryStore store(m_dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY(store.open());
        JobCenter center;
        InventoryCrawler crawler(emu.session.get(), &store);
        const QString id = trackCrawl(&center, &crawler, QStringLiteral("Inventory of the emulator"));
        QCOMPARE(center.job(id).title, QStringLiteral("Inventory of the emulator"));
        QVERIFY(center.canCancel(id));
        crawler.start();
        QVERIFY(QTest::qWaitFor([&] { return isFinal(center.job(id).state); }, 20000));
        const JobInfo job = center.job(id);
        QCOMPARE(job.state, JobState::Completed);
        QVERIFY(job.total > 5);
        QCOMPARE(job.done, job.total);
        QVERIFY2(job.summary.contains(QLatin1String("workspaces")), qPrintable(job.summary));
        QVERIFY(!center.canCancel(id));

        // Cancel through the center reaches the crawler.
        InventoryCrawler second(emu.session.get(), &store);
        const QString id2 = trackCrawl(&center, &second, QStringLiteral("Again"));
        second.start();
        QVERIFY(center.cancel(id2));
        QVERIFY(QTest::qWaitFor([&] { return isFinal(center.job(id2).state); }, 5000));
        QCOMPARE(center.job(id2).state, JobState::Cancelled);
        QCOMPARE(center.jobs().size(), 2);
    }

private:
    static JobRequest emuJob(const EmulatorFixture &emu, int items, const QString &prefix)
    {
        JobRequest r;
        r.type = QStringLiteral("test.emu");
        r.title = QStringLiteral("Emulator job");
        r.connectionId = emu.connection().id;
        for (int i = 0; i < items; ++i)
            r.items.append(
                {QStringLiteral("i%1").arg(i), QStringLiteral("Customer %1").arg(i),
                 QJsonObject{{QStringLiteral("profile"), QStringLiteral("%1-p%2").arg(prefix).arg(i)},
                             {QStringLiteral("workspace"), QStringLiteral("%1-w%2").arg(prefix).arg(i)}}});
        return r;
    }
};

QTEST_GUILESS_MAIN(TstJobEngine)
#include "tst_job_engine.moc"
