// InventoryExport: CSV quoting (RFC 4180, UTF-8 with BOM), JSON round trip, atomic writes and errors.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "app/inventory/InventoryExport.h"
#include "app/inventory/InventoryIndex.h"
#include "app/inventory/InventoryStore.h"

using namespace td;

namespace {

const QString kConn = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");

ExportRow row(const QString &name, const QString &profileName = QStringLiteral("C0001 – Fabrikam"))
{
    ExportRow r;
    r.kind = QStringLiteral("report");
    r.id = QStringLiteral("dddddddd-0000-4000-8000-000000000001");
    r.name = name;
    r.profileId = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
    r.profileName = profileName;
    r.workspaceId = QStringLiteral("cccccccc-0000-4000-8000-000000000001");
    r.workspaceName = QStringLiteral("Sales, \"EU\"");
    r.datasetId = QStringLiteral("eeeeeeee-0000-4000-8000-000000000001");
    r.path = QStringList{r.profileName, r.workspaceName, r.name}.join(QStringLiteral(" / "));
    return r;
}

QVector<ExportRow> trickyRows()
{
    return {row(QStringLiteral("Plain")),
            row(QStringLiteral("Revenue, by region")),
            row(QStringLiteral("The \"best\" report")),
            row(QStringLiteral("Two\nlines\r\nand CRLF")),
            row(QStringLiteral("매출 보고서"), QStringLiteral("한국 고객")),
            row(QString())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void csvQuoting()
    {
        const QByteArray csv = InventoryExport::toCsv(trickyRows());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.mid(3).startsWith(
            "kind,id,name,profileId,profileName,workspaceId,workspaceName,capacityId,datasetId,path\r\n"));
        QVERIFY(csv.contains(",Plain,"));
        QVERIFY(csv.contains(",\"Revenue, by region\","));
        QVERIFY(csv.contains(",\"The \"\"best\"\" report\","));
        QVERIFY(csv.contains(",\"Two\nlines\r\nand CRLF\","));
        QVERIFY(csv.contains(",\"Sales, \"\"EU\"\"\","));
        QVERIFY(csv.contains(QStringLiteral(",매출 보고서,").toUtf8()));
        QVERIFY(csv.endsWith("\r\n"));

        QVector<ExportRow> back;
        QString error;
        QVERIFY2(InventoryExport::fromCsv(csv, &back, &error), qPrintable(error));
        QCOMPARE(back.size(), trickyRows().size());
        for (int i = 0; i < back.size(); ++i)
            QCOMPARE(back[i].values(), trickyRows()[i].values());
    }

    void jsonParsesBackToTheSameRows()
    {
        const QByteArray json = InventoryExport::toJson(trickyRows());
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), trickyRows().size());
        const QJsonObject first = doc.array().at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Revenue, by region"));
        QCOMPARE(first.keys().size(), ExportRow::fieldNames().size());
        QVector<ExportRow> back;
        QVERIFY(InventoryExport::fromJson(json, &back, nullptr));
        QCOMPARE(back, trickyRows());
        QString error;
        QVERIFY(!InventoryExport::fromJson("{\"not\": \"an array\"}", &back, &error));
        QVERIFY(!error.isEmpty());
    }

    void formatBySuffix()
    {
        QCOMPARE(InventoryExport::formatFor(QStringLiteral("/x/inv.JSON")), InventoryExport::Format::Json);
        QCOMPARE(InventoryExport::formatFor(QStringLiteral("/x/inv.csv")), InventoryExport::Format::Csv);
        QCOMPARE(InventoryExport::formatFor(QStringLiteral("/x/inv"), InventoryExport::Format::Json),
                 InventoryExport::Format::Json);
    }

    void writesTheWholeInventory()
    {
        QVERIFY(m_dir.isValid());
        InventoryStore store(m_dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(store.open());
        Profile p;
        p.id = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
        p.displayName = QStringLiteral("C0001 – Fabrikam, Inc.");
        QVERIFY(store.replaceProfiles(kConn, {p}));
        Workspace w;
        w.id = QStringLiteral("cccccccc-0000-4000-8000-000000000001");
        w.name = QStringLiteral("Sales");
        w.capacityId = QStringLiteral("ffffffff-0000-4000-8000-000000000001");
        QVERIFY(store.replaceWorkspaces(kConn, p.id, {w}));
        Report r;
        r.id = QStringLiteral("dddddddd-0000-4000-8000-000000000001");
        r.name = QStringLiteral("Revenue \"2024\"");
        r.datasetId = QStringLiteral("eeeeeeee-0000-4000-8000-000000000001");
        QVERIFY(store.replaceItems(w.id, ItemKind::Report, {InvItem::from(r, w.id)}));
        Dataset d;
        d.id = r.datasetId;
        d.name = QStringLiteral("Sales Model");
        QVERIFY(store.replaceItems(w.id, ItemKind::Dataset, {InvItem::from(d, w.id)}));

        const QString csvPath = m_dir.filePath(QStringLiteral("inventory.csv"));
        QString error;
        int rows = 0;
        QVERIFY2(InventoryExport::writeInventory(store, kConn, csvPath, InventoryExport::Format::Csv, &error,
                                                 &rows),
                 qPrintable(error));
        QCOMPARE(rows, 4);
        QVector<ExportRow> back;
        QVERIFY(InventoryExport::fromCsv(readAll(csvPath), &back, &error));
        QCOMPARE(back.size(), 4);
        QCOMPARE(back[0].kind, QStringLiteral("profile"));
        QCOMPARE(back[1].kind, QStringLiteral("workspace"));
        QCOMPARE(back[1].capacityId, w.capacityId);
        QCOMPARE(back[1].path, QStringLiteral("C0001 – Fabrikam, Inc. / Sales"));
        QCOMPARE(back[2].kind, QStringLiteral("report"));
        QCOMPARE(back[2].name, r.name);
        QCOMPARE(back[2].datasetId, r.datasetId);
        QCOMPARE(back[2].profileName, p.displayName);
        QCOMPARE(back[2].workspaceId, w.id);
        QCOMPARE(back[2].path, QStringLiteral("C0001 – Fabrikam, Inc. / Sales / Revenue \"2024\""));
        QCOMPARE(back[3].kind, QStringLiteral("dataset"));

        // The current view: a subset of entries, as JSON.
        InventoryIndex index;
        QVERIFY(index.load(store, kConn));
        const InventoryIndex::Result match = index.match(QStringLiteral("revenue"), 100);
        QCOMPARE(match.total, 1);
        const QString jsonPath = m_dir.filePath(QStringLiteral("view.json"));
        QVERIFY(InventoryExport::write(jsonPath, InventoryExport::rowsOf(index, match.entries),
                                       InventoryExport::formatFor(jsonPath), &error));
        back.clear();
        QVERIFY(InventoryExport::fromJson(readAll(jsonPath), &back, &error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].id, r.id);
        QCOMPARE(back[0].workspaceName, w.name);
    }

    void unwritablePathLeavesNothing()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
        QVERIFY(!InventoryExport::write(missingDir, trickyRows(), InventoryExport::Format::Csv, &error));
        QVERIFY(error.contains(QStringLiteral("out.csv")));
        QVERIFY(!QFile::exists(missingDir));

        // A directory where the file should go.
        const QString sub = m_dir.filePath(QStringLiteral("adir"));
        QVERIFY(QDir().mkpath(sub));
        error.clear();
        QVERIFY(!InventoryExport::write(sub, trickyRows(), InventoryExport::Format::Json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(sub).isDir());

        // An existing export is replaced only by a complete one.
        const QString existing = m_dir.filePath(QStringLiteral("keep.csv"));
        QVERIFY(InventoryExport::write(existing, trickyRows(), InventoryExport::Format::Csv, &error));
        const QByteArray before = readAll(existing);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool writable = QFileInfo(m_dir.path()).isWritable() &&
                              QFile(m_dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly);
        if (!writable) { // not root: the directory is really read-only now
            QVERIFY(!InventoryExport::write(existing, {row(QStringLiteral("new"))},
                                            InventoryExport::Format::Csv, &error));
            QCOMPARE(readAll(existing), before);
        }
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::remove(m_dir.filePath(QStringLiteral("probe")));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(!name.contains(QStringLiteral(".csv.")) && !name.contains(QStringLiteral(".json.")),
                     qPrintable(name)); // no temporary files left behind
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
