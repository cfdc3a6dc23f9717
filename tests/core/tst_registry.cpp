#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "app/registry/CustomerRegistry.h"
#include "app/util/Csv.h"

using namespace td;

namespace {
const QString kConn = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString kProfile = QStringLiteral("AAAAAAAA-0000-4000-8000-000000000001");
const QString kWs = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

Customer customer(const QString &id, const QString &name)
{
    Customer c;
    c.customerId = id;
    c.displayName = name;
    c.connectionId = kConn;
    c.profileId = kProfile;
    c.workspaceIds = {kWs};
    return c;
}
} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvParsesQuotesCommasAndLineBreaks()
    {
        const QByteArray text = "\xEF\xBB\xBF"
                                "a,b,c\r\n"
                                "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                                "\n"
                                "2,\"two\nlines\",\xEA\xB3\xA0\xEA\xB0\x9D\n"
                                "3,,last";
        const CsvTable t = Csv::parse(text);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.header, QStringList({"a", "b", "c"}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0].fields, QStringList({"1", "x, y", "say \"hi\""}));
        QCOMPARE(t.rows[1].fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(t.rows[1].fields.at(2), QStringLiteral("\uace0\uac1d"));
        QCOMPARE(t.rows[1].line, 4);
        QCOMPARE(t.rows[2].line, 6);
        QCOMPARE(t.rows[2].fields, QStringList({"3", "", "last"}));
        // What line() writes, parse() reads back.
        const QStringList odd = {"a,b", "q\"uote", "line\r\nbreak", " pad ", "\uace0\uac1d"};
        const CsvTable back =
            Csv::parse((Csv::line({"h1", "h2", "h3", "h4", "h5"}) + Csv::line(odd)).toUtf8());
        QVERIFY(back.ok());
        QCOMPARE(back.rows.first().fields.at(0), odd.at(0));
        QCOMPARE(back.rows.first().fields.at(1), odd.at(1));
        QCOMPARE(back.rows.first().fields.at(3), odd.at(3));
        QCOMPARE(back.rows.first().fields.at(4), odd.at(4));
    }

    void csvRefusesBadEncodingAndOpenQuote()
    {
        const CsvTable latin1 = Csv::parse("customerId,displayName\nC1,Caf\xE9\n");
        QVERIFY(!latin1.ok());
        QVERIFY2(latin1.error.contains(QLatin1String("UTF-8")) &&
                     latin1.error.contains(QLatin1String("line 2")),
                 qPrintable(latin1.error));
        QVERIFY(latin1.rows.isEmpty());
        const CsvTable open = Csv::parse("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(!open.ok());
        QVERIFY(open.error.contains(QLatin1String("line 2")));
    }

    void addRefusesDuplicatesIgnoringCase()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QString error;
        QVERIFY2(reg.open(&error), qPrintable(error));
        QVERIFY2(reg.add(customer(QStringLiteral("C0001"), QStringLiteral("Fabrikam")), &error),
                 qPrintable(error));
        QVERIFY(!reg.add(customer(QStringLiteral("c0001"), QStringLiteral("Other")), &error));
        QVERIFY(error.contains(QLatin1String("exists")));
        QCOMPARE(reg.count(), 1);
        const Customer found = reg.find(kConn, QStringLiteral("C0001"));
        QCOMPARE(found.displayName, QStringLiteral("Fabrikam"));
        QCOMPARE(found.profileId, kProfile.toLower());
        QCOMPARE(found.workspaceIds, QStringList({kWs}));
        QVERIFY(found.created.isValid());
        QCOMPARE(reg.findByProfile(kConn, kProfile).customerId, QStringLiteral("C0001"));
        // Another connection may reuse the id.
        Customer other = customer(QStringLiteral("C0001"), QStringLiteral("Elsewhere"));
        other.connectionId = QStringLiteral("99999999-2222-4333-8444-555555555555");
        QVERIFY(reg.add(other, &error));
        QCOMPARE(reg.list(kConn).size(), 1);
        QCOMPARE(reg.list().size(), 2);
    }

    void upsertKeepsCreatedAndRejectsBadValues()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(reg.open());
        QVERIFY(reg.upsert(customer(QStringLiteral("C0002"), QStringLiteral("Contoso"))));
        const QDateTime created = reg.find(kConn, QStringLiteral("C0002")).created;
        QTest::qWait(5);
        Customer changed = customer(QStringLiteral("C0002"), QStringLiteral("Contoso Ltd"));
        changed.status = QStringLiteral("failed");
        QVERIFY(reg.upsert(changed));
        const Customer back = reg.find(kConn, QStringLiteral("C0002"));
        QCOMPARE(back.displayName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(back.status, QStringLiteral("failed"));
        QCOMPARE(back.created, created);
        QVERIFY(back.updated > created);

        QString error;
        Customer bad = customer(QStringLiteral("has space"), QStringLiteral("X"));
        QVERIFY(!reg.upsert(bad, &error));
        QVERIFY(error.contains(QLatin1String("not valid")));
        bad = customer(QStringLiteral("C3"), QStringLiteral("  "));
        QVERIFY(!reg.upsert(bad, &error));
        bad = customer(QStringLiteral("C3"), QStringLiteral("X"));
        bad.workspaceIds = {QStringLiteral("not-a-guid")};
        QVERIFY(!reg.upsert(bad, &error));
        QVERIFY(error.contains(QLatin1String("not-a-guid")));
        QCOMPARE(reg.count(), 1);
    }

    // One refused row (named by its line) and nothing is imported: the registry is left as it was.
    void csvImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(reg.open());
        QVERIFY(reg.upsert(customer(QStringLiteral("C0001"), QStringLiteral("Before"))));
        const QString before = reg.toCsv();
        const QByteArray good = "customerId,displayName,profileId,workspaceIds\n"
                                "C0001,Fabrikam,aaaaaaaa-0000-4000-8000-000000000001,\n"
                                "C0002,\"Contoso, Ltd\",,bbbbbbbb-0000-4000-8000-000000000002\n"
                                "C0005,\xEA\xB3\xA0\xEA\xB0\x9D,,\n";
        const QByteArray bad = good + "C0003,Bad ws,,nope\n"
                                      "C0001,Again,,\n"
                                      "C0004,Short\n";
        const CsvImportResult r = reg.importCsv(bad, kConn);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.errors.size(), 3);
        QVERIFY2(r.errors.at(0).startsWith(QLatin1String("line 5")) &&
                     r.errors.at(0).contains(QLatin1String("nope")),
                 qPrintable(r.errors.at(0)));
        QVERIFY2(r.errors.at(1).startsWith(QLatin1String("line 6")) &&
                     r.errors.at(1).contains(QLatin1String("twice")),
                 qPrintable(r.errors.at(1)));
        QVERIFY2(r.errors.at(2).startsWith(QLatin1String("line 7")), qPrintable(r.errors.at(2)));
        QCOMPARE(reg.count(), 1);
        QCOMPARE(reg.toCsv(), before); // C0001 not updated, the good rows not added

        const CsvImportResult ok = reg.importCsv(good, kConn);
        QVERIFY2(ok.errors.isEmpty(), qPrintable(ok.errors.join('\n')));
        QCOMPARE(ok.added, 2);
        QCOMPARE(ok.updated, 1);
        QCOMPARE(reg.find(kConn, QStringLiteral("C0001")).displayName, QStringLiteral("Fabrikam"));
        QCOMPARE(reg.find(kConn, QStringLiteral("C0005")).displayName, QStringLiteral("\uace0\uac1d"));

        // Export then import into a fresh registry gives the same customers.
        const QString exported = reg.toCsv(kConn);
        CustomerRegistry copy(dir.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(copy.open());
        const CsvImportResult again = copy.importCsv(exported.toUtf8(), QString());
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join('\n')));
        QCOMPARE(again.added, 3);
        QCOMPARE(copy.find(kConn, QStringLiteral("C0002")).displayName, QStringLiteral("Contoso, Ltd"));
        QCOMPARE(copy.find(kConn, QStringLiteral("C0002")).workspaceIds, QStringList({kWs}));
        // Importing the same file again updates instead of adding.
        QCOMPARE(copy.importCsv(exported.toUtf8(), QString()).updated, 3);
        QCOMPARE(copy.count(), 3);
    }

    // An import replaces what the CSV says and keeps what it cannot say: created, and what the
    // customer's onboarding created (its rollback needs it).
    void csvImportKeepsCreatedAndOnboarding()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(reg.open());
        Customer c = customer(QStringLiteral("C0007"), QStringLiteral("Old"));
        c.onboarding = QJsonObject{{QStringLiteral("profileId"), kProfile.toLower()}};
        QVERIFY(reg.upsert(c));
        const QDateTime created = reg.find(kConn, c.customerId).created;
        QTest::qWait(5);
        const CsvImportResult r = reg.importCsv("customerId,displayName\nC0007,New\n", kConn);
        QCOMPARE(r.updated, 1);
        const Customer back = reg.find(kConn, c.customerId);
        QCOMPARE(back.displayName, QStringLiteral("New"));
        QCOMPARE(back.created, created);
        QCOMPARE(back.onboarding, c.onboarding);
    }

    // 100,000 rows: one transaction and a linear check (the speed figure is in bench_import).
    void csvImportOfManyRows()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(reg.open());
        const int n = 100000;
        QByteArray csv = "customerId,displayName,profileId\n";
        csv.reserve(n * 64);
        for (int i = 0; i < n; ++i)
            csv += "M" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) +
                   ",aaaaaaaa-0000-4000-8000-" + QByteArray::number(i).rightJustified(12, '0') + "\n";
        QElapsedTimer t;
        t.start();
        const CsvImportResult r = reg.importCsv(csv, kConn);
        qInfo("%d rows imported in %lld ms", n, t.elapsed());
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.mid(0, 3).join('\n')));
        QCOMPARE(r.added, n);
        QCOMPARE(reg.count(), n);
        QVERIFY2(t.elapsed() < 60000, "far slower than linear"); // the old per-row import took minutes
        QCOMPARE(reg.find(kConn, QStringLiteral("m99999")).displayName, QStringLiteral("Customer 99999"));
    }

    void csvImportWithoutRequiredColumns()
    {
        QTemporaryDir dir;
        CustomerRegistry reg(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(reg.open());
        const CsvImportResult r = reg.importCsv("id,name\nC1,X\n", kConn);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().contains(QLatin1String("customerId")));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
