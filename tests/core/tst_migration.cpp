// The migration of the seeded pre-profile app ("Legacy – <Name>" workspaces where the SP and the master
// user are Admin) to one profile per customer, against the real emulator over loopback: mapping preview
// and CSV, plan, run (and resume after the engine is torn down), validation as each profile, gated
// clean-up, restore.
#include <QSignalSpy>
#include <QTest>

#include "MigrationTestRig.h"
#include "app/migration/MappingCsv.h"
#include "app/migration/MappingRule.h"
#include "app/migration/MigrationPlanner.h"

using namespace td;

class TestMigration : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MigrationTestRig> rig;

    static LegacyWorkspace ws(const QString &id, const QString &name)
    {
        LegacyWorkspace w;
        w.id = id;
        w.name = name;
        return w;
    }
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

    void previewHandlesNamesThePatternDoesNotMatch()
    {
        const QVector<LegacyWorkspace> spaces{
            ws(QStringLiteral("a"), QStringLiteral("Legacy \u2013 Aurora Mills")),
            ws(QStringLiteral("b"), QStringLiteral("Sales Template")),
            ws(QStringLiteral("c"), QStringLiteral("legacy \u2013 Bayside Dental")),
            ws(QStringLiteral("d"), QStringLiteral("Legacy \u2013 Aurora  Mills"))};
        const QVector<MappingRow> rows =
            MappingRule(MappingRule::defaultPattern(), QStringLiteral("{slug}")).preview(spaces);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).included);
        QCOMPARE(rows.at(0).customerId, QStringLiteral("aurora-mills"));
        QCOMPARE(rows.at(0).displayName, QStringLiteral("Aurora Mills"));
        QVERIFY(!rows.at(1).included);
        QVERIFY(rows.at(1).note.contains(QLatin1String("does not match")));
        QVERIFY(rows.at(2).included); // case-insensitive
        QCOMPARE(rows.at(2).customerId, QStringLiteral("bayside-dental"));
        QVERIFY(rows.at(3).included); // same slug: grouped under one customer
        QVERIFY(rows.at(0).note.contains(QLatin1String("grouped")));
        // A counter and a captured id.
        const QVector<MappingRow> counted =
            MappingRule(QStringLiteral("Legacy \u2013 {name}"), QStringLiteral("LEG-{n}")).preview(spaces);
        QCOMPARE(counted.at(0).customerId, QStringLiteral("LEG-001"));
        QCOMPARE(counted.at(2).customerId, QStringLiteral("LEG-002"));
        const QVector<MappingRow> ids =
            MappingRule(QStringLiteral("{id} - {name}"), QStringLiteral("{id}"))
                .preview({ws(QStringLiteral("x"), QStringLiteral("C0042 - Fabrikam")),
                          ws(QStringLiteral("y"), QStringLiteral("no dash here"))});
        QCOMPARE(ids.at(0).customerId, QStringLiteral("C0042"));
        QCOMPARE(ids.at(0).displayName, QStringLiteral("Fabrikam"));
        QVERIFY(!ids.at(1).included);
        // Bad patterns say why and include nothing.
        QVERIFY(!MappingRule(QStringLiteral("Legacy"), QStringLiteral("{slug}")).isValid());
        QVERIFY(!MappingRule(QStringLiteral("{name}"), QStringLiteral("{id}")).isValid());
        for (const MappingRow &r :
             MappingRule(QStringLiteral("Legacy"), QStringLiteral("{slug}")).preview(spaces))
            QVERIFY(!r.included && !r.note.isEmpty());
    }

    void csvGroupsExcludesAndRefuses()
    {
        MigrationInventory inv;
        inv.workspaces = {
            ws(QStringLiteral("11111111-0000-4000-8000-000000000001"), QStringLiteral("One")),
            ws(QStringLiteral("11111111-0000-4000-8000-000000000002"), QStringLiteral("Two")),
            ws(QStringLiteral("11111111-0000-4000-8000-000000000003"), QStringLiteral("Three"))};
        QStringList errors;
        const QVector<MappingRow> rows = MappingCsv::import("customerId,displayName,workspaceId\n"
                                                            "acme,Acme,11111111-0000-4000-8000-000000000001\n"
                                                            "acme,,11111111-0000-4000-8000-000000000002\n"
                                                            "bad id!,X,11111111-0000-4000-8000-000000000003\n"
                                                            "zed,Zed,22222222-0000-4000-8000-000000000009\n",
                                                            inv, &errors);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QLatin1String("line 4")));
        QVERIFY(errors.at(1).startsWith(QLatin1String("line 5")));
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).included && rows.at(1).included && !rows.at(2).included);
        QCOMPARE(rows.at(1).displayName, QStringLiteral("Acme"));
        const QVector<PlanCustomer> plan = MigrationPlanner::plan(inv, rows, QStringLiteral("sp"), {});
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.at(0).workspaces.size(), 2);
        QVERIFY(MappingCsv::import("name,workspace\nx,y\n", inv, &errors).isEmpty());
        // Two customers with one name would share a profile: both are blocked.
        errors.clear();
        const QVector<MappingRow> same = MappingCsv::import("customerId,displayName,workspaceId\n"
                                                            "a,Same,11111111-0000-4000-8000-000000000001\n"
                                                            "b,Same,11111111-0000-4000-8000-000000000002\n",
                                                            inv, &errors);
        const QVector<PlanCustomer> blocked = MigrationPlanner::plan(inv, same, QStringLiteral("sp"), {});
        QCOMPARE(blocked.size(), 2);
        QVERIFY(blocked.at(0).blocked && blocked.at(1).blocked);
    }

    void planOfTheSeededApp()
    {
        planDefault();
        const MigrationState &s = rig->migration->state();
        QCOMPARE(s.plan.size(), 20);
        int excluded = 0;
        for (const MappingRow &r : s.mapping)
            excluded += r.included ? 0 : 1;
        QCOMPARE(excluded, 4); // Sales Template, Shared Dev, C0012 – …, Fabrikam – Archive
        for (const PlanCustomer &c : s.plan) {
            QVERIFY2(!c.blocked, qPrintable(c.warnings.join(QLatin1Char(';'))));
            QVERIFY(!c.reuse());
            QCOMPARE(c.workspaces.size(), 1);
            QCOMPARE(c.takeOver.size(), c.models.size()); // every model is the master user's
            QVERIFY(!c.models.isEmpty());
            QCOMPARE(c.removals.size(), 2); // the SP's own Admin and the master user's Admin
        }
        QCOMPARE(rig->profilesNamed(QStringLiteral("Aurora Mills")), 0); // a dry run sends no change
        // The state is in the store: a new controller picks it up.
        QVERIFY(rig->restart());
        QCOMPARE(rig->migration->state().plan.size(), 20);
        QCOMPARE(rig->migration->state().masterUser, MigrationTestRig::master());
    }

    void fullMigrationThroughCleanupAndRestore()
    {
        runAll();
        const QHash<QString, QString> profiles = rig->migration->profileIds();
        QCOMPARE(profiles.size(), 20);
        for (const PlanCustomer &c : rig->migration->state().plan) {
            QCOMPARE(rig->profilesNamed(c.profileName), 1);
            const emu::Workspace *w = rig->workspace(c.workspaces.first().second);
            for (const emu::Dataset &d : w->datasets)
                QCOMPARE(d.configuredBy, c.profileName); // taken over as the profile
            QCOMPARE(rig->registry->find(rig->emu.connection().id, c.customerId).profileId,
                     profiles.value(c.customerId));
        }
        int passed = 0, failed = 0;
        QVERIFY(rig->validate(&passed, &failed));
        QCOMPARE(passed, 20);
        QCOMPARE(failed, 0);
        const int auditBefore = rig->audit->count();
        QStringList refused;
        QVERIFY(
            !rig->migration->cleanup(rig->migration->cleanupCandidates(), false, &refused)); // not confirmed
        QSignalSpy cleaned(rig->migration.get(), &MigrationController::cleanedUp);
        QVERIFY(rig->migration->cleanup(rig->migration->cleanupCandidates(), true, &refused));
        QVERIFY(cleaned.wait(15000));
        QCOMPARE(cleaned.first().at(0).toInt(), 40);
        QCOMPARE(cleaned.first().at(1).toInt(), 0);
        QCOMPARE(rig->audit->count() - auditBefore, 40);
        for (const PlanCustomer &c : rig->migration->state().plan) {
            const emu::Workspace *w = rig->workspace(c.workspaces.first().second);
            const auto admins = rig->appAdmins(w);
            QCOMPARE(admins.size(), 1);
            const emu::Profile *is = rig->state()->findProfile(admins.first()->profileId);
            QVERIFY2(admins.first()->profileId == profiles.value(c.customerId),
                     qPrintable(QStringLiteral("%1 in %2: admin profile %3")
                                    .arg(c.customerId, w->name, is ? is->displayName : QString())));
            QVERIFY(!rig->spOwn(w));
            QVERIFY(!rig->user(w, MigrationTestRig::master()));
        }
        // The store keeps only the plan and the job ids: a fresh controller over the same store and
        // journal reads progress and every customer's clean-up record back from the jobs.
        const QStringList restorable = rig->migration->restoreCandidates();
        QCOMPARE(restorable.size(), 20);
        QVERIFY(rig->restart());
        QCOMPARE(rig->migration->restoreCandidates(), restorable);
        QCOMPARE(rig->migration->lastStep(), QStringLiteral("cleanup"));
        QCOMPARE(rig->migration->cleanupRecords().size(), 20);
        const QJsonObject stored = rig->migration->state().toJson();
        QVERIFY(!stored.contains(QLatin1String("validation")) && !stored.contains(QLatin1String("cleanup")) &&
                !stored.contains(QLatin1String("lastStep")));
        QCOMPARE(rig->migration->state().checkJobIds.size(), 2); // the validation, the clean-up
        QVERIFY(rig->validate(&passed, &failed));                // still passes with the old access gone
        QCOMPARE(passed, 20);
        // Restore one customer: the SP's own and the master user's Admin come back (as the profile).
        QVERIFY(rig->migration->restoreCandidates().contains(QStringLiteral("aurora-mills")));
        QSignalSpy back(rig->migration.get(), &MigrationController::restored);
        QVERIFY(rig->migration->restore({QStringLiteral("aurora-mills")}, &refused));
        QVERIFY(back.wait(10000));
        QCOMPARE(back.first().at(0).toInt(), 2);
        const emu::Workspace *w = rig->workspace(MigrationTestRig::legacy(QStringLiteral("Aurora Mills")));
        QVERIFY(rig->spOwn(w));
        QCOMPARE(rig->spOwn(w)->accessRight, QStringLiteral("Admin"));
        QVERIFY(rig->user(w, MigrationTestRig::master()));
        QVERIFY(!rig->migration->restoreCandidates().contains(QStringLiteral("aurora-mills")));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
