#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/inventory/InventoryCrawler.h"

class QLabel;
class QStatusBar;

namespace td {

class ConnectionSession;
class ConnectionTreeModel;
class InventoryStore;

// Keeps the tree's inventory cache fresh: when a connection opens, the tree shows the last inventory at
// once (ConnectionTreeModel reads the cache) and a background crawl of the whole connection starts
// shortly after; each list it stores updates the loaded nodes in place. Shift+F5 ("Refresh inventory")
// crawls again. A status-bar label shows the inventory's age and the crawl's progress; the same line is
// the connection node's tooltip. Without a store it does nothing (the tree loads from the network).
class InventoryController : public QObject
{
    Q_OBJECT
public:
    InventoryController(ConnectionTreeModel *model, QStatusBar *statusBar, QObject *parent = nullptr);

    void setStore(InventoryStore *store); // not owned; also the model's cache
    // Delay between a connection opening and its background refresh; -1 = no automatic refresh.
    void setAutoRefreshDelay(int ms) { m_autoDelayMs = ms; }

    // Starts a crawl of the whole connection; false without a store or session (nothing started).
    bool refreshAll();
    bool isRefreshing() const { return m_crawler && m_crawler->isRunning(); }
    // The crawler of the open connection (null before its first crawl). Its progress/finished signals
    // drive the status label; others (a jobs pane) may connect to them too, see crawlStarted().
    InventoryCrawler *crawler() const { return m_crawler; }
    QLabel *statusLabel() const { return m_label; }
    QString statusText() const;

    static QString ageText(qint64 secs); // "just now", "12 min ago", "3 h ago", "2 days ago"

Q_SIGNALS:
    void crawlStarted(td::InventoryCrawler *crawler);
    void crawlFinished(const td::CrawlSummary &summary);

private:
    void autoRefresh();
    void onModelReset();
    void onProgress(int done, int total);
    void onFinished(const CrawlSummary &summary);
    void updateStatus();

    ConnectionTreeModel *m_model;
    InventoryStore *m_store = nullptr;
    QPointer<ConnectionSession> m_session;
    QPointer<InventoryCrawler> m_crawler;
    QLabel *m_label;
    QTimer m_ageTimer;
    QTimer m_autoTimer;
    QDateTime m_openedAt; // when this connection's tree opened (for autoRefresh)
    int m_autoDelayMs = 1500;
    int m_done = 0;
    int m_total = 0;
    QDateTime m_asOf;      // when the inventory shown was last complete (invalid: none yet)
    QString m_lastProblem; // e.g. "refresh failed", "3 lists failed"
};

} // namespace td
