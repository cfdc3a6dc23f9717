// InventoryIndex against an inventory crawled from the demo emulator (real HTTP over loopback), plus a
// hand-written store for names with non-ASCII text.
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "app/api/RequestScheduler.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryIndex.h"
#include "app/inventory/InventoryIndexLoader.h"
#include "app/inventory/InventoryStore.h"

using namespace td;
using Kind = InventoryIndex::Kind;

class TestInventoryIndex : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture f;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;
    InventoryIndex m_index;

    QString conn() const { return f.connection().id; }

    // Every entry whose name contains text (case-insensitive), the slow way.
    QVector<int> bruteForce(const QString &text) const
    {
        QVector<int> out;
        for (int e = 0; e < m_index.size(); ++e) {
            if (m_index.name(e).contains(text.trimmed(), Qt::CaseInsensitive))
                out << e;
        }
        return out;
    }

    QString anyItemId(ItemKind kind) const
    {
        for (const InvWorkspace &w : m_store->workspaces(conn())) {
            const QVector<InvItem> items = m_store->items(w.id, kind);
            if (!items.isEmpty() && !w.profileId.isEmpty())
                return items.first().id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(f.start());
        RetryPolicy p;
        p.maxAttempts = 1;
        f.session->scheduler()->setRetryPolicy(p);
        m_store = std::make_unique<InventoryStore>(m_dir.filePath(QStringLiteral("inv.sqlite")));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QSignalSpy done(&crawler, &InventoryCrawler::finished);
        crawler.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().value<CrawlSummary>().status, QStringLiteral("completed"));
        QVERIFY(m_index.load(*m_store, conn()));
    }
    void cleanupTestCase()
    {
        m_store.reset();
        f.stop();
    }

    void indexHoldsTheStore()
    {
        QCOMPARE(m_index.connectionId(), conn().toLower());
        QVERIFY(m_index.crawlState().finished.isValid());
        const QVector<InvProfile> profiles = m_store->profiles(conn());
        const QVector<InvWorkspace> workspaces = m_store->workspaces(conn());
        QVERIFY(profiles.size() >= 45);
        QCOMPARE(m_index.count(Kind::Profile), profiles.size());
        QCOMPARE(m_index.count(Kind::Workspace), workspaces.size());
        QCOMPARE(m_index.count(Kind::Capacity), m_store->capacities(conn()).size());
        QVERIFY(m_index.count(Kind::Capacity) > 0);

        QSet<QString> distinct;
        for (const InvWorkspace &w : workspaces)
            distinct.insert(w.id);
        QVERIFY(distinct.size() < workspaces.size()); // one workspace is seen by the SP and a profile
        int items = 0;
        for (const QString &ws : qAsConst(distinct)) {
            for (const InvItem &i : m_store->items(ws)) {
                ++items;
                const int e = m_index.find(i.id);
                QVERIFY2(e >= 0, qPrintable(i.id));
                QCOMPARE(m_index.name(e), i.name);
                QCOMPARE(InventoryIndex::kindName(m_index.kind(e)), itemKindName(i.kind));
                QCOMPARE(m_index.id(m_index.workspaceOf(e)), ws);
                QCOMPARE(m_index.datasetId(e), i.datasetId);
                QCOMPARE(m_index.isPaginated(e), i.paginated);
                const FoundObject viaStore = m_store->findById(i.id);
                const FoundObject viaIndex = m_index.found(e);
                QCOMPARE(viaIndex.path(), viaStore.path());
                QCOMPARE(viaIndex.profileId, viaStore.profileId);
            }
        }
        QVERIFY(items > 100);
        QCOMPARE(m_index.count(Kind::Report) + m_index.count(Kind::Dataset) + m_index.count(Kind::Dashboard) +
                     m_index.count(Kind::Dataflow),
                 items);
        QCOMPARE(m_index.size(), profiles.size() + workspaces.size() + items + m_index.count(Kind::Capacity));
        for (const InvWorkspace &w : workspaces) {
            const int e = m_index.find(w.id);
            QVERIFY(e >= 0);
            QCOMPARE(m_index.name(e), w.name);
            QCOMPARE(m_index.capacityId(e), w.capacityId);
        }
    }

    void substringIsCaseInsensitive()
    {
        const InventoryIndex::Result r = m_index.match(QStringLiteral("  sALES oVERV "), 100000);
        QVERIFY(!r.idLookup);
        QVERIFY(r.total > 5);
        QCOMPARE(r.entries, bruteForce(QStringLiteral("sales overv")));
        for (int e : r.entries) {
            QVERIFY(m_index.name(e).contains(QStringLiteral("Sales Overview")));
            QCOMPARE(m_index.kind(e), Kind::Report);
        }
        const InventoryIndex::Result capped = m_index.match(QStringLiteral("sales overv"), 3);
        QCOMPARE(capped.entries.size(), 3);
        QCOMPARE(capped.total, r.total);
        QCOMPARE(capped.entries, r.entries.mid(0, 3));
        QCOMPARE(m_index.match(QStringLiteral("zzz-no-such-name"), 10).total, 0);
        QCOMPARE(m_index.match(QStringLiteral("   "), 10).total, 0);
    }

    void resultsAreInTreeOrder()
    {
        const InventoryIndex::Result r = m_index.match(QStringLiteral("c00"), 100000);
        QVERIFY(r.total > 40);
        for (int i = 1; i < r.entries.size(); ++i)
            QVERIFY(r.entries[i - 1] < r.entries[i]);
        // Ancestors come before their descendants.
        for (int e = 0; e < m_index.size(); ++e) {
            if (m_index.parent(e) >= 0)
                QVERIFY(m_index.parent(e) < e);
        }
    }

    void narrowingEqualsFullScan()
    {
        const QString typed = QStringLiteral("Legacy – Cedar Analytics");
        InventoryIndex fresh;
        QVERIFY(fresh.load(*m_store, conn()));
        for (int n = 1; n <= typed.size(); ++n) {
            const QString text = typed.left(n);
            const InventoryIndex::Result narrowed = m_index.match(text, 100000);
            fresh.match(QString(), 1); // forget: a full scan every time
            const InventoryIndex::Result full = fresh.match(text, 100000);
            QCOMPARE(narrowed.entries, full.entries);
            QCOMPARE(narrowed.total, full.total);
            QCOMPARE(narrowed.entries, bruteForce(text));
        }
        QCOMPARE(m_index.match(typed, 10).total, 1);
        // Deleting characters widens again.
        QCOMPARE(m_index.match(QStringLiteral("legacy"), 100000).entries,
                 bruteForce(QStringLiteral("legacy")));
        QCOMPARE(m_index.match(QStringLiteral("legacy"), 100000).total, 20);
    }

    void guidLookupGivesKindAndPath()
    {
        const InvProfile profile = m_store->profiles(conn()).first();
        int e = m_index.find(QLatin1Char('{') + profile.id.toUpper() + QLatin1Char('}'));
        QVERIFY(e >= 0);
        QCOMPARE(m_index.kind(e), Kind::Profile);
        QCOMPARE(m_index.found(e).path(), QStringList{profile.displayName});

        const QVector<InvWorkspace> ws = m_store->workspacesOf(conn(), profile.id);
        QVERIFY(!ws.isEmpty());
        const InventoryIndex::Result r =
            m_index.match(QStringLiteral(" %1 ").arg(ws.first().id.toUpper()), 10);
        QVERIFY(r.idLookup);
        QCOMPARE(r.total, 1);
        FoundObject found = m_index.found(r.entries.first());
        QCOMPARE(found.kind, FoundObject::Kind::Workspace);
        QCOMPARE(found.path(), (QStringList{profile.displayName, ws.first().name}));
        QCOMPARE(found.profileId, profile.id);

        const QString reportId = anyItemId(ItemKind::Report);
        e = m_index.find(reportId);
        QVERIFY(e >= 0);
        found = m_index.found(e);
        QCOMPARE(found.kind, FoundObject::Kind::Item);
        QCOMPARE(found.itemKind, ItemKind::Report);
        QCOMPARE(found.path().size(), 3);
        QCOMPARE(found.path(), m_store->findById(reportId).path());
        QCOMPARE(m_index.idKindText(m_index.kind(e)), QStringLiteral("item id"));

        const InvCapacity cap = m_store->capacities(conn()).first();
        e = m_index.find(cap.id);
        QVERIFY(e >= 0);
        QCOMPARE(m_index.kind(e), Kind::Capacity);
        QCOMPARE(m_index.found(e).path(), QStringList{cap.displayName});
        QCOMPARE(m_index.idKindText(Kind::Capacity), QStringLiteral("capacity id"));
    }

    void sharedWorkspaceResolvesToItsProfile()
    {
        // A workspace the SP and a profile both see: the id answers with the profile's path, as the
        // store does, and a name search lists it under both identities.
        QHash<QString, int> seen;
        for (const InvWorkspace &w : m_store->workspaces(conn()))
            ++seen[w.id];
        const QString shared = seen.key(2);
        QVERIFY(!shared.isEmpty());
        const FoundObject viaIndex = m_index.found(m_index.find(shared));
        QCOMPARE(viaIndex.profileId, m_store->findById(shared).profileId);
        QVERIFY(!viaIndex.profileId.isEmpty());
        int workspaceMatches = 0;
        for (int e : m_index.match(viaIndex.name, 10).entries)
            workspaceMatches += m_index.kind(e) == Kind::Workspace && m_index.id(e) == shared ? 1 : 0;
        QCOMPARE(workspaceMatches, 2);
    }

    void unknownAndMalformedGuids()
    {
        const QString unknown = QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201");
        QCOMPARE(m_index.find(unknown), -1);
        const InventoryIndex::Result r = m_index.match(unknown, 10);
        QVERIFY(r.idLookup);
        QCOMPARE(r.total, 0);
        QVERIFY(r.entries.isEmpty());
        for (const QString &bad : {QStringLiteral("0f0e0d0c-0b0a-4909-8807-06050403020"),
                                   QStringLiteral("0f0e0d0c-0b0a-4909-8807-06050403020g"),
                                   QStringLiteral("{0f0e0d0c-0b0a-4909-8807-060504030201"),
                                   QStringLiteral("0f0e0d0c0b0a490988070605040302010000"), QString()}) {
            QVERIFY2(!InventoryIndex::parseGuid(bad, nullptr), qPrintable(bad));
            QCOMPARE(m_index.find(bad), -1);
            QVERIFY(!m_index.match(bad, 10).idLookup);
        }
        QUuid g;
        QVERIFY(InventoryIndex::parseGuid(QStringLiteral("{0F0E0D0C-0B0A-4909-8807-060504030201}"), &g));
        QCOMPARE(g, QUuid::fromString(unknown));
    }

    void backgroundLoadMatchesLoad()
    {
        InventoryIndexLoader loader;
        QSignalSpy finished(&loader, &InventoryIndexLoader::finished);
        loader.start(m_store->filePath(), QStringLiteral("no-such-connection"));
        loader.start(m_store->filePath(), conn()); // the first load's result is dropped
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!loader.isRunning());
        InventoryIndex loaded = loader.takeIndex();
        QCOMPARE(loaded.size(), m_index.size());
        QCOMPARE(loaded.connectionId(), m_index.connectionId());
        const QString reportId = anyItemId(ItemKind::Report);
        QCOMPARE(loaded.found(loaded.find(reportId)).path(), m_index.found(m_index.find(reportId)).path());
        QCOMPARE(loaded.match(QStringLiteral("sales"), 100000).entries,
                 m_index.match(QStringLiteral("sales"), 100000).entries);

        InventoryIndexLoader broken;
        QSignalSpy brokenDone(&broken, &InventoryIndexLoader::finished);
        broken.start(m_dir.filePath(QStringLiteral("no/such/dir/inv.sqlite")), conn());
        QVERIFY(brokenDone.wait(10000));
        QVERIFY(!brokenDone.first().first().toBool());
        QVERIFY(broken.takeIndex().isEmpty());
    }

    void nonAsciiNamesAndOtherConnections()
    {
        InventoryStore store(m_dir.filePath(QStringLiteral("hand.sqlite")));
        QVERIFY(store.open());
        const QString c1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        const QString c2 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
        const QString pid = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
        Profile p;
        p.id = pid;
        p.displayName = QStringLiteral("C0100 – 한국 데이터");
        QVERIFY(store.replaceProfiles(c1, {p}));
        Workspace w;
        w.id = QStringLiteral("cccccccc-0000-4000-8000-000000000001");
        w.name = QStringLiteral("ÄRGER Straße");
        QVERIFY(store.replaceWorkspaces(c1, pid, {w}));
        Workspace other;
        other.id = QStringLiteral("cccccccc-0000-4000-8000-000000000002");
        other.name = QStringLiteral("Ärger elsewhere");
        QVERIFY(store.replaceWorkspaces(c2, QString(), {other}));
        Report rep;
        rep.id = QStringLiteral("dddddddd-0000-4000-8000-000000000001");
        rep.name = QStringLiteral("매출 보고서");
        rep.reportType = QStringLiteral("PaginatedReport");
        QVERIFY(store.replaceItems(w.id, ItemKind::Report, {InvItem::from(rep, w.id)}));

        InventoryIndex index;
        QVERIFY(index.load(store, c1.toUpper()));
        QCOMPARE(index.size(), 3);
        QVERIFY(!index.crawlState().isValid()); // never crawled
        InventoryIndex::Result r = index.match(QStringLiteral("ärger"), 10);
        QCOMPARE(r.total, 1); // the other connection's workspace is not in this index
        QCOMPARE(index.name(r.entries.first()), w.name);
        r = index.match(QStringLiteral("보고"), 10);
        QCOMPARE(r.total, 1);
        const FoundObject found = index.found(r.entries.first());
        QCOMPARE(found.path(), (QStringList{p.displayName, w.name, rep.name}));
        QVERIFY(index.isPaginated(r.entries.first()));
        QCOMPARE(index.match(QStringLiteral("한국"), 10).total, 1);
        QCOMPARE(index.find(other.id), -1);
    }
};

QTEST_GUILESS_MAIN(TestInventoryIndex)
#include "tst_inventory_index.moc"
