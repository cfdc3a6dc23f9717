#pragma once
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <vector>

#include "app/api/ApiError.h"
#include "app/inventory/InventoryTypes.h"

namespace td {

class PagedApiCall;

// One node of the connection tree. Owned by its parent (the root by ConnectionTreeModel).
struct TreeNode
{
    enum class Kind {
        Connection,       // the open connection
        ServicePrincipal, // "Service principal": the SP's own workspaces
        Profiles,         // "Profiles (N)"
        Profile,
        Workspace,
        ReportsFolder,
        DatasetsFolder,
        DashboardsFolder,
        DataflowsFolder,
        Report,
        Dataset,
        Dashboard,
        Dataflow,
        AccessFolder, // "Access (n)": the workspace's users, groups, apps and profiles
        Member,       // one GroupUser: id = identifier, detail = access right
        Loading,      // "Loading…" placeholder row
        Error,        // inline error row with Retry
    };
    enum class State {
        Unloaded,
        Queued,
        Loading,
        Loaded,
        Failed
    }; // Queued: fetchMore() asked, load starts soon

    Kind kind = Kind::Loading;
    State state = State::Unloaded;
    quint64 uid = 0;        // unique in the model; lambdas refer to nodes by uid
    quint64 generation = 0; // bumped on every (re)load; stale results are dropped
    QString id;             // the object's id (workspace id, profile id, item id, ...)
    QString name;
    QString profileId; // the profile whose subtree this is; empty = the service principal
    QString profileName;
    QString workspaceId;        // for folders and items
    QString detail;             // e.g. report type; a Member's access right
    QString memberProfileId;    // Member rows: the member profile's id (identifier is then the SP object id)
    QJsonObject raw;            // the object as the service returned it
    ApiError error;             // for Error rows
    QPointer<PagedApiCall> job; // the running load, if any

    TreeNode *parent = nullptr;
    std::vector<std::unique_ptr<TreeNode>> children;

    bool isPlaceholder() const { return kind == Kind::Loading || kind == Kind::Error; }
    bool isExpandable() const; // may have children (lazy)
    int row() const;
    int realChildCount() const;    // children that are not Loading/Error rows
    TreeNode *placeholder() const; // the Loading/Error row, if any
};

// An item kind's nodes in the tree: the folder that lists such items and the node of one item.
struct TreeItemNodes
{
    ItemKind item;
    TreeNode::Kind folder;
    TreeNode::Kind node;
};
const TreeItemNodes &treeItemNodes(ItemKind kind);
const TreeItemNodes *treeItemNodesOfFolder(TreeNode::Kind folder); // null for other kinds of node

} // namespace td
