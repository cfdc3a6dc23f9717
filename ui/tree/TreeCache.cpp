#include "ui/tree/TreeCache.h"

#include <QJsonObject>

#include "app/domain/Types.h"
#include "app/inventory/InventoryStore.h"

namespace td {

using Kind = TreeNode::Kind;

namespace {

QJsonObject profileJson(const InvProfile &p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("displayName"), p.displayName}};
}

QJsonObject workspaceJson(const InvWorkspace &w)
{
    QJsonObject o{{QStringLiteral("id"), w.id},
                  {QStringLiteral("name"), w.name},
                  {QStringLiteral("isReadOnly"), w.isReadOnly},
                  {QStringLiteral("isOnDedicatedCapacity"), !w.capacityId.isEmpty()}};
    if (!w.capacityId.isEmpty())
        o.insert(QStringLiteral("capacityId"), w.capacityId);
    return o;
}

QJsonObject accessJson(const InvAccess &a)
{
    QJsonObject o{{QStringLiteral("identifier"), a.identifier},
                  {QStringLiteral("principalType"), a.principalType},
                  {QStringLiteral("groupUserAccessRight"), a.role}};
    if (a.profileId.isEmpty()) {
        o.insert(QStringLiteral("displayName"), a.displayName);
    } else {
        o.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), a.profileId},
                                                        {QStringLiteral("displayName"), a.displayName}});
    }
    return o;
}

} // namespace

QString TreeCache::nodeKey(const TreeNode &node)
{
    const TreeItemNodes *folder = treeItemNodesOfFolder(node.kind);
    switch (node.kind) {
    case Kind::Profiles:
        return QStringLiteral("profiles");
    case Kind::ServicePrincipal:
        return QStringLiteral("groups:");
    case Kind::Profile:
        return QStringLiteral("groups:") + node.id.toLower();
    case Kind::AccessFolder:
        return QStringLiteral("users:") + node.workspaceId.toLower();
    default:
        return folder ? itemKindName(folder->item) + QStringLiteral("s:") + node.workspaceId.toLower()
                      : QString();
    }
}

QString TreeCache::listKey(const QString &list, const QString &profileId, const QString &workspaceId)
{
    if (list == QLatin1String("profiles"))
        return list;
    if (list == QLatin1String("groups"))
        return QStringLiteral("groups:") + profileId.toLower();
    if (list == QLatin1String("capacities"))
        return QString();
    return list + QLatin1Char(':') + workspaceId.toLower();
}

bool TreeCache::read(const InventoryStore &store, const QString &connectionId, const TreeNode &node,
                     QVector<QJsonObject> *out)
{
    out->clear();
    const TreeItemNodes *folder = treeItemNodesOfFolder(node.kind);
    switch (node.kind) {
    case Kind::Profiles:
        for (const InvProfile &p : store.profiles(connectionId))
            out->push_back(profileJson(p));
        return true;
    case Kind::ServicePrincipal:
    case Kind::Profile:
        for (const InvWorkspace &w :
             store.workspacesOf(connectionId, node.kind == Kind::Profile ? node.id : QString()))
            out->push_back(workspaceJson(w));
        return true;
    case Kind::AccessFolder:
        for (const InvAccess &a : store.access(node.workspaceId))
            out->push_back(accessJson(a));
        return true;
    default:
        if (!folder)
            return false;
        const ItemKind kind = folder->item;
        for (const InvItem &i : store.items(node.workspaceId, kind)) {
            QJsonObject o = i.raw;
            if (o.isEmpty()) { // an item stored without its JSON: enough for a row
                o.insert(kind == ItemKind::Dataflow ? QStringLiteral("objectId") : QStringLiteral("id"),
                         i.id);
                o.insert(kind == ItemKind::Dashboard ? QStringLiteral("displayName") : QStringLiteral("name"),
                         i.name);
            }
            out->push_back(o);
        }
        return true;
    }
}

bool TreeCache::write(InventoryStore &store, const QString &connectionId, const TreeNode &node,
                      const QVector<QJsonObject> &items)
{
    const TreeItemNodes *folder = treeItemNodesOfFolder(node.kind);
    switch (node.kind) {
    case Kind::Profiles:
        return store.replaceProfiles(connectionId, parseList<Profile>(items));
    case Kind::ServicePrincipal:
    case Kind::Profile:
        return store.replaceWorkspaces(connectionId, node.kind == Kind::Profile ? node.id : QString(),
                                       parseList<Workspace>(items));
    case Kind::AccessFolder:
        return store.replaceAccess(node.workspaceId, parseList<GroupUser>(items));
    default:
        if (!folder)
            return false;
        QVector<InvItem> out;
        out.reserve(items.size());
        for (const QJsonObject &o : items) {
            switch (folder->item) {
            case ItemKind::Report:
                out.push_back(InvItem::from(Report::fromJson(o), node.workspaceId));
                break;
            case ItemKind::Dataset:
                out.push_back(InvItem::from(Dataset::fromJson(o), node.workspaceId));
                break;
            case ItemKind::Dashboard:
                out.push_back(InvItem::from(Dashboard::fromJson(o), node.workspaceId));
                break;
            case ItemKind::Dataflow:
                out.push_back(InvItem::from(Dataflow::fromJson(o), node.workspaceId));
                break;
            }
        }
        return store.replaceItems(node.workspaceId, folder->item, out);
    }
}

QString TreeCache::childKey(const TreeNode &child)
{
    if (child.kind == Kind::Member)
        return child.id.toLower() + QLatin1Char('|') + child.memberProfileId.toLower();
    return child.id.toLower();
}

} // namespace td
