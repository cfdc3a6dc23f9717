#include "ui/inventory/InventoryController.h"

#include <QLabel>
#include <QStatusBar>

#include "app/api/RequestScheduler.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"
#include "ui/common/UiLogging.h"
#include "ui/tree/ConnectionTreeModel.h"

namespace td {

InventoryController::InventoryController(ConnectionTreeModel *model, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_model(model), m_label(new QLabel(statusBar))
{
    m_label->setObjectName(QStringLiteral("inventoryStatus"));
    m_label->setVisible(false);
    if (statusBar)
        statusBar->addPermanentWidget(m_label);
    m_ageTimer.setInterval(30000);
    connect(&m_ageTimer, &QTimer::timeout, this, &InventoryController::updateStatus);
    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, &InventoryController::autoRefresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryController::onModelReset);
}

void InventoryController::setStore(InventoryStore *store)
{
    m_store = store;
    m_model->setInventory(store);
    onModelReset();
}

void InventoryController::onModelReset()
{
    ConnectionSession *session = m_model->session();
    if (session == m_session && (m_crawler || !session))
        return;
    m_autoTimer.stop();
    delete m_crawler; // a crawl of the previous connection is recorded as cancelled
    m_session = session;
    m_done = m_total = 0;
    m_lastProblem.clear();
    m_asOf = QDateTime();
    m_openedAt = QDateTime::currentDateTimeUtc();
    if (!m_store || !m_session || !m_store->isOpen()) {
        m_ageTimer.stop();
        m_label->setVisible(false);
        return;
    }
    const CrawlState last = m_store->lastCrawl(m_session->connection().id);
    if (last.isValid())
        m_asOf = last.finished.isValid() ? last.finished : last.started; // else a crawl cut short
    m_crawler = new InventoryCrawler(m_session, m_store, this);
    // Reduced priority: leave a slot of the scheduler free for what the user opens meanwhile.
    m_crawler->setMaxOutstanding(qMax(1, m_session->scheduler()->maxConcurrency() - 1));
    connect(m_crawler, &InventoryCrawler::listStored, m_model, &ConnectionTreeModel::cachedListChanged);
    connect(m_crawler, &InventoryCrawler::progress, this, &InventoryController::onProgress);
    connect(m_crawler, &InventoryCrawler::finished, this, &InventoryController::onFinished);
    m_ageTimer.start();
    if (m_autoDelayMs >= 0)
        m_autoTimer.start(m_autoDelayMs);
    updateStatus();
}

// The background refresh after a connection opens; skipped when another crawl (e.g. the search's "build the
// inventory") ran since it opened, so the service is not read twice in a row.
void InventoryController::autoRefresh()
{
    if (!m_store || !m_session || !m_store->isOpen())
        return;
    const CrawlState last = m_store->lastCrawl(m_session->connection().id);
    if (last.finished.isValid() && last.started >= m_openedAt) {
        m_asOf = last.finished;
        m_model->syncFromCache();
        m_model->setUseCache(true);
        updateStatus();
        return;
    }
    refreshAll();
}

bool InventoryController::refreshAll()
{
    if (!m_crawler || !m_session)
        return false;
    m_autoTimer.stop();
    if (m_crawler->isRunning())
        return true;
    m_done = m_total = 0;
    m_lastProblem.clear();
    qCInfo(lcUi) << "refreshing the inventory of" << m_session->connection().name;
    m_crawler->start();
    Q_EMIT crawlStarted(m_crawler);
    updateStatus();
    return true;
}

void InventoryController::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    updateStatus();
}

void InventoryController::onFinished(const CrawlSummary &summary)
{
    m_model->syncFromCache();
    if (summary.status != QLatin1String("failed") && summary.status != QLatin1String("cancelled")) {
        m_asOf = QDateTime::currentDateTimeUtc();
        m_model->setUseCache(true); // from now on, nodes opened come from the fresh inventory
    }
    if (summary.status == QLatin1String("failed"))
        m_lastProblem = tr("refresh failed");
    else if (summary.status == QLatin1String("cancelled"))
        m_lastProblem = tr("refresh cancelled");
    else if (!summary.errors.isEmpty())
        m_lastProblem = summary.errors.size() == 1
                            ? tr("one list could not be read")
                            : tr("%n lists could not be read", nullptr, int(summary.errors.size()));
    else
        m_lastProblem.clear();
    updateStatus();
    Q_EMIT crawlFinished(summary);
}

QString InventoryController::ageText(qint64 secs)
{
    if (secs < 60)
        return tr("just now");
    const int min = int(secs / 60);
    if (min < 60)
        return tr("%n min ago", nullptr, min);
    const int hours = min / 60;
    if (hours < 48)
        return hours == 1 ? tr("an hour ago") : tr("%n hours ago", nullptr, hours);
    return tr("%n days ago", nullptr, hours / 24);
}

QString InventoryController::statusText() const
{
    if (!m_store || !m_session)
        return QString();
    const bool running = isRefreshing();
    QString text = m_asOf.isValid()
                       ? tr("Inventory from %1").arg(ageText(m_asOf.secsTo(QDateTime::currentDateTimeUtc())))
                       : tr("No inventory yet");
    if (running) {
        text += m_total > 0 ? tr(" — refreshing… %1/%2").arg(m_done).arg(m_total) : tr(" — refreshing…");
    } else if (!m_lastProblem.isEmpty()) {
        text += tr(" — %1").arg(m_lastProblem);
    }
    return text;
}

void InventoryController::updateStatus()
{
    const QString text = statusText();
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
    m_model->setInventoryStatus(text);
}

} // namespace td
