#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "TestHelpers.h"
#include "app/api/PowerBiClient.h"
#include "app/onboarding/BulkCsv.h"
#include "app/onboarding/BulkPlanner.h"

using namespace td;

class TestBulk : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_emu.start()); }

    void badRowsAreReportedAndTheRestProceed()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("files"));
        QFile pbix(dir.filePath(QStringLiteral("files/sales.pbix")));
        QVERIFY(pbix.open(QIODevice::WriteOnly));
        pbix.write("PK");
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
};

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
