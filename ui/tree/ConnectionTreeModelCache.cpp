// ConnectionTreeModel: the inventory cache side (reading children from it, writing live lists back,
// and diffing loaded nodes against it in place).
#include "ui/tree/ConnectionTreeModel.h"

#include <QHash>

#include "ui/tree/TreeCache.h"
#include "ui/common/UiLogging.h"
#include "app/api/PagedApiCall.h"
#include "app/inventory/InventoryStore.h"

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

QString ConnectionTreeModel::connectionId() const
{
    return m_session ? m_session->connection().id : QString();
}

void ConnectionTreeModel::setInventory(InventoryStore *store)
{
    m_inventory = store;
    // Any crawl recorded: finished, cancelled, or "running" left by a process that ended mid-crawl (the
    // lists it had not reached yet are still the previous crawl's). A crawl this process starts later
    // does not count until it finishes (setUseCache).
    m_useCache =
        m_inventory && m_session && m_inventory->isOpen() && m_inventory->lastCrawl(connectionId()).isValid();
}

bool ConnectionTreeModel::hasCachedInventory() const
{
    return m_useCache && m_inventory && m_session && m_inventory->isOpen();
}

void ConnectionTreeModel::setInventoryStatus(const QString &text)
{
    if (m_inventoryStatus == text)
        return;
    m_inventoryStatus = text;
    const QModelIndex conn = connectionIndex();
    if (conn.isValid())
        Q_EMIT dataChanged(conn, conn, {Qt::ToolTipRole});
}

bool ConnectionTreeModel::loadFromCache(TreeNode *n)
{
    if (!hasCachedInventory())
        return false;
    QVector<QJsonObject> items;
    if (!TreeCache::read(*m_inventory, connectionId(), *n, &items))
        return false;
    n->state = State::Loaded;
    insertChildren(n, 0, makeChildren(*n, items));
    nodeChanged(n);
    qCDebug(lcTree) << "children from the cache:" << TreeCache::nodeKey(*n) << items.size();
    Q_EMIT loadFinished(indexOf(n), true);
    return true;
}

void ConnectionTreeModel::writeToCache(const TreeNode *n, const QVector<QJsonObject> &items)
{
    if (!m_inventory || !m_session || !m_inventory->isOpen() || TreeCache::nodeKey(*n).isEmpty())
        return;
    if (!TreeCache::write(*m_inventory, connectionId(), *n, items))
        qCWarning(lcTree) << "could not write a list into the inventory cache";
}

void ConnectionTreeModel::cachedListChanged(const QString &list, const QString &profileId,
                                            const QString &workspaceId)
{
    const QString key = TreeCache::listKey(list, profileId, workspaceId);
    if (key.isEmpty() || !m_session)
        return;
    m_dirtyLists.insert(key);
    if (!m_syncTimer.isActive())
        m_syncTimer.start();
}

void ConnectionTreeModel::syncFromCache()
{
    m_syncTimer.stop();
    const QSet<QString> keys = std::exchange(m_dirtyLists, {});
    if (!keys.isEmpty())
        syncKeys(keys, false);
}

void ConnectionTreeModel::syncAllFromCache()
{
    m_syncTimer.stop();
    m_dirtyLists.clear();
    syncKeys({}, true);
}

void ConnectionTreeModel::syncKeys(const QSet<QString> &keys, bool all)
{
    if (!m_inventory || !m_session || !m_inventory->isOpen())
        return;
    // Parents before children (by depth), so a vanished workspace goes before its folders are read.
    QVector<QPair<int, quint64>> todo;
    for (TreeNode *n : qAsConst(m_nodes)) {
        if (n->state != State::Loaded || n->job)
            continue;
        const QString key = TreeCache::nodeKey(*n);
        if (key.isEmpty() || (!all && !keys.contains(key)))
            continue;
        int depth = 0;
        for (const TreeNode *p = n->parent; p; p = p->parent)
            ++depth;
        todo.push_back({depth, n->uid});
    }
    std::sort(todo.begin(), todo.end());
    for (const auto &entry : qAsConst(todo)) {
        TreeNode *n = m_nodes.value(entry.second); // may have gone with a removed parent
        if (!n || n->state != State::Loaded)
            continue;
        QVector<QJsonObject> items;
        if (TreeCache::read(*m_inventory, connectionId(), *n, &items))
            syncChildren(n, items);
    }
}

void ConnectionTreeModel::syncChildren(TreeNode *n, const QVector<QJsonObject> &items)
{
    std::vector<std::unique_ptr<TreeNode>> fresh = makeChildren(*n, items);
    QSet<QString> freshKeys;
    for (const auto &f : fresh)
        freshKeys.insert(TreeCache::childKey(*f));
    const QModelIndex parentIndex = indexOf(n);
    bool changed = false;

    // 1. Rows that vanished, one beginRemoveRows per contiguous run (bottom up).
    auto vanished = [&](int row) {
        const TreeNode *c = n->children[size_t(row)].get();
        return !c->isPlaceholder() && !freshKeys.contains(TreeCache::childKey(*c));
    };
    for (int r = int(n->children.size()) - 1; r >= 0; --r) {
        if (!vanished(r))
            continue;
        const int last = r;
        while (r > 0 && vanished(r - 1))
            --r;
        for (int i = r; i <= last; ++i)
            forgetSubtree(n->children[size_t(i)].get());
        beginRemoveRows(parentIndex, r, last);
        n->children.erase(n->children.begin() + r, n->children.begin() + last + 1);
        endRemoveRows();
        changed = true;
    }

    // 2. Changed rows in place; new rows inserted where the list has them, one batch per run.
    QHash<QString, TreeNode *> existing;
    for (const auto &c : n->children) {
        if (!c->isPlaceholder() && !existing.contains(TreeCache::childKey(*c)))
            existing.insert(TreeCache::childKey(*c), c.get());
    }
    QSet<QString> added;
    int pos = 0;
    std::vector<std::unique_ptr<TreeNode>> batch;
    auto flush = [&] {
        if (batch.empty())
            return;
        const int count = int(batch.size());
        insertChildren(n, pos, std::move(batch));
        batch.clear();
        pos += count;
        changed = true;
    };
    for (auto &f : fresh) {
        const QString key = TreeCache::childKey(*f);
        TreeNode *e = existing.value(key);
        if (!e) {
            if (!added.contains(key)) { // a duplicate in the list is inserted once
                added.insert(key);
                batch.push_back(std::move(f));
            }
            continue;
        }
        flush();
        if (e->name != f->name || e->detail != f->detail) {
            e->name = f->name;
            e->detail = f->detail;
            e->raw = f->raw;
            if (e->kind == Kind::Profile)
                e->profileName = f->name;
            nodeChanged(e);
        }
        pos = e->row() + 1;
    }
    flush();
    if (changed)
        nodeChanged(n); // the count badge
}

} // namespace td
