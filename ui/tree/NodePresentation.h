#pragma once
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "ui/tree/TreeNode.h"

namespace td {

// How a node looks: its text (with count badges), icon, tooltip and the spelled-out kind of its id.
class NodePresentation
{
    Q_DECLARE_TR_FUNCTIONS(NodePresentation)
public:
    static QString text(const TreeNode &node, const QString &connectionName);
    static QString toolTip(const TreeNode &node);
    static QIcon icon(const TreeNode &node);
    static QString kindName(TreeNode::Kind kind); // "Workspace", "Report", ...
    static QString idKind(TreeNode::Kind kind);   // "workspace id", "profile id", "item id", ...
    // An inventory object (a search hit): its tree node kind (Connection for a capacity, which the tree
    // does not show) and its kind's name ("Workspace", "Report", "Capacity", ...).
    static TreeNode::Kind treeKind(const FoundObject &object);
    static QString kindName(const FoundObject &object);
};

} // namespace td
