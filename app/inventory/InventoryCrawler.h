#pragma once
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>

#include "app/api/ApiError.h"
#include "app/api/PagedApiCall.h"
#include "app/inventory/InventoryTypes.h"

namespace td {

class ConnectionSession;
class InventoryStore;

struct CrawlError
{
    QString what;        // e.g. "reports of <workspace id>"
    QString profileId;   // the identity the request was made as ("" = the SP)
    QString workspaceId; // empty for profile/workspace lists
    ApiError error;
};

struct CrawlSummary
{
    QString status;   // completed | completed-with-errors | cancelled | failed
    int requests = 0; // list operations finished
    int profiles = 0;
    int workspaces = 0;
    int items = 0;
    QVector<CrawlError> errors;
    qint64 elapsedMs = 0;
};

// Crawls one connection into an InventoryStore: profiles (as the SP), the SP's own workspaces, each
// profile's workspaces (as that profile), then per workspace its reports, datasets, dashboards,
// dataflows and users as the identity it was first seen through. Results are written as they
// arrive. At most maxOutstanding() lists run at once (default 2x the scheduler's concurrency); the
// rest wait here, not in the scheduler's queue. A failed list is recorded and the crawl goes on.
// The store must outlive the crawler.
class InventoryCrawler : public QObject
{
    Q_OBJECT
public:
    InventoryCrawler(ConnectionSession *session, InventoryStore *store, QObject *parent = nullptr);
    ~InventoryCrawler() override;

    void setMaxOutstanding(int n); // 0 = 2x the scheduler's concurrency
    int maxOutstanding() const;

    void start();                                // the whole connection; records the crawl state
    void startProfile(const QString &profileId); // one profile's subtree only ("" = the SP's own)
    void cancel();                               // finishes promptly with status "cancelled"
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void listStarted(const QString &what, const QString &profileId, const QString &workspaceId);
    void finished(const td::CrawlSummary &summary);
    // One list was written to the store. list: profiles | capacities | groups | reports | datasets |
    // dashboards | dataflows | users; profileId is the identity it was listed as ("" = the SP).
    void listStored(const QString &list, const QString &profileId, const QString &workspaceId);

private:
    enum class TaskType { Profiles, Capacities, Groups, Items, Users };
    struct Task
    {
        TaskType type;
        QString profileId;
        QString workspaceId;
        ItemKind kind = ItemKind::Report;
    };
    bool begin(bool full); // false when already running
    void enqueue(const Task &task, bool front = false);
    void pump();
    void launch(const Task &task);
    void onListed(const Task &task, const ListResult &result);
    bool store(const Task &task, const QVector<QJsonObject> &items);
    void finish(const QString &status);
    static QString describe(const Task &task);
    static QString listName(const Task &task);

    QPointer<ConnectionSession> m_session;
    InventoryStore *m_store;
    QString m_connectionId;
    std::deque<Task> m_pending;
    QVector<QPointer<PagedApiCall>> m_active;
    QSet<QString> m_seenWorkspaces;
    CrawlSummary m_summary;
    QElapsedTimer m_timer;
    QTimer m_commitTimer; // commits the store's write batch every half second during a crawl
    int m_maxOutstanding = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_full = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::CrawlSummary)
