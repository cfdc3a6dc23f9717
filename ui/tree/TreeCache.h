#pragma once
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "ui/tree/TreeNode.h"

namespace td {

class InventoryStore;

// Maps tree nodes to the inventory cache: which cached list holds a node's children, reading them back
// as the JSON objects NodeLoader::makeChild() understands, and writing a live list into the cache.
namespace TreeCache {
// The cache scope of a node's children ("profiles", "groups:<profile>", "reports:<workspace>", ...);
// empty for nodes whose children are not cached (static children, items, placeholders).
QString nodeKey(const TreeNode &node);
// The same key for a list the InventoryCrawler stored (see InventoryCrawler::listStored).
QString listKey(const QString &list, const QString &profileId, const QString &workspaceId);
// The node's children from the cache; false when the node's children are not cached.
bool read(const InventoryStore &store, const QString &connectionId, const TreeNode &node,
          QVector<QJsonObject> *out);
// Writes a complete live list of the node's children into the cache.
bool write(InventoryStore &store, const QString &connectionId, const TreeNode &node,
           const QVector<QJsonObject> &items);
// The key identifying a child row across reloads (id; a member's identifier and profile).
QString childKey(const TreeNode &child);
} // namespace TreeCache

} // namespace td
