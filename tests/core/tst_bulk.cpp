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
};

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
