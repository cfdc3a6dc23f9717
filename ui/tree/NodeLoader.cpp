#include "ui/tree/NodeLoader.h"

#include "app/api/PowerBiClient.h"
#include "app/domain/Types.h"

namespace td {

using Kind = TreeNode::Kind;

bool NodeLoader::hasStaticChildren(const TreeNode &node)
{
    return node.kind == Kind::Connection || node.kind == Kind::Workspace;
}

std::vector<std::unique_ptr<TreeNode>> NodeLoader::staticChildren(const TreeNode &node)
{
    std::vector<std::unique_ptr<TreeNode>> out;
    auto add = [&](Kind kind) {
        auto n = std::make_unique<TreeNode>();
        n->kind = kind;
        n->profileId = node.profileId;
        n->profileName = node.profileName;
        n->workspaceId = node.kind == Kind::Workspace ? node.id : QString();
        out.push_back(std::move(n));
    };
    if (node.kind == Kind::Connection) {
        add(Kind::ServicePrincipal);
        add(Kind::Profiles);
    } else if (node.kind == Kind::Workspace) {
        add(Kind::ReportsFolder);
        add(Kind::DatasetsFolder);
        add(Kind::DashboardsFolder);
        add(Kind::DataflowsFolder);
        add(Kind::AccessFolder);
    }
    return out;
}

PagedApiCall *NodeLoader::createJob(const TreeNode &node) const
{
    if (!m_client)
        return nullptr;
    switch (node.kind) {
    case Kind::ServicePrincipal:
        return m_client->listGroups(QString());
    case Kind::Profiles:
        return m_client->listProfiles();
    case Kind::Profile:
        return m_client->listGroups(node.profileId);
    case Kind::ReportsFolder:
        return m_client->listReports(node.profileId, node.workspaceId);
    case Kind::DatasetsFolder:
        return m_client->listDatasets(node.profileId, node.workspaceId);
    case Kind::DashboardsFolder:
        return m_client->listDashboards(node.profileId, node.workspaceId);
    case Kind::DataflowsFolder:
        return m_client->listDataflows(node.profileId, node.workspaceId);
    case Kind::AccessFolder:
        return m_client->listGroupUsers(node.profileId, node.workspaceId);
    default:
        return nullptr;
    }
}

std::unique_ptr<TreeNode> NodeLoader::makeChild(const TreeNode &parent, const QJsonObject &object)
{
    auto n = std::make_unique<TreeNode>();
    n->raw = object;
    n->profileId = parent.profileId;
    n->profileName = parent.profileName;
    n->workspaceId = parent.workspaceId;
    switch (parent.kind) {
    case Kind::Profiles: {
        const Profile p = Profile::fromJson(object);
        n->kind = Kind::Profile;
        n->id = p.id;
        n->name = p.displayName;
        n->profileId = p.id;
        n->profileName = p.displayName;
        break;
    }
    case Kind::ServicePrincipal:
    case Kind::Profile: {
        const Workspace w = Workspace::fromJson(object);
        n->kind = Kind::Workspace;
        n->id = w.id;
        n->name = w.name;
        n->workspaceId = w.id;
        break;
    }
    case Kind::ReportsFolder: {
        const Report r = Report::fromJson(object);
        n->kind = Kind::Report;
        n->id = r.id;
        n->name = r.name;
        n->detail = r.isPaginated() ? QStringLiteral("paginated") : QString();
        break;
    }
    case Kind::DatasetsFolder: {
        const Dataset d = Dataset::fromJson(object);
        n->kind = Kind::Dataset;
        n->id = d.id;
        n->name = d.name;
        break;
    }
    case Kind::DashboardsFolder: {
        const Dashboard d = Dashboard::fromJson(object);
        n->kind = Kind::Dashboard;
        n->id = d.id;
        n->name = d.displayName;
        break;
    }
    case Kind::DataflowsFolder: {
        const Dataflow d = Dataflow::fromJson(object);
        n->kind = Kind::Dataflow;
        n->id = d.objectId;
        n->name = d.name;
        break;
    }
    case Kind::AccessFolder: {
        const GroupUser u = GroupUser::fromJson(object);
        n->kind = Kind::Member;
        n->id = u.identifier;
        n->memberProfileId = u.profileId;
        n->name = u.profileId.isEmpty()
                      ? (u.displayName.isEmpty() ? u.identifier : u.displayName)
                      : (u.profileDisplayName.isEmpty() ? u.profileId : u.profileDisplayName);
        n->detail = u.groupUserAccessRight;
        break;
    }
    default:
        return nullptr;
    }
    return n;
}

} // namespace td
