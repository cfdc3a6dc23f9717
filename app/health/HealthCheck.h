#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <deque>

#include "app/health/HealthSnapshot.h"
#include "app/health/HealthTypes.h"

namespace td {

class ConnectionSession;
class CustomerRegistry;
class InventoryCrawler;
class InventoryStore;
class PagedApiCall;
struct CrawlSummary;

// Runs the estate health check of one connection: crawls the inventory again (profiles, workspaces per
// identity, access, items, capacities; see InventoryCrawler), reads the last refresh of every semantic
// model as the identity its workspace was seen through, reads the registry's entries for the connection,
// then evaluates every rule (HealthRuleSet). progress() covers both phases; cancel() ends it promptly
// with status "cancelled". The store (and the registry, when given) must outlive the check.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    HealthCheck(ConnectionSession *session, InventoryStore *store, CustomerRegistry *registry,
                QObject *parent = nullptr);
    ~HealthCheck() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const HealthReport &report() const { return m_report; }
    const HealthSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void progress(int done, int total, const QString &phase); // phase: translated, short
    void finished(const td::HealthReport &report);

private:
    void onCrawled(const CrawlSummary &summary);
    void pumpModels();
    void evaluate();
    void finish(const QString &status);

    QPointer<ConnectionSession> m_session;
    InventoryStore *m_store;
    CustomerRegistry *m_registry;
    InventoryCrawler *m_crawler = nullptr;
    HealthSnapshot m_snapshot;
    HealthReport m_report;
    std::deque<int> m_pendingModels; // indexes into m_snapshot.models
    QVector<QPointer<PagedApiCall>> m_active;
    QElapsedTimer m_timer;
    int m_crawlTotal = 0;
    int m_modelsDone = 0;
    bool m_running = false;
};

} // namespace td
