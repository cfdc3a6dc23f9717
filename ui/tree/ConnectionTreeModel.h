#pragma once
#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "app/session/ConnectionSession.h"
#include <memory>

#include "ui/tree/NodeLoader.h"
#include "ui/tree/TreeNode.h"

namespace td {

class InventoryStore;
struct ListResult;

// The connection tree: connection -> "Service principal" (its workspaces) and "Profiles (N)" -> profile
// -> workspaces -> item folders -> items. Children load lazily (fetchMore) with a "Loading…" row while a
// request runs and an inline error row with Retry when it fails.
// With an inventory cache (setInventory) holding a crawl of the connection, children come from the cache
// at once; cached lists that change later (a background crawl) update the loaded nodes in place by diff.
// Every complete live load is written back into the cache.
class ConnectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(TreeNode::Kind)
        StateRole,                   // int(TreeNode::State)
        IdRole,
        NameRole,
        IdKindRole, // "workspace id", "profile id", ...
        ProfileIdRole,
        ProfileNameRole,
        WorkspaceIdRole,
        RawJsonRole, // QJsonObject
        ErrorSummaryRole,
        ErrorDetailsRole,
        DetailRole,          // a Member's access right, a report's type
        MemberProfileIdRole, // a Member that is a profile: its profile id
    };

    explicit ConnectionTreeModel(QObject *parent = nullptr);
    ~ConnectionTreeModel() override;

    void setSession(ConnectionSession *session); // not owned; resets the model
    ConnectionSession *session() const { return m_session.data(); }
    QString connectionId() const; // the open connection's local id, or ""

    // The inventory cache (not owned; may be null). Set before or after setSession().
    void setInventory(InventoryStore *store);
    InventoryStore *inventory() const { return m_inventory; }
    // Children come from the cache: a crawl of this connection was recorded when the session or store was
    // set (a crawl started later rewrites the crawl state, so this is latched), or setUseCache(true).
    bool hasCachedInventory() const;
    void setUseCache(bool on) { m_useCache = on; }
    // A cached list changed (InventoryCrawler::listStored): the loaded node showing it is diffed soon.
    void cachedListChanged(const QString &list, const QString &profileId, const QString &workspaceId);
    void syncFromCache();    // applies the pending cached-list changes now
    void syncAllFromCache(); // diffs every loaded node against the cache now
    // A line about the inventory (age, refreshing) shown in the connection node's tooltip.
    void setInventoryStatus(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override; // starts the load from the event loop

    // Customer names (from the registry) shown beside their profiles: lower-case profile id -> label.
    void setCustomerLabels(const QHash<QString, QString> &labelsByProfileId);

    QModelIndex connectionIndex() const;
    QModelIndex servicePrincipalIndex() const;
    QModelIndex profilesIndex() const;
    const TreeNode *nodeAt(const QModelIndex &index) const;
    bool isErrorRow(const QModelIndex &index) const;

    // Reloads the node's children (for an error or loading row: its parent's).
    void refresh(const QModelIndex &index);
    // Retries the failed load an error row stands for. Returns false if index is not an error row.
    bool retry(const QModelIndex &errorRow);

Q_SIGNALS:
    void loadFinished(const QModelIndex &parent, bool ok);

private:
    TreeNode *node(const QModelIndex &index) const;
    QModelIndex indexOf(const TreeNode *node) const;
    void cancelAll();
    static void cancelLoad(TreeNode *node);
    void startLoad(TreeNode *node, bool live);
    bool loadFromCache(TreeNode *node);
    void writeToCache(const TreeNode *node, const QVector<QJsonObject> &items);
    std::vector<std::unique_ptr<TreeNode>> makeChildren(const TreeNode &parent,
                                                        const QVector<QJsonObject> &items) const;
    void syncChildren(TreeNode *node, const QVector<QJsonObject> &items);
    void syncKeys(const QSet<QString> &keys, bool all);
    void insertChildren(TreeNode *parent, int position, std::vector<std::unique_ptr<TreeNode>> nodes);
    void removeAllChildren(TreeNode *parent);
    void registerNode(TreeNode *node);
    void forgetSubtree(TreeNode *node);
    void onPage(quint64 uid, quint64 generation, const QVector<QJsonObject> &items);
    void onFinished(quint64 uid, quint64 generation, const ListResult &result);
    void appendItems(TreeNode *node, const QVector<QJsonObject> &items);
    void nodeChanged(TreeNode *node);

    QPointer<ConnectionSession> m_session;
    NodeLoader m_loader;
    std::unique_ptr<TreeNode> m_root; // invisible root; its one child is the connection
    QHash<quint64, TreeNode *> m_nodes;
    QHash<QString, QString> m_customerLabels;
    QHash<quint64, int> m_received; // items already inserted per loading node (progressive pages)
    quint64 m_nextUid = 1;
    InventoryStore *m_inventory = nullptr;
    bool m_useCache = false;
    QSet<QString> m_dirtyLists; // cache keys changed since the last sync
    QTimer m_syncTimer;
    QString m_inventoryStatus;
};

} // namespace td
