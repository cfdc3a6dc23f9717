#include "app/inventory/InventoryCrawler.h"

#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/inventory/InventoryLogging.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"

namespace td {

InventoryCrawler::InventoryCrawler(ConnectionSession *session, InventoryStore *store, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    qRegisterMetaType<td::CrawlSummary>();
    m_commitTimer.setInterval(500);
    connect(&m_commitTimer, &QTimer::timeout, this, [this] {
        m_store->commitBatch(); // others (the search index, another window) see the lists so far
        m_store->beginBatch();
    });
}

InventoryCrawler::~InventoryCrawler()
{
    // Destroyed mid-crawl: the crawl state must not stay "running" (the store outlives the crawler).
    if (m_running)
        m_store->commitBatch();
    if (m_running && m_full)
        m_store->finishCrawl(m_connectionId, QDateTime::currentDateTimeUtc(), QStringLiteral("cancelled"),
                             int(m_summary.errors.size()));
    m_pending.clear();
    cancelCalls(m_active, this);
}

void InventoryCrawler::setMaxOutstanding(int n)
{
    m_maxOutstanding = qMax(0, n);
}

int InventoryCrawler::maxOutstanding() const
{
    if (m_maxOutstanding > 0)
        return m_maxOutstanding;
    return m_session ? 2 * qMax(1, m_session->scheduler()->maxConcurrency()) : 1;
}

void InventoryCrawler::start()
{
    if (!begin(true))
        return;
    enqueue({TaskType::Profiles, {}, {}});
    enqueue({TaskType::Capacities, {}, {}});
    enqueue({TaskType::Groups, {}, {}});
    pump();
}

void InventoryCrawler::startProfile(const QString &profileId)
{
    if (!begin(false))
        return;
    enqueue({TaskType::Groups, profileId.toLower(), {}});
    pump();
}

bool InventoryCrawler::begin(bool full)
{
    if (m_running || !m_session)
        return false;
    m_running = true;
    m_full = full;
    m_connectionId = m_session->connection().id;
    m_summary = CrawlSummary();
    m_seenWorkspaces.clear();
    m_total = 0;
    m_timer.start();
    if (full)
        m_store->beginCrawl(m_connectionId, QDateTime::currentDateTimeUtc());
    m_store->beginBatch();
    m_commitTimer.start();
    return true;
}

void InventoryCrawler::cancel()
{
    if (!m_running)
        return;
    m_pending.clear();
    cancelCalls(std::exchange(m_active, {}), this);
    finish(QStringLiteral("cancelled"));
}

void InventoryCrawler::enqueue(const Task &task, bool front)
{
    if (front)
        m_pending.push_front(task);
    else
        m_pending.push_back(task);
    ++m_total;
}

void InventoryCrawler::pump()
{
    while (m_running && m_active.size() < maxOutstanding() && !m_pending.empty()) {
        const Task task = m_pending.front();
        m_pending.pop_front();
        launch(task);
    }
    Q_EMIT progress(m_summary.requests, m_total);
    if (m_running && m_active.isEmpty() && m_pending.empty())
        finish(m_summary.errors.isEmpty() ? QStringLiteral("completed")
                                          : QStringLiteral("completed-with-errors"));
}

void InventoryCrawler::launch(const Task &task)
{
    PowerBiClient *client = m_session->client();
    PagedApiCall *job = nullptr;
    switch (task.type) {
    case TaskType::Profiles:
        job = client->listProfiles();
        break;
    case TaskType::Capacities:
        job = client->listCapacities();
        break;
    case TaskType::Groups:
        job = client->listGroups(task.profileId);
        break;
    case TaskType::Users:
        job = client->listGroupUsers(task.profileId, task.workspaceId);
        break;
    case TaskType::Items:
        switch (task.kind) {
        case ItemKind::Report:
            job = client->listReports(task.profileId, task.workspaceId);
            break;
        case ItemKind::Dataset:
            job = client->listDatasets(task.profileId, task.workspaceId);
            break;
        case ItemKind::Dashboard:
            job = client->listDashboards(task.profileId, task.workspaceId);
            break;
        case ItemKind::Dataflow:
            job = client->listDataflows(task.profileId, task.workspaceId);
            break;
        }
        break;
    }
    m_active.push_back(job);
    QPointer<InventoryCrawler> self(this);
    connect(job, &PagedApiCall::finished, this, [self, task, job](const ListResult &result) {
        if (!self)
            return;
        self->m_active.removeAll(QPointer<PagedApiCall>(job));
        self->onListed(task, result);
    });
    Q_EMIT listStarted(describe(task), task.profileId, task.workspaceId);
}

void InventoryCrawler::onListed(const Task &task, const ListResult &result)
{
    if (!m_running)
        return;
    ++m_summary.requests;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::Cancelled && !m_running)
            return;
        qCInfo(lcInventory) << "crawl list failed:" << describe(task) << result.error.summary();
        m_summary.errors.push_back({describe(task), task.profileId, task.workspaceId, result.error});
        if (task.type == TaskType::Profiles && m_full)
            m_summary.status = QStringLiteral("failed"); // nothing below the SP could be listed
    } else if (!store(task, result.items)) {
        ApiError e = ApiError::make(ApiError::Kind::Config, tr("The inventory file could not be written."));
        m_summary.errors.push_back({describe(task), task.profileId, task.workspaceId, e});
    } else {
        Q_EMIT listStored(listName(task), task.profileId, task.workspaceId);
    }
    pump();
}

bool InventoryCrawler::store(const Task &task, const QVector<QJsonObject> &items)
{
    switch (task.type) {
    case TaskType::Profiles: {
        const QVector<Profile> profiles = parseList<Profile>(items);
        if (!m_store->replaceProfiles(m_connectionId, profiles))
            return false;
        m_summary.profiles = int(profiles.size());
        for (const Profile &p : profiles)
            enqueue({TaskType::Groups, p.id.toLower(), {}});
        break;
    }
    case TaskType::Capacities:
        return m_store->replaceCapacities(m_connectionId, parseList<Capacity>(items));
    case TaskType::Groups: {
        const QVector<Workspace> workspaces = parseList<Workspace>(items);
        if (!m_store->replaceWorkspaces(m_connectionId, task.profileId, workspaces))
            return false;
        // Depth first: a workspace's lists go ahead of the remaining profiles.
        for (const Workspace &w : workspaces) {
            const QString id = w.id.toLower();
            if (m_seenWorkspaces.contains(id))
                continue;
            m_seenWorkspaces.insert(id);
            ++m_summary.workspaces;
            enqueue({TaskType::Users, task.profileId, id}, true);
            for (ItemKind k : {ItemKind::Dataflow, ItemKind::Dashboard, ItemKind::Dataset, ItemKind::Report})
                enqueue({TaskType::Items, task.profileId, id, k}, true);
        }
        break;
    }
    case TaskType::Items: {
        QVector<InvItem> out;
        out.reserve(items.size());
        for (const QJsonObject &o : items) {
            switch (task.kind) {
            case ItemKind::Report:
                out.push_back(InvItem::from(Report::fromJson(o), task.workspaceId));
                break;
            case ItemKind::Dataset:
                out.push_back(InvItem::from(Dataset::fromJson(o), task.workspaceId));
                break;
            case ItemKind::Dashboard:
                out.push_back(InvItem::from(Dashboard::fromJson(o), task.workspaceId));
                break;
            case ItemKind::Dataflow:
                out.push_back(InvItem::from(Dataflow::fromJson(o), task.workspaceId));
                break;
            }
        }
        if (!m_store->replaceItems(task.workspaceId, task.kind, out))
            return false;
        m_summary.items += int(out.size());
        break;
    }
    case TaskType::Users:
        return m_store->replaceAccess(task.workspaceId, parseList<GroupUser>(items));
    }
    return true;
}

void InventoryCrawler::finish(const QString &status)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_summary.status.isEmpty() || status == QLatin1String("cancelled"))
        m_summary.status = status;
    m_summary.elapsedMs = m_timer.elapsed();
    m_commitTimer.stop();
    m_store->commitBatch();
    if (m_full)
        m_store->finishCrawl(m_connectionId, QDateTime::currentDateTimeUtc(), m_summary.status,
                             int(m_summary.errors.size()));
    Q_EMIT progress(m_summary.requests, m_total);
    Q_EMIT finished(m_summary);
}

QString InventoryCrawler::listName(const Task &task)
{
    switch (task.type) {
    case TaskType::Profiles:
        return QStringLiteral("profiles");
    case TaskType::Capacities:
        return QStringLiteral("capacities");
    case TaskType::Groups:
        return QStringLiteral("groups");
    case TaskType::Users:
        return QStringLiteral("users");
    case TaskType::Items:
        return itemKindName(task.kind) + QLatin1Char('s');
    }
    return QString();
}

QString InventoryCrawler::describe(const Task &task)
{
    const bool ofWorkspace = task.type == TaskType::Users || task.type == TaskType::Items;
    return ofWorkspace ? listName(task) + QStringLiteral(" of ") + task.workspaceId : listName(task);
}

} // namespace td
