#pragma once
#include <QModelIndex>
#include <QPair>
#include <QString>
#include <QVector>

#include "ui/tree/TreeNode.h"

namespace td {

class ConnectionTreeModel;

// Read-only questions about what the tree has loaded (no requests).
namespace TreeQueries {
// (display name, profile id) of the loaded Profiles node's children.
QVector<QPair<QString, QString>> loadedProfiles(const ConnectionTreeModel *model);
// The display name of a loaded profile, or an empty string.
QString profileName(const ConnectionTreeModel *model, const QString &profileId);
// The child of parent whose IdRole is id (case-insensitive), or invalid.
QModelIndex childById(const ConnectionTreeModel *model, const QModelIndex &parent, const QString &id);
// The first child of parent of that kind, or invalid.
QModelIndex childOfKind(const ConnectionTreeModel *model, const QModelIndex &parent, TreeNode::Kind kind);
// The workspace's "Access" folder for a Workspace, AccessFolder or Member index, or invalid.
QModelIndex accessFolderFor(const ConnectionTreeModel *model, const QModelIndex &index);
} // namespace TreeQueries

} // namespace td
