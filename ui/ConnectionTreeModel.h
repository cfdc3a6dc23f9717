#pragma once
#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include "session/ConnectionSession.h"
#include <memory>

#include "NodeLoader.h"
#include "TreeNode.h"

namespace td {

struct ListResult;

// The connection tree: connection -> "Service principal" (its workspaces) and "Profiles (N)" -> profile
// -> workspaces -> item folders -> items. Children load lazily (fetchMore) with a "Loading…" row while a
// request runs and an inline error row with Retry when it fails.
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override; // starts the load from the event loop

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
    void startLoad(TreeNode *node);
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
    QHash<quint64, int> m_received; // items already inserted per loading node (progressive pages)
    quint64 m_nextUid = 1;
};

} // namespace td
