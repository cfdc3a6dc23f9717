#include "app/inventory/ConnectionIndex.h"

#include "app/inventory/InventoryIndexLoader.h"
#include "app/inventory/InventoryStore.h"

namespace td {

ConnectionIndex::ConnectionIndex(QObject *parent) : QObject(parent), m_loader(new InventoryIndexLoader(this))
{
    connect(m_loader, &InventoryIndexLoader::finished, this, &ConnectionIndex::onLoaded);
}

ConnectionIndex::~ConnectionIndex() = default;

bool ConnectionIndex::isLoading() const
{
    return m_loader->isRunning();
}

void ConnectionIndex::invalidate()
{
    m_stale = true;
    m_loadFailed = false;
}

void ConnectionIndex::reset()
{
    Q_EMIT aboutToReplace();
    m_index.clear();
    invalidate();
}

void ConnectionIndex::reloadNow(InventoryStore *store, const QString &connectionId)
{
    if (!store || !store->isOpen() || connectionId.isEmpty())
        return;
    Q_EMIT aboutToReplace();
    m_index.load(*store, connectionId);
    m_stale = false;
}

void ConnectionIndex::onLoaded(bool ok)
{
    Q_EMIT aboutToReplace();
    m_index = m_loader->takeIndex();
    m_loadFailed = !ok; // not retried until the inventory changes (no load loop)
    Q_EMIT loaded(ok);
}

ConnectionIndex::State ConnectionIndex::ensure(InventoryStore *store, const QString &connectionId)
{
    if (connectionId.isEmpty())
        return State::NoConnection;
    if (!store || !store->isOpen())
        return State::NoStore;
    if (m_loadFailed)
        return State::LoadFailed;
    const CrawlState crawl = store->lastCrawl(connectionId);
    const CrawlState loaded = m_index.crawlState();
    const bool sameConnection = m_index.connectionId() == connectionId.toLower();
    if (m_stale || !sameConnection || crawl.started != loaded.started || crawl.finished != loaded.finished) {
        if (!m_loader->isRunning() || m_stale || m_loader->connectionId() != connectionId) {
            m_loader->start(store->filePath(), connectionId);
            m_stale = false;
        }
        if (!sameConnection || (m_index.isEmpty() && !loaded.isValid()))
            return State::Loading;
    }
    return m_index.isEmpty() ? State::Empty : State::Ready;
}

} // namespace td
