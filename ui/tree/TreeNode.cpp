#include "ui/tree/TreeNode.h"

namespace td {

namespace {
const TreeItemNodes kItemNodes[] = {
    {ItemKind::Report, TreeNode::Kind::ReportsFolder, TreeNode::Kind::Report},
    {ItemKind::Dataset, TreeNode::Kind::DatasetsFolder, TreeNode::Kind::Dataset},
    {ItemKind::Dashboard, TreeNode::Kind::DashboardsFolder, TreeNode::Kind::Dashboard},
    {ItemKind::Dataflow, TreeNode::Kind::DataflowsFolder, TreeNode::Kind::Dataflow},
};
} // namespace

const TreeItemNodes &treeItemNodes(ItemKind kind)
{
    return kItemNodes[int(kind)]; // in the enum's order
}

const TreeItemNodes *treeItemNodesOfFolder(TreeNode::Kind folder)
{
    for (const TreeItemNodes &n : kItemNodes) {
        if (n.folder == folder)
            return &n;
    }
    return nullptr;
}

bool TreeNode::isExpandable() const
{
    switch (kind) {
    case Kind::Connection:
    case Kind::ServicePrincipal:
    case Kind::Profiles:
    case Kind::Profile:
    case Kind::Workspace:
        return true;
    default:
        return kind == Kind::AccessFolder || treeItemNodesOfFolder(kind); // a folder
    }
}

int TreeNode::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

int TreeNode::realChildCount() const
{
    int n = 0;
    for (const auto &c : children) {
        if (!c->isPlaceholder())
            ++n;
    }
    return n;
}

TreeNode *TreeNode::placeholder() const
{
    for (const auto &c : children) {
        if (c->isPlaceholder())
            return c.get();
    }
    return nullptr;
}

} // namespace td
