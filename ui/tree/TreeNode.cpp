#include "ui/tree/TreeNode.h"

namespace td {

bool TreeNode::isFolder() const
{
    return kind == Kind::ReportsFolder || kind == Kind::DatasetsFolder || kind == Kind::DashboardsFolder ||
           kind == Kind::DataflowsFolder || kind == Kind::AccessFolder;
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
        return isFolder();
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
