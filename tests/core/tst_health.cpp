// The estate health check against the demo emulator: every rule finds its seeded case, every fix
// clears its case (a re-check no longer shows it), fixes go as the right identity and are audited, a fix
// job resumes after a restart, cancel, and the CSV/HTML export.
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "HealthTestSupport.h"
#include "app/audit/AuditLog.h"
#include "app/health/HealthCheck.h"
#include "app/health/HealthExport.h"
#include "app/health/HealthFixJobType.h"
#include "app/health/HealthRule.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/ops/ContentOps.h"
#include "app/util/Csv.h"

using namespace td;
using tdtest::demoProfileId;
using tdtest::demoWorkspaceId;
using tdtest::findingsAbout;

class TestHealth : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture f;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<CustomerRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;

    QString conn() const { return f.connection().id; }

    HealthReport check()
    {
        HealthCheck check(f.session.get(), m_store.get(), m_registry.get());
        QSignalSpy done(&check, &HealthCheck::finished);
        check.start();
        if (!done.wait(60000))
            return {};
        return done.first().first().value<HealthReport>();
    }

    std::unique_ptr<JobJournal> m_journal;

    std::unique_ptr<JobEngine> newEngine()
    {
        auto engine = std::make_unique<JobEngine>(m_journal.get());
        HealthFixJobType::registerWith(engine->types(), m_registry.get());
        engine->setSession(conn(), f.session.get());
        engine->setMaxConcurrency(1);
        return engine;
    }

    // Runs the fixes as one "health-fix" job to its end; its items' results, in order.
    QVector<HealthFixResult> fix(const QVector<HealthFinding> &findings)
    {
        const auto engine = newEngine();
        QSignalSpy done(engine.get(), &JobEngine::jobFinished);
        const QString id = engine->submit(HealthFixJobType::request(conn(), findings, 50));
        if (id.isEmpty() || !done.wait(30000))
            return {};
        QVector<HealthFixResult> out;
        for (const JobItemInfo &item : engine->items(id))
            out << HealthFixJobType::result(item);
        return out;
    }

    OpResult runOp(AsyncOp *op)
    {
        QSignalSpy done(op, &AsyncOp::finished);
        op->start();
        if (!done.wait(20000))
            return {};
        return done.first().first().value<OpResult>();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(f.start());
        emu::JobSettings jobs = f.server->jobSettings();
        jobs.refreshDelayMs = 50;
        f.server->setJobSettings(jobs);
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        m_store = std::make_unique<InventoryStore>(m_dir.filePath(tag + QStringLiteral("-inv.sqlite")));
        m_registry = std::make_unique<CustomerRegistry>(m_dir.filePath(tag + QStringLiteral("-reg.sqlite")));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(tag + QStringLiteral("-audit.sqlite")));
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(tag + QStringLiteral("-jobs.sqlite")));
        QVERIFY(m_store->open() && m_registry->open() && m_audit->open() && m_journal->open());
        f.session->setAuditLog(m_audit.get()); // every change a fix sends is audited there
        QVERIFY(tdtest::seedDemoRegistry(*f.server, *m_registry, conn()) >= 45);
    }
    void cleanup()
    {
        m_store.reset();
        m_registry.reset();
        m_audit.reset();
        m_journal.reset();
        f.stop();
    }

    void findsEachSeededCase()
    {
        const HealthReport r = check();
        QCOMPARE(r.status, QStringLiteral("completed"));
        QVERIFY(r.errors.isEmpty());
        QVERIFY(r.models > 50);
        const QVector<HealthFinding> &all = r.findings;
        // Every rule has at least one finding in the demo estate (the workspace limit: tst_health_limit).
        for (const QString &rule : HealthRuleSet().ids()) {
            if (rule != QLatin1String("profile-workspace-limit"))
                QVERIFY2(!r.byRule(rule).isEmpty(), qPrintable(rule));
        }
        QVERIFY(r.byRule(QStringLiteral("profile-workspace-limit")).isEmpty()); // C0044 has 1 in plain demo

        // C0007: the profile is only Member, the master user Admin: no identity of ours can fix it.
        const auto notAdmin = findingsAbout(all, QStringLiteral("profile-not-admin"), demoProfileId(7));
        QCOMPARE(notAdmin.size(), 1);
        QVERIFY(!notAdmin.first().fix.isAvailable());
        QVERIFY(notAdmin.first().advice.contains(emu::DemoSeed::MasterUser.section(QLatin1Char('@'), 0, 0)));
        QCOMPARE(r.byRule(QStringLiteral("profile-not-admin")).size(), 1);
        // C0012: the SP itself; removed as the C0012 profile.
        const auto sp = findingsAbout(all, QStringLiteral("parent-sp-still-member"), demoWorkspaceId(12));
        QCOMPARE(sp.size(), 1);
        QCOMPARE(sp.first().fix.asProfileId, demoProfileId(12));
        QCOMPARE(r.byRule(QStringLiteral("parent-sp-still-member")).size(),
                 1); // not the app's own workspaces
        // Leftover master user: C0003 (fixable as its profile) and C0007 (no Admin identity).
        const auto left3 = findingsAbout(all, QStringLiteral("leftover-user"), demoWorkspaceId(3));
        QCOMPARE(left3.size(), 1);
        QCOMPARE(left3.first().fix.identifier, emu::DemoSeed::MasterUser);
        QCOMPARE(left3.first().fix.asProfileId, demoProfileId(3));
        QVERIFY(!findingsAbout(all, QStringLiteral("leftover-user"), demoWorkspaceId(7))
                     .first()
                     .fix.isAvailable());
        QCOMPARE(r.byRule(QStringLiteral("leftover-user")).size(), 2); // Viewers (support@) are not reported
        // C0018 shared capacity, C0023 suspended capacity.
        QCOMPARE(r.byRule(QStringLiteral("no-capacity")).size(), 2);
        QVERIFY(
            findingsAbout(all, QStringLiteral("no-capacity"), demoWorkspaceId(18)).first().fix.isAvailable());
        const auto suspended = findingsAbout(all, QStringLiteral("no-capacity"), demoWorkspaceId(23));
        QCOMPARE(suspended.size(), 1);
        QCOMPARE(suspended.first().fix.targetName, QStringLiteral("EMB-WEU-1")); // same region, Active
        // Orphans: the C0045 profile; the Archive workspace (and the pre-profile app's 22 workspaces).
        const auto orphanProfile = r.byRule(QStringLiteral("orphan-profile"));
        QCOMPARE(orphanProfile.size(), 1);
        QCOMPARE(orphanProfile.first().objects.first().id, demoProfileId(45));
        const QString archive = tdtest::demoWorkspaceIdByName(QStringLiteral("Fabrikam \u2013 Archive"));
        QCOMPARE(findingsAbout(all, QStringLiteral("orphan-workspace"), archive).size(), 1);
        QCOMPARE(r.byRule(QStringLiteral("orphan-workspace")).size(), 23);
        // Registry: the entry whose profile is gone.
        const auto drift = r.byRule(QStringLiteral("registry-drift"));
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().objects.first().id, DemoRegistrySeed::missingCustomerId());
        // Models: C0005 refresh failed; C0012 and C0031 without credentials (not also refresh-failed).
        const auto failed = r.byRule(QStringLiteral("refresh-failed"));
        QVERIFY(!failed.isEmpty());
        for (const HealthFinding &x : failed)
            QCOMPARE(x.objects.at(1).id, demoWorkspaceId(5));
        const auto creds = r.byRule(QStringLiteral("missing-credentials"));
        QVERIFY(creds.size() >= 2);
        QVERIFY(!findingsAbout(all, QStringLiteral("missing-credentials"), demoWorkspaceId(12)).isEmpty());
        QVERIFY(!findingsAbout(all, QStringLiteral("missing-credentials"), demoWorkspaceId(31)).isEmpty());
        // C0010's profile on C0009's workspace.
        const auto shared = r.byRule(QStringLiteral("shared-workspace"));
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first().objects.at(0).id, demoWorkspaceId(9));
        QCOMPARE(shared.first().objects.at(1).id, demoProfileId(10));
        QCOMPARE(shared.first().fix.asProfileId, demoProfileId(9));
        // A healthy customer is named by no finding.
        for (const HealthFinding &x : all) {
            for (const HealthObject &o : x.objects)
                QVERIFY2(o.id != demoWorkspaceId(2) && o.id != demoProfileId(2), qPrintable(x.key()));
        }
    }

    void fixesClearTheirCases()
    {
        const HealthReport before = check();
        QCOMPARE(before.status, QStringLiteral("completed"));
        QVector<HealthFinding> toFix;
        for (const HealthFinding &x : before.findings) {
            if (x.fix.isAvailable())
                toFix.append(x);
        }
        QStringList fixedRules;
        for (const HealthFinding &x : toFix)
            fixedRules.append(x.ruleId);
        fixedRules.removeDuplicates();
        fixedRules.sort();
        QCOMPARE(fixedRules,
                 (QStringList{QStringLiteral("leftover-user"), QStringLiteral("no-capacity"),
                              QStringLiteral("orphan-profile"), QStringLiteral("parent-sp-still-member"),
                              QStringLiteral("refresh-failed"), QStringLiteral("registry-drift"),
                              QStringLiteral("shared-workspace")}));
        f.server->clearRequestLog();
        const QVector<HealthFixResult> results = fix(toFix);
        QCOMPARE(results.size(), toFix.size());
        for (const HealthFixResult &x : results)
            QVERIFY2(x.ok, qPrintable(x.ruleId + QLatin1Char(' ') + x.message));

        // Each change went as the identity the finding named: one profile header, or none.
        QHash<QString, QString> expected; // path part -> profile id ("" = the SP)
        for (const HealthFinding &x : toFix) {
            if (x.fix.action == HealthFix::Action::DeleteProfile)
                expected.insert(QStringLiteral("profiles/") + x.fix.targetId, QString());
            else if (!x.fix.isRegistryFix())
                expected.insert(QStringLiteral("groups/") + x.fix.workspaceId, x.fix.asProfileId);
        }
        int writes = 0;
        for (const emu::RequestRecord &rec : f.server->requestLog()) {
            if (rec.method == QLatin1String("GET"))
                continue;
            ++writes;
            bool matched = false;
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
                if (!rec.path.contains(it.key(), Qt::CaseInsensitive))
                    continue;
                matched = true;
                if (it.value().isEmpty())
                    QVERIFY2(rec.profileHeaders.isEmpty(), qPrintable(rec.path));
                else
                    QCOMPARE(rec.profileHeaders, QStringList{it.value()});
            }
            QVERIFY2(matched, qPrintable(rec.method + QLatin1Char(' ') + rec.path));
        }
        QVERIFY(writes >= expected.size());
        // One entry per fix, and one for the registry entry of the deleted orphan profile (C0045).
        QCOMPARE(m_audit->count(), int(toFix.size()) + 1);
        QCOMPARE(m_registry->find(conn(), QStringLiteral("C0045")).status, QStringLiteral("offboarded"));

        // Missing credentials has no automatic fix: enter them (as the profile) and refresh, then re-check.
        for (const HealthFinding &x : before.byRule(QStringLiteral("missing-credentials"))) {
            const QString ws = x.objects.at(1).id;
            const QString as = f.server->state()->findWorkspace(ws)->members.first().profileId;
            DatasourceCredentials creds;
            creds.type = DatasourceCredentials::Type::Basic;
            creds.username = QStringLiteral("reader");
            creds.secret = QStringLiteral("health-test-pw");
            QVERIFY(runOp(new SetCredentialsOp(f.session.get(), as, ws, x.objects.at(0).id, creds)).ok);
            auto *refresh = new RefreshOp(f.session.get(), as, ws, x.objects.at(0).id);
            refresh->setPollInterval(50);
            QVERIFY(runOp(refresh).ok);
        }

        const HealthReport after = check();
        QCOMPARE(after.status, QStringLiteral("completed"));
        QSet<QString> keysAfter;
        for (const HealthFinding &x : after.findings)
            keysAfter.insert(x.key());
        for (const HealthFinding &x : toFix)
            QVERIFY2(!keysAfter.contains(x.key()), qPrintable(x.key()));
        QVERIFY(after.byRule(QStringLiteral("missing-credentials")).isEmpty());
        QVERIFY(after.byRule(QStringLiteral("refresh-failed")).isEmpty());
        QVERIFY(after.byRule(QStringLiteral("no-capacity")).isEmpty());
        QVERIFY(after.byRule(QStringLiteral("shared-workspace")).isEmpty());
        QVERIFY(after.byRule(QStringLiteral("registry-drift")).isEmpty());
        QCOMPARE(m_registry->find(conn(), DemoRegistrySeed::missingCustomerId()).status,
                 QStringLiteral("offboarded")); // kept, not deleted
        // What had no fix is still there.
        QCOMPARE(after.byRule(QStringLiteral("profile-not-admin")).size(), 1);
        QCOMPARE(after.byRule(QStringLiteral("leftover-user")).size(), 1); // C0007's
    }

    void registryAddForUnregisteredProfile()
    {
        QVERIFY(m_registry->remove(conn(), QStringLiteral("C0004")));
        const HealthReport r = check();
        const auto drift = findingsAbout(r.findings, QStringLiteral("registry-drift"), demoProfileId(4));
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().fix.action, HealthFix::Action::RegistryAdd);
        QCOMPARE(drift.first().fix.targetId, QStringLiteral("C0004"));
        QVERIFY(fix(drift).first().ok);
        const Customer c = m_registry->find(conn(), QStringLiteral("C0004"));
        QCOMPARE(c.profileId.toLower(), demoProfileId(4));
        QCOMPARE(c.workspaceIds, QStringList{demoWorkspaceId(4)});
        QVERIFY(
            findingsAbout(check().findings, QStringLiteral("registry-drift"), demoProfileId(4)).isEmpty());
    }

    // The engine goes away (a crash) after the profile delete was carried out but before its answer
    // arrived: a new engine resumes the job, the delete's 404 on the second run counts as done, and the
    // registry entry is offboarded.
    void fixJobResumesAfterRestart()
    {
        const auto orphans = check().byRule(QStringLiteral("orphan-profile"));
        QCOMPARE(orphans.size(), 1);
        const QString customerId = orphans.first().fix.registryCustomerId;
        const QString profileId = orphans.first().fix.targetId;
        QVERIFY(!customerId.isEmpty());
        auto deletesSent = [this, &profileId] {
            QVector<int> statuses;
            for (const emu::RequestRecord &rec : f.server->requestLog()) {
                if (rec.method == QLatin1String("DELETE") && rec.path.contains(profileId, Qt::CaseInsensitive))
                    statuses << rec.status;
            }
            return statuses;
        };
        emu::FaultSettings slow;
        slow.latencyMs = 3000; // the emulator acts at once and answers late
        f.server->setFaults(slow);
        QString id;
        {
            const auto engine = newEngine();
            id = engine->submit(HealthFixJobType::request(conn(), orphans, 50));
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(deletesSent().size(), 1, 2000);
        }
        f.server->setFaults({});
        const auto engine = newEngine();
        QCOMPARE(engine->job(id).state, JobState::Interrupted);
        QSignalSpy done(engine.get(), &JobEngine::jobFinished);
        QVERIFY(engine->resume(id));
        QVERIFY(done.wait(30000));
        QCOMPARE(engine->job(id).state, JobState::Completed);
        const HealthFixResult r = HealthFixJobType::result(engine->items(id).first());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.key, orphans.first().key());
        QCOMPARE(deletesSent(), (QVector<int>{200, 404}));
        QCOMPARE(m_registry->find(conn(), customerId).status, QStringLiteral("offboarded"));
        QVERIFY(check().byRule(QStringLiteral("orphan-profile")).isEmpty());
    }

    void cancelStopsPromptly()
    {
        HealthCheck check(f.session.get(), m_store.get(), m_registry.get());
        QSignalSpy progress(&check, &HealthCheck::progress);
        QSignalSpy done(&check, &HealthCheck::finished);
        check.start();
        QVERIFY(progress.wait(10000));
        QElapsedTimer t;
        t.start();
        check.cancel();
        QVERIFY(done.count() == 1 || done.wait(3000));
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(done.first().first().value<HealthReport>().status, QStringLiteral("cancelled"));
        QVERIFY(!check.isRunning());
    }

    void exportEscapes()
    {
        HealthFinding x;
        x.ruleId = QStringLiteral("leftover-user");
        x.severity = HealthSeverity::Error;
        x.explanation = QStringLiteral("A <script>alert(1)</script> & \"quoted\", with comma\nand a line");
        x.objects = {{QStringLiteral("workspace"), QStringLiteral("id-1"), QStringLiteral("W <b>1</b>")}};
        x.advice = QStringLiteral("do it by hand");
        const CsvTable t = Csv::parse(HealthExport::toCsv({x}));
        QVERIFY(t.ok());
        QCOMPARE(t.header, HealthExport::csvHeader());
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first().fields.at(0), QStringLiteral("error"));
        QCOMPARE(t.rows.first().fields.at(3), x.explanation);
        const QString html = QString::fromUtf8(HealthExport::toHtml({x}, QStringLiteral("T <i>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>1")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("T &lt;i&gt;")));
        QString error;
        QVERIFY(!HealthExport::write(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), {x}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
