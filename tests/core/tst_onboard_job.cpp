// Bulk onboarding as a journaled job against the emulator: 200 customers through injected 5xx and 429s,
// bad rows, a missing .pbix, and a resume after the engine was destroyed mid-import. The wizard's plan as
// the same job type: an existing profile, the parameter review (needs input), credentials whose secret
// stays in memory; and the step names bulk plans are journaled with.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "OnboardTestRig.h"
#include "TestHelpers.h"
#include "TestJobTypes.h"
#include "app/api/PowerBiClient.h"
#include "app/domain/Types.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/BulkResult.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/onboarding/OnboardingPlan.h"
#include "app/util/Csv.h"

using namespace td;

namespace {
const QString kPbix = QStringLiteral(TD_SOURCE_DIR "/resources/demo/sample-report.pbix");

// A real event loop between checks (QTest::qWaitFor sleeps 10 ms per turn, which would pace the job).
bool waitEnded(JobEngine *engine, const QString &id, int ms)
{
    auto ended = [&] { return !engine->isActive(id) && isFinal(engine->job(id).state); };
    QSignalSpy finished(engine, &JobEngine::jobFinished);
    QElapsedTimer t;
    t.start();
    while (!ended() && t.elapsed() < ms)
        finished.wait(int(qMax<qint64>(1, ms - t.elapsed())));
    return ended();
}
} // namespace

class TstOnboardJob : public QObject
{
    Q_OBJECT
private:
    OnboardTestRig m_rig;
    OnboardJobParams fastParams() const
    {
        OnboardJobParams p;
        p.pollMs = 20;
        p.retryDelayMs = 20;
        p.retries = 6;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_rig.start()); }

    void twoHundredThroughFaults()
    {
        // Every 10th customer imports the sample and sets a parameter; every 25th also gets a capacity.
        const auto caps = waitFor(m_rig.emu.session->client()->listCapacities());
        QVERIFY(caps && caps->ok());
        QString capacity;
        for (const QJsonObject &c : caps->items) {
            if (Capacity::fromJson(c).state == QLatin1String("Active"))
                capacity = Capacity::fromJson(c).id;
        }
        QVERIFY(!capacity.isEmpty());
        QByteArray csv = "customerId,displayName,capacityId,pbix,param.Server\n";
        for (int i = 0; i < 200; ++i) {
            const bool content = i % 10 == 0;
            csv += QStringLiteral("F%1,Fault Co %1,%2,%3,%4\n")
                       .arg(i)
                       .arg(i % 25 == 0 ? capacity : QString(), content ? m_rig.samplePbix() : QString(),
                            content ? QStringLiteral("sql-%1.example").arg(i) : QString())
                       .toUtf8();
        }
        BulkOnboarding bulk(m_rig.engine.get(), m_rig.emu.session.get());
        QString error;
        QVERIFY2(bulk.load(m_rig.writeFile(QStringLiteral("faults.csv"), csv), &error), qPrintable(error));
        QCOMPARE(bulk.goodRows().size(), 200);
        bulk.setParams(fastParams());

        emu::FaultSettings faults;
        faults.serverErrorShare = 0.10;
        faults.throttleShare = 0.05;
        faults.throttleRetryAfterSecs = 0;
        m_rig.emu.server->setRandomSeed(20261123);
        m_rig.emu.server->setFaults(faults);
        m_rig.emu.server->clearRequestLog();
        QElapsedTimer t;
        t.start();
        const QString id = bulk.submit(&error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(waitEnded(m_rig.engine.get(), id, 60000));
        m_rig.emu.server->setFaults({});
        int throttled = 0, serverErrors = 0;
        for (const emu::RequestRecord &r : m_rig.emu.server->requestLog()) {
            throttled += r.status == 429 ? 1 : 0;
            serverErrors += r.status >= 500 ? 1 : 0;
        }
        qInfo("200 customers in %lld ms; %d x 429, %d x 5xx injected", t.elapsed(), throttled, serverErrors);
        QVERIFY(throttled > 10 && serverErrors > 20);

        const JobInfo job = m_rig.engine->job(id);
        QString failures;
        for (const JobItemInfo &item : m_rig.engine->items(id)) {
            if (item.state != ItemState::Done)
                failures += item.key + QStringLiteral(": ") + item.error + QLatin1Char('\n');
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.done, 200);

        const QString connectionId = m_rig.emu.connection().id;
        for (const OnboardingRow &row : bulk.goodRows()) {
            const QString name = bulk.params().naming.profileName(row);
            QCOMPARE(m_rig.profilesNamed(name), 1);
            const QString ws = bulk.params().naming.workspaceName(row);
            const auto spaces = m_rig.workspacesNamed(ws);
            QCOMPARE(spaces.size(), 1);
            if (!row.pbixPath.isEmpty()) {
                int datasets = 0;
                QCOMPARE(m_rig.importsIn(ws, QStringLiteral("sample-report"), &datasets), 1);
                QCOMPARE(datasets, 1);
            }
            if (!row.capacityId.isEmpty())
                QCOMPARE(spaces.first()->capacityId.toLower(), capacity.toLower());
            const Customer c = m_rig.registry->find(connectionId, row.customerId);
            QCOMPARE(c.status, QStringLiteral("active"));
            QVERIFY(Connection::isGuid(c.profileId));
            QCOMPARE(c.workspaceIds, QStringList{spaces.first()->id});
        }

        // The result CSV: one line per customer with its ids.
        const CsvTable table = Csv::parse(BulkResult::toCsv(m_rig.engine->items(id)).toUtf8());
        QCOMPARE(table.header, BulkResult::header());
        QCOMPARE(table.rows.size(), 200);
        QCOMPARE(table.rows.first().fields.at(2), QStringLiteral("done"));
        QVERIFY(Connection::isGuid(table.rows.first().fields.at(5))); // reportId of F0
    }

    void badRowsAndAMissingFileFailOnlyThemselves()
    {
        const QString gone = m_rig.writeFile(QStringLiteral("gone.pbix"), QByteArrayLiteral("PK\x03\x04"));
        const QByteArray csv = "customerId,displayName,pbix\n"
                               "B1,Bee One,\n"
                               "bad id!,Broken,\n"
                               "B1,Duplicate,\n"
                               "B3\n"
                               "B4,Bee Four,gone.pbix\n"
                               "B5,Bee Five,nowhere.pbix\n"
                               "B6,Bee Six,\n";
        BulkOnboarding bulk(m_rig.engine.get(), m_rig.emu.session.get());
        QVERIFY(bulk.load(m_rig.writeFile(QStringLiteral("bad.csv"), csv)));
        bulk.setParams(fastParams());
        QCOMPARE(bulk.rows().size(), 7);
        QCOMPARE(bulk.badRows().size(), 4); // bad id, duplicate, missing columns, missing file
        QVERIFY(bulk.badRows().at(3).error.contains(QLatin1String("nowhere.pbix")));

        // Dry run: what will be created, and the rows' errors.
        QSignalSpy planned(&bulk, &BulkOnboarding::planned);
        bulk.plan();
        QVERIFY(planned.wait(10000));
        QCOMPARE(bulk.planEntries().size(), 7);
        QCOMPARE(bulk.planEntries().at(0).profile, PlanEntry::Action::Create);
        QCOMPARE(bulk.planEntries().at(4).import, PlanEntry::Action::Import);
        QVERIFY(!bulk.planEntries().at(1).error.isEmpty());

        QVERIFY(QFile::remove(gone)); // vanishes between the dry run and the run
        QString error;
        const QString id = bulk.submit(&error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(waitEnded(m_rig.engine.get(), id, 20000));
        QCOMPARE(m_rig.engine->job(id).state, JobState::CompletedWithErrors);
        const QVector<JobItemInfo> items = m_rig.engine->items(id);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).state, ItemState::Done);
        QCOMPARE(items.at(1).state, ItemState::Failed);
        QVERIFY2(items.at(1).error.startsWith(QLatin1String("import:")), qPrintable(items.at(1).error));
        QCOMPARE(items.at(2).state, ItemState::Done);
        const QString cid = m_rig.emu.connection().id;
        QCOMPARE(m_rig.registry->find(cid, QStringLiteral("B4")).status, QStringLiteral("failed:import"));
        QVERIFY(Connection::isGuid(m_rig.registry->find(cid, QStringLiteral("B4")).profileId));
        QCOMPARE(m_rig.registry->find(cid, QStringLiteral("B6")).status, QStringLiteral("active"));

        const QString resultPath = m_rig.dir.filePath(QStringLiteral("bad-result.csv"));
        QVERIFY(BulkResult::write(resultPath, items, bulk.badRows(), &error));
        QFile f(resultPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvTable table = Csv::parse(f.readAll());
        QCOMPARE(table.rows.size(), 7);
        QCOMPARE(table.rows.at(1).fields.at(2), QStringLiteral("failed"));
        QCOMPARE(table.rows.at(3).fields.at(2), QStringLiteral("invalid"));
    }

    void bulkPlansKeepTheirStepNames()
    {
        // Journaled bulk jobs resume only when the plan factory gives the same names for the same params.
        OnboardingRow row;
        row.customerId = QStringLiteral("N1");
        row.displayName = QStringLiteral("Names");
        const QJsonObject job = fastParams().toJson();
        QCOMPARE(OnboardJobType::stepNames(job, onboardItemParams(row)),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("workspace"),
                              QStringLiteral("registry")}));
        row.capacityId = QStringLiteral("cap");
        row.pbixPath = kPbix;
        row.parameters = {{QStringLiteral("Server"), QStringLiteral("s")}};
        QCOMPARE(OnboardJobType::stepNames(job, onboardItemParams(row)),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("workspace"),
                              QStringLiteral("capacity"), QStringLiteral("import"),
                              QStringLiteral("parameters"), QStringLiteral("registry")}));
        OnboardingPlan plan;
        plan.customerId = QStringLiteral("N2");
        plan.pbixFiles = {kPbix, kPbix};
        plan.reviewParameters = true;
        plan.setCredentials = true;
        plan.refresh = plan.embedCheck = true;
        const JobRequest wizard = onboardRequest(plan);
        QCOMPARE(OnboardJobType::stepNames(wizard.params, wizard.items.first().params),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("workspace"),
                              QStringLiteral("import"), QStringLiteral("parameters"),
                              QStringLiteral("credentials"), QStringLiteral("refresh"),
                              QStringLiteral("embedcheck"), QStringLiteral("registry")}));
    }

    void wizardPlanReviewsParametersAndKeepsTheSecretInMemory()
    {
        const QString secret = QStringLiteral("Wz-secret-4471");
        const QString connection = m_rig.emu.connection().id;
        const emu::Profile existing = m_rig.emu.server->state()->createProfile(
            m_rig.emu.server->primaryServicePrincipal().clientId, QStringLiteral("W1 existing"));
        OnboardingPlan plan;
        plan.connectionId = connection;
        plan.customerId = QStringLiteral("W1");
        plan.displayName = QStringLiteral("Wizard");
        plan.createProfile = false;
        plan.profileId = existing.id;
        plan.workspaceName = QStringLiteral("W1 workspace");
        plan.pbixFiles = {kPbix};
        plan.reviewParameters = true;
        plan.parameters = {{QStringLiteral("Server"), QStringLiteral("sql-w1.example")}};
        plan.setCredentials = true;
        plan.credentials.type = DatasourceCredentials::Type::Basic;
        plan.credentials.username = QStringLiteral("w1reader");
        plan.credentials.secret = secret;
        plan.refresh = true;
        QString error;
        const QString id = m_rig.engine->submit(onboardRequest(plan, 20), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.engine->job(id).state, JobState::NeedsInput, 15000);
        const JobItemInfo waiting = m_rig.journal->item(id, QStringLiteral("W1"));
        QCOMPARE(waiting.inputRequest.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("modelParameters"));
        QCOMPARE(
            waiting.inputRequest.value(QStringLiteral("prefill")).toObject().value(QStringLiteral("Server")),
            QJsonValue(QStringLiteral("sql-w1.example")));
        const QJsonArray datasets = waiting.inputRequest.value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        QVERIFY(!datasets.first().toObject().value(QStringLiteral("parameters")).toArray().isEmpty());
        // The existing profile was used, not created (nothing of it to roll back).
        QVERIFY(!waiting.result.value(QStringLiteral("profile"))
                     .toObject()
                     .value(QStringLiteral("created"))
                     .toBool());
        QCOMPARE(m_rig.profilesNamed(QStringLiteral("W1 existing")), 1);

        const QJsonObject values{{QStringLiteral("Database"), QStringLiteral("W1_DB")}};
        QVERIFY2(m_rig.engine->provideInput(id, QStringLiteral("W1"), {{QStringLiteral("values"), values}},
                                            &error),
                 qPrintable(error));
        QVERIFY(waitEnded(m_rig.engine.get(), id, 20000));
        const JobItemInfo done = m_rig.journal->item(id, QStringLiteral("W1"));
        QVERIFY2(done.state == ItemState::Done, qPrintable(done.error));
        const QString wsId = done.result.value(QStringLiteral("workspace"))
                                 .toObject()
                                 .value(QStringLiteral("workspaceId"))
                                 .toString();
        const QString dsId = done.result.value(QStringLiteral("import"))
                                 .toObject()
                                 .value(QStringLiteral("datasetId"))
                                 .toString();
        const emu::Workspace *ws = m_rig.emu.server->state()->findWorkspace(wsId);
        QVERIFY(ws);
        for (const emu::Dataset &d : ws->datasets) {
            if (d.id.compare(dsId, Qt::CaseInsensitive) != 0)
                continue;
            for (const emu::ModelParameter &p : d.parameters) {
                if (p.name == QLatin1String("Server"))
                    QCOMPARE(p.currentValue, QStringLiteral("sql-w1.example")); // the plan's value stays
                if (p.name == QLatin1String("Database"))
                    QCOMPARE(p.currentValue, QStringLiteral("W1_DB"));
            }
            for (const emu::ModelDatasource &src : d.datasources)
                QVERIFY(src.hasCredentials());
        }
        const Customer c = m_rig.registry->find(connection, QStringLiteral("W1"));
        QCOMPARE(c.status, QStringLiteral("active"));
        QVERIFY(!c.onboarding.contains(QStringLiteral("profileId"))); // found, not created
        QCOMPARE(c.onboarding.value(QStringLiteral("workspaceId")).toString(), wsId);
        for (const QString &file : {QStringLiteral("jobs.sqlite"), QStringLiteral("jobs.sqlite-wal"),
                                    QStringLiteral("customers.sqlite")}) {
            QFile f(m_rig.dir.filePath(file));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
    }

    void resumeAfterTheEngineDiesMidImport()
    {
        emu::FaultSettings slow;
        slow.latencyMs = 20;
        m_rig.emu.server->setFaults(slow);
        emu::JobSettings jobs = m_rig.emu.server->jobSettings();
        jobs.importDelayMs = 250;
        m_rig.emu.server->setJobSettings(jobs);
        QByteArray csv = "customerId,displayName,pbix\n";
        for (int i = 0; i < 20; ++i)
            csv += QStringLiteral("R%1,Resume %1,%2\n").arg(i).arg(m_rig.samplePbix()).toUtf8();
        BulkOnboarding bulk(m_rig.engine.get(), m_rig.emu.session.get());
        QVERIFY(bulk.load(m_rig.writeFile(QStringLiteral("resume.csv"), csv)));
        bulk.setParams(fastParams());
        QString error;
        const QString id = bulk.submit(&error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        // Destroy the engine while uploads have happened and their imports are still publishing.
        auto publishing = [&] {
            int n = 0;
            for (const emu::Workspace &w : m_rig.emu.server->state()->workspaces().items()) {
                for (const emu::ImportJob &i : w.imports)
                    n += i.importState == QLatin1String("Publishing") && w.name.startsWith(QLatin1String("R"))
                             ? 1
                             : 0;
            }
            return n;
        };
        QVERIFY(QTest::qWaitFor([&] { return publishing() >= 3; }, 20000));
        const int doneBefore = m_rig.engine->job(id).done;
        QVERIFY(doneBefore < 20);
        m_rig.newEngine();
        QCOMPARE(m_rig.engine->job(id).state, JobState::Interrupted);
        QVERIFY2(m_rig.engine->resume(id, &error), qPrintable(error));
        QVERIFY(waitEnded(m_rig.engine.get(), id, 30000));
        QCOMPARE(m_rig.engine->job(id).state, JobState::Completed);
        m_rig.emu.server->setFaults({});
        for (const OnboardingRow &row : bulk.goodRows()) {
            const QString ws = bulk.params().naming.workspaceName(row);
            QCOMPARE(m_rig.profilesNamed(bulk.params().naming.profileName(row)), 1);
            QCOMPARE(m_rig.workspacesNamed(ws).size(), 1);
            int datasets = 0;
            QCOMPARE(m_rig.importsIn(ws, QStringLiteral("sample-report"), &datasets), 1);
            QCOMPARE(datasets, 1);
            QCOMPARE(m_rig.registry->find(m_rig.emu.connection().id, row.customerId).status,
                     QStringLiteral("active"));
        }
    }
};

QTEST_GUILESS_MAIN(TstOnboardJob)
#include "tst_onboard_job.moc"
