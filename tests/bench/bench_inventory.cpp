// bench_inventory: on the emulator's large estate (5,000 profiles, 10,000 workspaces, 200,000 items)
// measures the full inventory crawl against its bound (requests x emulator latency / concurrency,
// measured in this run), the time to open the tree from the cache, the filter latency over 100 typed
// keystrokes, and peak RSS. Last line:
//   inventory: crawl=<percent of bound>% open=<ms> filter_p95=<ms> rss=<MB>
// Usage: bench_inventory [--latency-ms N] [--seed large|demo]
#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <cstdio>

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeView>

#include "BenchSupport.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/inventory/InventoryController.h"
#include "ui/window/MainWindow.h"
#include "ui/search/SearchController.h"
#include "app/api/RequestScheduler.h"
#include "app/connections/Connection.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"

using namespace td;

namespace {
void say(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latencyMs = args.contains(QStringLiteral("--latency-ms"))
                              ? args.value(args.indexOf(QStringLiteral("--latency-ms")) + 1).toInt()
                              : 20;
    const QString seed = args.contains(QStringLiteral("--seed"))
                             ? args.value(args.indexOf(QStringLiteral("--seed")) + 1)
                             : QStringLiteral("large");

    QProcess emulator;
    const QJsonObject info =
        bench::startEmulator(emulator, {QStringLiteral("--seed"), seed, QStringLiteral("--latency-ms"),
                                        QString::number(latencyMs)});
    if (info.isEmpty()) {
        say(QStringLiteral("bench_inventory: the emulator did not start"));
        return 2;
    }
    const Connection c = bench::connectionFrom(info, QStringLiteral("0b5e1c2d-0000-4000-8000-000000000001"));
    QNetworkAccessManager nam;
    ConnectionSession session(c, info.value(QStringLiteral("clientSecret")).toString(), &nam);
    const int concurrency = session.scheduler()->maxConcurrency();

    QTemporaryDir dir;
    InventoryStore store(dir.filePath(QStringLiteral("inventory.sqlite")));
    QString error;
    if (!store.open(&error)) {
        say(QStringLiteral("bench_inventory: %1").arg(error));
        return 2;
    }

    // 1. Full crawl against its bound.
    InventoryCrawler crawler(&session, &store);
    CrawlSummary summary;
    bool done = false;
    QObject::connect(&crawler, &InventoryCrawler::finished, [&](const CrawlSummary &s) {
        summary = s;
        done = true;
    });
    QElapsedTimer wall;
    wall.start();
    crawler.start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const double crawlMs = double(wall.elapsed());
    // Every list is one request here (un-paged item lists; profiles and groups fit in pages of 1000,
    // counted per page by the crawler) plus one token request.
    const double requests = double(summary.requests);
    const double boundMs = requests * latencyMs / concurrency;
    const double crawlPct = crawlMs > 0 ? 100.0 * boundMs / crawlMs : 0;
    say(QStringLiteral("crawl: status=%1 requests=%2 profiles=%3 workspaces=%4 items=%5 wall=%6 s "
                       "bound=%7 s (requests x %8 ms / %9) -> %10% of bound")
            .arg(summary.status)
            .arg(summary.requests)
            .arg(summary.profiles)
            .arg(summary.workspaces)
            .arg(summary.items)
            .arg(crawlMs / 1000.0, 0, 'f', 1)
            .arg(boundMs / 1000.0, 0, 'f', 1)
            .arg(latencyMs)
            .arg(concurrency)
            .arg(crawlPct, 0, 'f', 0));

    // 2. Open the tree from the cache: a fresh window on the same store, the Service principal and
    //    Profiles nodes expanded, until all of them show (no request is needed for that).
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConnectionStore connections(&settings);
    SecretStore secrets;
    MainWindow window(&connections, &secrets, &nam);
    window.setInventory(&store);
    window.inventoryController()->setAutoRefreshDelay(-1); // measure the cache, not a refresh
    window.show();
    QElapsedTimer open;
    open.start();
    window.openSession(c, info.value(QStringLiteral("clientSecret")).toString());
    ConnectionTreeModel *model = window.treeModel();
    while (!model->profilesIndex().isValid() && open.elapsed() < 60000) // the static nodes come first
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    for (const QModelIndex &node : {model->servicePrincipalIndex(), model->profilesIndex()}) {
        window.treeView()->expand(node);
        if (model->canFetchMore(node))
            model->fetchMore(node);
    }
    while (model->rowCount(model->profilesIndex()) < summary.profiles && open.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double openMs = double(open.elapsed());
    say(QStringLiteral("open: %1 profiles shown from the cache in %2 ms")
            .arg(model->rowCount(model->profilesIndex()))
            .arg(openMs, 0, 'f', 0));

    // 3. Filter latency: 100 keystrokes typed into the real find box; each one timed until the results
    //    for that text are applied (search + results model + view).
    SearchController *search = window.search();
    QElapsedTimer indexTimer;
    indexTimer.start();
    search->reloadIndex();
    say(QStringLiteral("index: loaded in %1 ms").arg(indexTimer.elapsed()));
    const QStringList words = {
        QStringLiteral("aurora"),        QStringLiteral("c0042"),     QStringLiteral("sales"),
        QStringLiteral("harbor dental"), QStringLiteral("report 1"),  QStringLiteral("zenith"),
        QStringLiteral("copper hill"),   QStringLiteral("legacy"),    QStringLiteral("freight"),
        QStringLiteral("summit"),        QStringLiteral("analytics"), QStringLiteral("kestrel"),
        QStringLiteral("pinecrest"),     QStringLiteral("meridian"),  QStringLiteral("ironwood")};
    std::vector<double> keyMs;
    QLineEdit *edit = window.findEdit();
    QSignalSpy applied(search, &SearchController::resultsApplied);
    for (int w = 0; keyMs.size() < 100; ++w) {
        edit->clear();
        QCoreApplication::processEvents();
        const QString word = words.at(w % words.size());
        for (const QChar ch : word) {
            if (keyMs.size() >= 100)
                break;
            applied.clear();
            QElapsedTimer k;
            k.start();
            QTest::keyClicks(edit, QString(ch));
            while (applied.isEmpty() && k.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            keyMs.push_back(double(k.nsecsElapsed()) / 1e6);
        }
    }
    const double filterMedian = bench::percentile(keyMs, 50);
    const double filterP95 = bench::percentile(keyMs, 95);
    say(QStringLiteral("filter: %1 keystrokes, median %2 ms, p95 %3 ms, max %4 ms")
            .arg(keyMs.size())
            .arg(filterMedian, 0, 'f', 1)
            .arg(filterP95, 0, 'f', 1)
            .arg(*std::max_element(keyMs.begin(), keyMs.end()), 0, 'f', 1));

    emulator.kill();
    emulator.waitForFinished(5000);
    const double rss = bench::peakRssMb();
    say(QStringLiteral("inventory: crawl=%1% open=%2 filter_p95=%3 rss=%4")
            .arg(crawlPct, 0, 'f', 0)
            .arg(openMs, 0, 'f', 0)
            .arg(filterP95, 0, 'f', 1)
            .arg(rss, 0, 'f', 0));
    return summary.status.startsWith(QLatin1String("completed")) ? 0 : 1;
}
