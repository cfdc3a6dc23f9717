#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QSignalSpy>

#include "OnboardTestRig.h"
#include "TestHelpers.h"
#include "app/api/PowerBiClient.h"
#include "app/onboarding/BulkCsv.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/BulkPlanner.h"
#include "app/onboarding/BulkResult.h"
#include "app/onboarding/ExistingCustomers.h"
#include "app/util/Csv.h"

using namespace td;

class TestBulk : public QObject
{
    Q_OBJECT
private:
    OnboardTestRig m_rig;
    EmulatorFixture &m_emu = m_rig.emu;

    // A bulk onboarding of csv against the rig's registry, registered customers handled by policy.
    std::unique_ptr<BulkOnboarding> load(const QString &name, const QByteArray &csv, ExistingPolicy policy)
    {
        auto bulk = std::make_unique<BulkOnboarding>(m_rig.engine.get(), m_emu.session.get());
        bulk->setExisting(m_rig.registry.get(), m_emu.connection().id, policy);
        OnboardJobParams params;
        params.pollMs = 20;
        bulk->setParams(params);
        QString error;
        if (!bulk->load(m_rig.writeFile(name, csv), &error))
            qWarning("%s", qPrintable(error));
        return bulk;
    }
    // Submits the bulk's good rows and waits for the job's end; its state (and *jobId).
    JobState run(BulkOnboarding &bulk, QString *jobId = nullptr)
    {
        QString error;
        const QString id = bulk.submit(&error);
        if (jobId)
            *jobId = id;
        if (id.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return JobState::Failed;
        }
        const auto ended = [&] {
            return !m_rig.engine->isActive(id) && isFinal(m_rig.engine->job(id).state);
        };
        if (!QTest::qWaitFor(ended, 30000))
            qWarning("the job did not end in time");
        return m_rig.engine->job(id).state;
    }
    static QString dash() { return QStringLiteral(" \u2013 "); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_rig.start()); }

    void badRowsAreReportedAndTheRestProceed()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("files"));
        QFile pbix(dir.filePath(QStringLiteral("files/sales.pbix")));
        QVERIFY(pbix.open(QIODevice::WriteOnly));
        pbix.write(QByteArrayLiteral("PK\x03\x04"));
        pbix.close();
        const QByteArray csv = "customerId,displayName,capacityId,pbix,param.Server,param.Database\n"
                               "C1,One,,files/sales.pbix,sql1.example,db1\n"
                               "C2,Two,not-a-guid,,,\n"
                               "bad id!,Three,,,,\n"
                               "C1,Again,,,,\n"
                               "C5,Five,,files/missing.pbix,,\n"
                               "C6,Six\n"
                               "C7,,,,,\n"
                               "C8,\"Eight, Ltd\",aaaaaaaa-0000-4000-8000-000000000001,,sql8,db8\n";
        const BulkCsvResult r = BulkCsv::parse(csv, dir.path());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 8);
        QCOMPARE(r.okCount(), 2);
        QVERIFY(r.rows[0].ok());
        QCOMPARE(r.rows[0].pbixPath, QDir::cleanPath(dir.filePath(QStringLiteral("files/sales.pbix"))));
        QCOMPARE(r.rows[0].parameters.size(), 2);
        QCOMPARE(r.rows[0].parameters[0].first, QStringLiteral("Server"));
        QCOMPARE(r.rows[0].parameters[1].second, QStringLiteral("db1"));
        QVERIFY(r.rows[1].error.contains(QLatin1String("not a GUID")));
        QVERIFY(r.rows[2].error.contains(QLatin1String("not valid")));
        QVERIFY(r.rows[3].error.contains(QLatin1String("more than once")));
        QVERIFY(r.rows[4].error.contains(QLatin1String("missing.pbix")));
        QVERIFY(r.rows[5].error.contains(QLatin1String("columns")));
        QVERIFY(r.rows[6].error.contains(QLatin1String("display name")));
        QVERIFY(r.rows[7].ok());
        QCOMPARE(r.rows[7].displayName, QStringLiteral("Eight, Ltd"));
        QVERIFY(r.rows[4].error.startsWith(QLatin1String("line 6")));
    }

    // The pbix column uploads only .pbix files (extension and ZIP signature) from the CSV's folder; a
    // path that leaves it is refused with the same words whether the file exists or not.
    void pbixOnlyFromTheCsvFolder()
    {
        QTemporaryDir outer;
        const QString csvDir = outer.filePath(QStringLiteral("batch"));
        QVERIFY(QDir().mkpath(csvDir + QStringLiteral("/files")));
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(csvDir + QStringLiteral("/files/ok.pbix"), QByteArrayLiteral("PK\x03\x04rest")));
        QVERIFY(write(csvDir + QStringLiteral("/files/text.pbix"), "not a zip"));
        QVERIFY(write(outer.filePath(QStringLiteral("secret.pbix")), QByteArrayLiteral("PK\x03\x04rest")));
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("secret.pbix")),
                            csvDir + QStringLiteral("/link.pbix")));
        const QByteArray csv = "customerId,displayName,pbix\n"
                               "C1,One,files/ok.pbix\n"
                               "C2,Two,../../../../etc/passwd\n"
                               "C3,Three,/etc/shadow\n"
                               "C4,Four,../secret.pbix\n"
                               "C5,Five,../missing.pbix\n"
                               "C6,Six,files/text.pbix\n"
                               "C7,Seven,link.pbix\n"
                               "C8,Eight,files/../files/ok.pbix\n";
        const BulkCsvResult r = BulkCsv::parse(csv, csvDir);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 8);
        QVERIFY2(r.rows[0].ok(), qPrintable(r.rows[0].error));
        QVERIFY(r.rows[1].error.contains(QLatin1String(".pbix file")));
        QVERIFY(r.rows[2].error.contains(QLatin1String(".pbix file")));
        QVERIFY2(r.rows[3].error.contains(QLatin1String("CSV's folder")), qPrintable(r.rows[3].error));
        // An existing and a missing file outside the folder: the same words, the name aside.
        QCOMPARE(QString(r.rows[3].error).replace(QLatin1String("secret"), QLatin1String("X")).mid(7),
                 QString(r.rows[4].error).replace(QLatin1String("missing"), QLatin1String("X")).mid(7));
        QVERIFY(r.rows[5].error.contains(QLatin1String("ZIP")));
        QVERIFY2(r.rows[6].error.contains(QLatin1String("CSV's folder")), qPrintable(r.rows[6].error));
        QVERIFY2(r.rows[7].ok(), qPrintable(r.rows[7].error));
        for (const OnboardingRow &row : r.rows)
            QVERIFY(!row.error.contains(QLatin1String("exist")));

        // Allowed explicitly: the file outside is used; a missing one now says so; not-a-pbix still refused.
        const BulkCsvResult allowed = BulkCsv::parse(csv, csvDir, true);
        QVERIFY2(allowed.rows[3].ok(), qPrintable(allowed.rows[3].error));
        QCOMPARE(allowed.rows[3].pbixPath, QDir::cleanPath(outer.filePath(QStringLiteral("secret.pbix"))));
        QVERIFY(allowed.rows[4].error.contains(QLatin1String("does not exist")));
        QVERIFY(!allowed.rows[1].ok());
        QVERIFY(!allowed.rows[2].ok());
        QVERIFY(allowed.rows[6].ok());
    }

    void wholeFileProblems()
    {
        QVERIFY(BulkCsv::parse("customerId,displayName\nC1,Caf\xE9\n", QString())
                    .error.contains(QLatin1String("UTF-8")));
        QVERIFY(BulkCsv::parse("id,name\nC1,X\n", QString()).error.contains(QLatin1String("customerId")));
        QVERIFY(BulkCsv::read(QStringLiteral("/nonexistent/x.csv"))
                    .error.contains(QLatin1String("/nonexistent/x.csv")));
    }

    void dryRunSaysWhatExistsAndWhatWillBeCreated()
    {
        const auto profiles = waitFor(m_emu.session->client()->listProfiles());
        QVERIFY(profiles && profiles->ok());
        QString c0045;
        for (const QJsonObject &o : profiles->items) {
            if (Profile::fromJson(o).displayName.startsWith(QLatin1String("C0045")))
                c0045 = Profile::fromJson(o).displayName.mid(8);
        }
        QVERIFY(!c0045.isEmpty());
        const QByteArray csv =
            "customerId,displayName\nC0001,Fabrikam\nC0045," + c0045.toUtf8() + "\nC9100,Brand New\nbad!,X\n";
        const BulkCsvResult rows = BulkCsv::parse(csv, QString());
        BulkPlanner planner(m_emu.session.get(), rows.rows, OnboardingNaming());
        bool done = false;
        ApiError error;
        connect(&planner, &BulkPlanner::finished, this, [&](const ApiError &e) {
            done = true;
            error = e;
        });
        planner.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        const auto &e = planner.entries();
        QCOMPARE(e.size(), 4);
        QCOMPARE(e[0].profile, PlanEntry::Action::Exists);
        QCOMPARE(e[0].workspace, PlanEntry::Action::Exists);
        QVERIFY(Connection::isGuid(e[0].workspaceId));
        QCOMPARE(e[1].profile, PlanEntry::Action::Exists);
        QCOMPARE(e[1].workspace, PlanEntry::Action::Create); // the seeded profile without a workspace
        QCOMPARE(e[2].profile, PlanEntry::Action::Create);
        QCOMPARE(e[2].workspace, PlanEntry::Action::Create);
        QCOMPARE(e[2].profileName, QStringLiteral("C9100 \u2013 Brand New"));
        QVERIFY(!e[3].error.isEmpty());
        QCOMPARE(e[3].profile, PlanEntry::Action::Unknown);
    }

    // A registered customer id in a bulk CSV is refused by default (the registry would be re-pointed to a
    // second profile), skipped, or updated on its registered profile and workspace.
    void registeredCustomerIsRefusedSkippedOrUpdated()
    {
        const QString conn = m_emu.connection().id;
        const QString pbix = m_rig.samplePbix();
        auto first =
            load(QStringLiteral("alpha.csv"),
                 "customerId,displayName,pbix\nC9001,Alpha," + pbix.toUtf8() + "\n", ExistingPolicy::Fail);
        QCOMPARE(first->goodRows().size(), 1);
        QCOMPARE(run(*first), JobState::Completed);
        const Customer alpha = m_rig.registry->find(conn, QStringLiteral("C9001"));
        QCOMPARE(alpha.status, QStringLiteral("active"));
        QVERIFY(Connection::isGuid(alpha.profileId));
        QCOMPARE(alpha.workspaceIds.size(), 1);
        const QString alphaName = QStringLiteral("C9001") + dash() + QStringLiteral("Alpha");
        const QString betaName = QStringLiteral("C9001") + dash() + QStringLiteral("Beta");

        const QByteArray again =
            "customerId,displayName,pbix\nc9001,Beta," + pbix.toUtf8() + "\nC9002,Gamma,\n";
        // fail (the default): the row is invalid, with the registered profile named; the other row runs.
        auto refused = load(QStringLiteral("beta.csv"), again, ExistingPolicy::Fail);
        QCOMPARE(refused->rows().size(), 2);
        const OnboardingRow beta = refused->rows().at(0);
        QVERIFY2(beta.error.startsWith(QLatin1String("line 2: C9001 is already registered (profile ") +
                                       alpha.profileId),
                 qPrintable(beta.error));
        QVERIFY(refused->rows().at(1).ok());
        QCOMPARE(refused->goodRows().size(), 1);
        QCOMPARE(run(*refused), JobState::Completed);
        QCOMPARE(m_rig.registry->find(conn, QStringLiteral("C9001")).profileId, alpha.profileId);
        QCOMPARE(m_rig.registry->find(conn, QStringLiteral("C9001")).displayName, QStringLiteral("Alpha"));
        QCOMPARE(m_rig.profilesNamed(betaName), 0);

        // skip: left out, reported as skipped (not invalid); C9002 is registered now and skipped too.
        auto skipped = load(QStringLiteral("beta.csv"), again, ExistingPolicy::Skip);
        QVERIFY(skipped->goodRows().isEmpty());
        QCOMPARE(skipped->skippedCount(), 2);
        QVERIFY(skipped->rows().at(0).error.isEmpty());
        QVERIFY2(skipped->rows().at(0).skipped.contains(QLatin1String("already registered")),
                 qPrintable(skipped->rows().at(0).skipped));
        const CsvTable result = Csv::parse(BulkResult::toCsv({}, skipped->badRows()).toUtf8());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).fields.at(2), QStringLiteral("skipped"));

        // update: the plan says the registered profile and workspace are kept and the content imported
        // again; the run creates no profile or workspace and re-imports into the registered workspace.
        auto update = load(QStringLiteral("beta.csv"), again, ExistingPolicy::Update);
        QCOMPARE(update->goodRows().size(), 2);
        QVERIFY(update->rows().at(0).update);
        QCOMPARE(update->rows().at(0).profileId, alpha.profileId);
        QCOMPARE(update->rows().at(0).workspaceId, alpha.workspaceIds.first());
        QSignalSpy planned(update.get(), &BulkOnboarding::planned);
        update->plan();
        QVERIFY(planned.wait(10000));
        const PlanEntry e = update->planEntries().at(0);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QCOMPARE(e.profile, PlanEntry::Action::Exists);
        QCOMPARE(e.profileId, alpha.profileId);
        QCOMPARE(e.workspace, PlanEntry::Action::Exists);
        QCOMPARE(e.workspaceId, alpha.workspaceIds.first());
        QCOMPARE(e.import, PlanEntry::Action::Import);
        QVERIFY2(e.note.contains(QLatin1String("imported again")), qPrintable(e.note));
        const int profiles = int(m_emu.server->state()->profiles().items().size());
        int datasets = 0;
        QCOMPARE(m_rig.importsIn(alphaName, QStringLiteral("sample-report"), &datasets), 1);
        QCOMPARE(run(*update), JobState::Completed);
        QCOMPARE(int(m_emu.server->state()->profiles().items().size()), profiles);
        QCOMPARE(m_rig.profilesNamed(betaName), 0);
        QVERIFY(m_rig.workspacesNamed(betaName).isEmpty());
        QCOMPARE(m_rig.importsIn(alphaName, QStringLiteral("sample-report"), &datasets), 2);
        QCOMPARE(datasets, 1); // overwritten, not a second model
        const Customer updated = m_rig.registry->find(conn, QStringLiteral("C9001"));
        QCOMPARE(updated.profileId, alpha.profileId);
        QCOMPARE(updated.workspaceIds, alpha.workspaceIds);
        QCOMPARE(updated.displayName, QStringLiteral("Beta"));
        QCOMPARE(updated.status, QStringLiteral("active"));
    }

    // The job itself never creates a profile for a customer registered by another onboarding (a registry
    // changed between the check and the run, or a request made without the check).
    void jobRefusesToRepointARegisteredCustomer()
    {
        const QString conn = m_emu.connection().id;
        Customer c;
        c.customerId = QStringLiteral("C9100");
        c.displayName = QStringLiteral("Registered");
        c.connectionId = conn;
        c.profileId = QStringLiteral("aaaaaaaa-0000-4000-8000-000000009100");
        QVERIFY(m_rig.registry->upsert(c));
        BulkOnboarding bulk(m_rig.engine.get(), m_emu.session.get()); // no registry check before the run
        QVERIFY(
            bulk.load(m_rig.writeFile(QStringLiteral("delta.csv"), "customerId,displayName\nC9100,Delta\n")));
        QString id;
        QCOMPARE(run(bulk, &id), JobState::CompletedWithErrors);
        const JobItemInfo item = m_rig.engine->items(id).value(0);
        QCOMPARE(item.state, ItemState::Failed);
        QVERIFY2(item.error.contains(QLatin1String("C9100 is already registered (profile ") + c.profileId),
                 qPrintable(item.error));
        QCOMPARE(m_rig.profilesNamed(QStringLiteral("C9100") + dash() + QStringLiteral("Delta")), 0);
        const Customer after = m_rig.registry->find(conn, QStringLiteral("C9100"));
        QCOMPARE(after.profileId, c.profileId);
        QCOMPARE(after.status, QStringLiteral("active"));
        QCOMPARE(after.displayName, QStringLiteral("Registered"));
    }

    // The policy itself: a failed or interrupted onboarding under the same name resumes (no conflict).
    void conflictRules()
    {
        Customer c;
        QVERIFY(ExistingCustomers::conflict(c, QStringLiteral("X")).isEmpty()); // not registered
        c.customerId = QStringLiteral("C1");
        c.displayName = QStringLiteral("One");
        c.profileId = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        c.status = QStringLiteral("failed:import");
        QVERIFY(ExistingCustomers::conflict(c, QStringLiteral("One")).isEmpty());
        QVERIFY(ExistingCustomers::conflict(c, QStringLiteral("Other")).contains(c.profileId));
        c.status = QStringLiteral("active");
        QCOMPARE(ExistingCustomers::conflict(c, QStringLiteral("One")),
                 QStringLiteral("C1 is already registered (profile %1, \"One\", active)").arg(c.profileId));
        ExistingPolicy p = ExistingPolicy::Fail;
        QVERIFY(ExistingCustomers::policyFromName(QStringLiteral("update"), &p));
        QCOMPARE(p, ExistingPolicy::Update);
        QVERIFY(!ExistingCustomers::policyFromName(QStringLiteral("overwrite"), &p));
        QCOMPARE(ExistingCustomers::policyName(ExistingPolicy::Skip), QStringLiteral("skip"));
    }
};

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
