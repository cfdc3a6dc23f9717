#include "app/health/HealthCheck.h"

#include "app/api/ContentClient.h"
#include "app/api/PagedApiCall.h"
#include "app/api/RequestScheduler.h"
#include "app/health/HealthLogging.h"
#include "app/health/HealthRule.h"
#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryStore.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

Q_LOGGING_CATEGORY(lcHealth, "td.health")

namespace td {

HealthCheck::HealthCheck(ConnectionSession *session, InventoryStore *store, CustomerRegistry *registry,
                         QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_registry(registry)
{
    qRegisterMetaType<td::HealthReport>();
}

HealthCheck::~HealthCheck()
{
    cancelCalls(m_active, this);
}

void HealthCheck::start()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_timer.start();
    m_report = HealthReport();
    m_report.connectionId = m_session->connection().id;
    m_modelsDone = 0;
    delete m_crawler;
    m_crawler = new InventoryCrawler(m_session, m_store, this);
    connect(m_crawler, &InventoryCrawler::progress, this, [this](int done, int total) {
        m_crawlTotal = total;
        Q_EMIT progress(done, total, tr("Reading the estate"));
    });
    connect(m_crawler, &InventoryCrawler::finished, this, &HealthCheck::onCrawled);
    qCInfo(lcHealth) << "health check started for connection" << m_report.connectionId;
    m_crawler->start();
}

void HealthCheck::cancel()
{
    if (!m_running)
        return;
    if (m_crawler && m_crawler->isRunning()) {
        m_crawler->cancel(); // finishes through onCrawled with "cancelled"
        return;
    }
    m_pendingModels.clear();
    cancelCalls(std::exchange(m_active, {}), this);
    finish(QStringLiteral("cancelled"));
}

void HealthCheck::onCrawled(const CrawlSummary &summary)
{
    if (!m_running)
        return;
    if (summary.status == QLatin1String("cancelled") || summary.status == QLatin1String("failed")) {
        for (const CrawlError &e : summary.errors)
            m_report.errors.append(QStringLiteral("%1: %2").arg(e.what, e.error.summary()));
        finish(summary.status);
        return;
    }
    const Connection &c = m_session->connection();
    m_snapshot = HealthSnapshot::fromInventory(*m_store, c.id, c.servicePrincipalObjectId);
    for (const CrawlError &e : summary.errors) {
        m_report.errors.append(QStringLiteral("%1: %2").arg(e.what, e.error.summary()));
        if (e.what == QLatin1String("groups"))
            m_snapshot.unlistedProfiles.insert(e.profileId);
    }
    for (const QString &ws : m_snapshot.workspaceIdsByName()) {
        for (const InvItem &item : m_store->items(ws, ItemKind::Dataset)) {
            HealthModel m;
            m.workspaceId = ws;
            m.datasetId = item.id;
            m.name = item.name;
            m.asProfileId = m_snapshot.workspaces.value(ws).profileId;
            m_pendingModels.push_back(int(m_snapshot.models.size()));
            m_snapshot.models.append(m);
        }
    }
    pumpModels();
}

void HealthCheck::pumpModels()
{
    const int maxActive = m_session ? 2 * qMax(1, m_session->scheduler()->maxConcurrency()) : 1;
    while (m_running && m_session && m_active.size() < maxActive && !m_pendingModels.empty()) {
        const int index = m_pendingModels.front();
        m_pendingModels.pop_front();
        const HealthModel &m = m_snapshot.models.at(index);
        PagedApiCall *job =
            m_session->content()->refreshHistory(m.asProfileId, m.workspaceId, m.datasetId, 1);
        m_active.append(job);
        connect(job, &PagedApiCall::finished, this, [this, index, job](const ListResult &result) {
            m_active.removeAll(QPointer<PagedApiCall>(job));
            ++m_modelsDone;
            HealthModel &m = m_snapshot.models[index];
            if (!result.ok()) {
                m_report.errors.append(
                    tr("refresh history of %1 (%2): %3").arg(m.name, m.datasetId, result.error.summary()));
            } else if (!result.items.isEmpty()) {
                m.hasHistory = true;
                m.last = RefreshEntry::fromJson(result.items.first());
            }
            pumpModels();
        });
    }
    const int models = int(m_snapshot.models.size());
    Q_EMIT progress(m_crawlTotal + m_modelsDone, m_crawlTotal + models, tr("Reading semantic models"));
    if (m_running && m_active.isEmpty() && m_pendingModels.empty())
        evaluate();
}

void HealthCheck::evaluate()
{
    if (m_registry) {
        m_snapshot.registryAvailable = true;
        for (const Customer &c : m_registry->list(m_snapshot.connectionId)) {
            if (c.status.compare(QLatin1String("offboarded"), Qt::CaseInsensitive) != 0)
                m_snapshot.customers.append(c);
        }
    }
    const HealthRuleSet rules;
    m_report.findings = rules.evaluate(m_snapshot);
    m_report.profiles = int(m_snapshot.profiles.size());
    m_report.workspaces = int(m_snapshot.workspaces.size());
    m_report.models = int(m_snapshot.models.size());
    finish(m_report.errors.isEmpty() ? QStringLiteral("completed") : QStringLiteral("completed-with-errors"));
}

void HealthCheck::finish(const QString &status)
{
    if (!m_running)
        return;
    m_running = false;
    m_report.status = status;
    m_report.elapsedMs = m_timer.elapsed();
    qCInfo(lcHealth) << "health check" << status << "with" << m_report.findings.size() << "findings in"
                     << m_report.elapsedMs << "ms";
    Q_EMIT finished(m_report);
}

} // namespace td
