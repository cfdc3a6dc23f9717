#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorFixture.h"
#include "EmulatorState.h"
#include "TestHelpers.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryStore.h"

using namespace td;

// Crawls the demo emulator into a temp-file inventory and checks the cache against the emulator state.
class TestInventory : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture f;
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryStore> m_store;

    QString conn() const { return f.connection().id; }
    emu::EmulatorState *state() const { return f.server->state(); }

    CrawlSummary crawl(InventoryCrawler &crawler, const QString &profileId = QStringLiteral("*"))
    {
        QSignalSpy done(&crawler, &InventoryCrawler::finished);
        if (profileId == QLatin1String("*"))
            crawler.start();
        else
            crawler.startProfile(profileId);
        if (!done.wait(30000))
            return {};
        return done.first().first().value<CrawlSummary>();
    }

    // The emulator's truth: ids of the workspaces an identity ("" = the SP) is a member of.
    QSet<QString> truthWorkspaces(const QString &profileId) const
    {
        const QString key = profileId.isEmpty() ? emu::principalKeyForSp(f.sp().objectId)
                                                : emu::principalKeyForProfile(profileId);
        QSet<QString> out;
        for (const emu::Workspace &w : state()->workspaces().items()) {
            if (w.findMember(key))
                out.insert(w.id.toLower());
        }
        return out;
    }

    QSet<QString> storedWorkspaces(const QString &profileId) const
    {
        QSet<QString> out;
        for (const InvWorkspace &w : m_store->workspacesOf(conn(), profileId))
            out.insert(w.id);
        return out;
    }

    const emu::Profile *customer(const QString &name) const
    {
        for (const emu::Profile *p : state()->profilesOf(f.sp().clientId)) {
            if (p->displayName.endsWith(name))
                return p;
        }
        return nullptr;
    }

    QString workspaceOf(const QString &profileId) const
    {
        const QSet<QString> ids = truthWorkspaces(profileId);
        return ids.isEmpty() ? QString() : *ids.begin();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(f.start());
        RetryPolicy p;
        p.maxAttempts = 1;
        f.session->scheduler()->setRetryPolicy(p);
        m_store = std::make_unique<InventoryStore>(
            m_dir.filePath(QStringLiteral("inv-%1.sqlite").arg(QTest::currentTestFunction())));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        f.stop();
    }

    void crawlMatchesEmulator()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QSignalSpy progress(&crawler, &InventoryCrawler::progress);
        const CrawlSummary s = crawl(crawler);
        QCOMPARE(s.status, QStringLiteral("completed"));
        QVERIFY(s.errors.isEmpty());
        QVERIFY(progress.count() > 10);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

        const int profileCount = state()->profileCount(f.sp().clientId);
        QVERIFY(profileCount >= 45);
        QCOMPARE(m_store->profiles(conn()).size(), profileCount);
        QCOMPARE(s.profiles, profileCount);
        QCOMPARE(storedWorkspaces(QString()), truthWorkspaces(QString()));
        QVERIFY(!truthWorkspaces(QString()).isEmpty());
        for (const emu::Profile *p : state()->profilesOf(f.sp().clientId))
            QCOMPARE(storedWorkspaces(p->id), truthWorkspaces(p->id));

        int items = 0;
        QSet<QString> distinct;
        for (const InvWorkspace &w : m_store->workspaces(conn()))
            distinct.insert(w.id);
        for (const QString &id : qAsConst(distinct)) {
            const emu::Workspace *w = state()->findWorkspace(id);
            QVERIFY(w);
            QCOMPARE(m_store->items(id, ItemKind::Report).size(), w->reports.size());
            QCOMPARE(m_store->items(id, ItemKind::Dataset).size(), w->datasets.size());
            QCOMPARE(m_store->items(id, ItemKind::Dashboard).size(), w->dashboards.size());
            QCOMPARE(m_store->items(id, ItemKind::Dataflow).size(), w->dataflows.size());
            QCOMPARE(m_store->access(id).size(), w->members.size());
            items += int(w->reports.size() + w->datasets.size() + w->dashboards.size() + w->dataflows.size());
        }
        QVERIFY(items > 100);
        QCOMPARE(m_store->itemCount(), items);
        QCOMPARE(s.items, items);
        QCOMPARE(m_store->capacities(conn()).size(), 5);

        const CrawlState last = m_store->lastCrawl(conn());
        QCOMPARE(last.status, QStringLiteral("completed"));
        QVERIFY(last.finished.isValid());
        const qint64 age = last.ageSecs(QDateTime::currentDateTimeUtc());
        QVERIFY(age >= 0 && age < 60);
        QCOMPARE(m_store->lastCrawl(QStringLiteral("other")).ageSecs(QDateTime::currentDateTimeUtc()), -1);
    }

    void findAndSearch()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QCOMPARE(crawl(crawler).status, QStringLiteral("completed"));
        const emu::Profile *fabrikam = customer(QStringLiteral("Fabrikam"));
        QVERIFY(fabrikam);
        const emu::Workspace *w = state()->findWorkspace(workspaceOf(fabrikam->id));
        QVERIFY(w && !w->reports.isEmpty());

        const FoundObject profile = m_store->findById(fabrikam->id.toUpper());
        QCOMPARE(profile.kind, FoundObject::Kind::Profile);
        QCOMPARE(profile.path(), QStringList{fabrikam->displayName});

        const FoundObject ws = m_store->findById(w->id);
        QCOMPARE(ws.kind, FoundObject::Kind::Workspace);
        QCOMPARE(ws.kindName(), QStringLiteral("workspace"));
        QCOMPARE(ws.profileId, fabrikam->id.toLower());
        QCOMPARE(ws.path(), (QStringList{fabrikam->displayName, w->name}));

        const emu::Report &r = w->reports.first();
        const FoundObject report = m_store->findById(QLatin1Char('{') + r.id + QLatin1Char('}'));
        QCOMPARE(report.kind, FoundObject::Kind::Item);
        QCOMPARE(report.kindName(), QStringLiteral("report"));
        QCOMPARE(report.workspaceId, w->id.toLower());
        QCOMPARE(report.path(), (QStringList{fabrikam->displayName, w->name, r.name}));

        QVERIFY(!m_store->findById(QStringLiteral("00000000-0000-0000-0000-000000000000")).isValid());

        const QVector<FoundObject> hits = m_store->searchByName(QStringLiteral("fabrikam"), 50);
        QSet<QString> hitIds;
        for (const FoundObject &h : hits)
            hitIds.insert(h.id);
        QVERIFY(hitIds.contains(fabrikam->id.toLower()));
        QVERIFY(hitIds.contains(w->id.toLower()));
        QCOMPARE(hits.first().kind, FoundObject::Kind::Profile); // profiles rank first
        QCOMPARE(m_store->searchByName(QStringLiteral("Sales Overview"), 3).size(), 3);
        QVERIFY(m_store->searchByName(QStringLiteral("%"), 10).isEmpty()); // LIKE wildcards are literal

        // A local delete (after the app deleted it) takes the items and access along.
        QVERIFY(m_store->removeWorkspace(w->id));
        QVERIFY(!m_store->findById(w->id).isValid());
        QVERIFY(!m_store->findById(r.id).isValid());
        QVERIFY(m_store->access(w->id).isEmpty());
        QVERIFY(m_store->findById(fabrikam->id).isValid());
    }

    void headersMatchTheIdentity()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QCOMPARE(crawl(crawler).status, QStringLiteral("completed"));
        const QString base = f.server->baseUrl().path();
        int subtree = 0;
        for (const emu::RequestRecord &r : f.server->requestLog()) {
            if (!r.path.startsWith(base))
                continue;
            QVERIFY2(r.profileHeaders.size() <= 1, qPrintable(r.path));
            QCOMPARE(r.status, 200);
            const QStringList parts = r.path.mid(base.size() + 1).split(QLatin1Char('/'));
            const QString header = r.profileHeaders.value(0).toLower();
            if (parts.first() != QLatin1String("groups")) {
                QVERIFY2(header.isEmpty(), qPrintable(r.path)); // profiles, capacities: as the SP
                continue;
            }
            if (parts.size() < 3)
                continue; // the group list of one identity
            const emu::Workspace *w = state()->findWorkspace(parts.at(1));
            QVERIFY(w);
            const QString key = header.isEmpty() ? emu::principalKeyForSp(f.sp().objectId)
                                                 : emu::principalKeyForProfile(header);
            QVERIFY2(w->findMember(key), qPrintable(r.path + QLatin1Char(' ') + header));
            // The identity the store says it was seen through.
            bool seen = false;
            for (const InvWorkspace &iw : m_store->workspaces(conn()))
                seen = seen || (iw.id == parts.at(1).toLower() && iw.profileId == header);
            QVERIFY2(seen, qPrintable(r.path));
            subtree += header.isEmpty() ? 0 : 1;
        }
        QVERIFY(subtree > 100);
    }

    void outsideDeleteAndRename()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QCOMPARE(crawl(crawler).status, QStringLiteral("completed"));
        const emu::Profile *fabrikam = customer(QStringLiteral("Fabrikam"));
        const emu::Profile *northwind = customer(QStringLiteral("Northwind Traders"));
        QVERIFY(fabrikam && northwind);
        const QString fabrikamId = fabrikam->id, northwindId = northwind->id;
        const QString gone = workspaceOf(fabrikamId);
        const QString renamed = workspaceOf(northwindId);
        const QString goneReport = state()->findWorkspace(gone)->reports.first().id;
        QVERIFY(m_store->findById(goneReport).isValid());

        const auto del = waitFor(f.session->client()->deleteGroup(fabrikamId, gone));
        QVERIFY(del && del->ok());
        const auto ren = waitFor(
            f.session->client()->updateGroup(northwindId, renamed, QStringLiteral("Renamed Outside")));
        QVERIFY2(ren && ren->ok(), ren ? qPrintable(ren->error.details()) : "timeout");

        QCOMPARE(crawl(crawler, fabrikamId).status, QStringLiteral("completed"));
        QCOMPARE(crawl(crawler, northwindId).status, QStringLiteral("completed"));
        QVERIFY(!m_store->findById(gone).isValid());
        QVERIFY(!m_store->findById(goneReport).isValid());
        QVERIFY(m_store->items(gone).isEmpty());
        QVERIFY(m_store->access(gone).isEmpty());
        QCOMPARE(m_store->findById(renamed).name, QStringLiteral("Renamed Outside"));
        QCOMPARE(m_store->searchByName(QStringLiteral("Renamed Outside")).size(), 1);
        QVERIFY(m_store->searchByName(QStringLiteral("Northwind")).size() == 1); // the profile only

        // Removing a profile locally drops the workspaces only it saw, with their items.
        QVERIFY(!m_store->items(renamed).isEmpty());
        QVERIFY(m_store->removeProfile(conn(), northwindId));
        QVERIFY(!m_store->findById(northwindId).isValid());
        QVERIFY(!m_store->findById(renamed).isValid());
        QVERIFY(m_store->items(renamed).isEmpty());
        QCOMPARE(m_store->lastCrawl(conn()).status, QStringLiteral("completed"));
    }

    void cancelMidCrawl()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QElapsedTimer sinceCancel;
        connect(&crawler, &InventoryCrawler::progress, this, [&crawler, &sinceCancel](int done, int) {
            if (done >= 20 && !sinceCancel.isValid()) {
                sinceCancel.start();
                crawler.cancel();
            }
        });
        const CrawlSummary s = crawl(crawler);
        QCOMPARE(s.status, QStringLiteral("cancelled"));
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 500, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!crawler.isRunning());
        QCOMPARE(m_store->lastCrawl(conn()).status, QStringLiteral("cancelled"));
        QTest::qWait(100);
        const int requests = int(f.server->requestLog().size());
        QTest::qWait(300);
        QCOMPARE(int(f.server->requestLog().size()), requests); // nothing more was sent
        QVERIFY(s.requests < 60);
    }

    void destroyedMidCrawl()
    {
        auto crawler = std::make_unique<InventoryCrawler>(f.session.get(), m_store.get());
        QSignalSpy progress(crawler.get(), &InventoryCrawler::progress);
        crawler->start();
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() >= 5);
        QCOMPARE(m_store->lastCrawl(conn()).status, QStringLiteral("running"));
        crawler.reset();
        QCOMPARE(m_store->lastCrawl(conn()).status, QStringLiteral("cancelled"));
        QTest::qWait(200); // the cancelled jobs complete without touching the destroyed crawler
    }

    void boundedOutstanding()
    {
        InventoryCrawler crawler(f.session.get(), m_store.get());
        QCOMPARE(crawler.maxOutstanding(), 2 * f.session->scheduler()->maxConcurrency());
        int maxQueued = 0;
        connect(f.session->scheduler(), &RequestScheduler::loadChanged, this, [this, &maxQueued] {
            RequestScheduler *s = f.session->scheduler();
            maxQueued = qMax(maxQueued, s->queuedCount() + s->inFlightCount());
        });
        QCOMPARE(crawl(crawler).status, QStringLiteral("completed"));
        QVERIFY2(maxQueued <= crawler.maxOutstanding(), qPrintable(QString::number(maxQueued)));
        QVERIFY(maxQueued > 1);
    }

    void serverErrorOnOneWorkspace()
    {
        RequestScheduler *scheduler = f.session->scheduler();
        scheduler->setMaxConcurrency(1);
        InventoryCrawler crawler(f.session.get(), m_store.get());
        crawler.setMaxOutstanding(1); // one request at a time: the fault hits exactly one list
        const QString target = workspaceOf(customer(QStringLiteral("Fabrikam"))->id);
        emu::EmulatorServer *server = f.server.get();
        connect(&crawler, &InventoryCrawler::listStarted, this,
                [server, target](const QString &what, const QString &, const QString &workspaceId) {
                    emu::FaultSettings faults;
                    if (workspaceId == target && what.startsWith(QLatin1String("reports")))
                        faults.serverErrorShare = 1.0;
                    server->setFaults(faults);
                });
        const CrawlSummary s = crawl(crawler);
        QCOMPARE(s.status, QStringLiteral("completed-with-errors"));
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.first().workspaceId, target);
        QCOMPARE(s.errors.first().error.httpStatus, 500);
        QCOMPARE(m_store->lastCrawl(conn()).errorCount, 1);
        QCOMPARE(m_store->lastCrawl(conn()).status, QStringLiteral("completed-with-errors"));
        QVERIFY(m_store->items(target, ItemKind::Report).isEmpty());
        QVERIFY(!m_store->items(target, ItemKind::Dataset).isEmpty());
        QCOMPARE(m_store->profiles(conn()).size(), state()->profileCount(f.sp().clientId));
        const QString other = workspaceOf(customer(QStringLiteral("Northwind Traders"))->id);
        QCOMPARE(m_store->items(other, ItemKind::Report).size(),
                 state()->findWorkspace(other)->reports.size());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
