#include "ui/actions/AccessActions.h"

#include <QAction>
#include <QTreeView>

#include "app/api/PowerBiClient.h"
#include "ui/actions/AccessDialog.h"
#include "ui/actions/ActionSender.h"
#include "ui/actions/ConfirmDeleteDialog.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeQueries.h"

namespace td {

using Kind = TreeNode::Kind;

static bool isAdmin(const QModelIndex &member)
{
    return member.data(ConnectionTreeModel::DetailRole)
               .toString()
               .compare(QLatin1String("Admin"), Qt::CaseInsensitive) == 0;
}

AccessActions::AccessActions(QWidget *window, ConnectionTreeModel *model, QTreeView *tree,
                             ActionSender *sender)
    : QObject(window), m_window(window), m_model(model), m_tree(tree), m_sender(sender),
      m_add(new QAction(tr("&Add access…"), this)), m_changeRole(new QAction(tr("Change &role…"), this))
{
    m_add->setObjectName(QStringLiteral("actionAddAccess"));
    m_changeRole->setObjectName(QStringLiteral("actionChangeRole"));
    connect(m_add, &QAction::triggered, this, &AccessActions::addAccess);
    connect(m_changeRole, &QAction::triggered, this, &AccessActions::changeRole);
}

PowerBiClient *AccessActions::client() const
{
    return m_model->session() ? m_model->session()->client() : nullptr;
}

void AccessActions::updateActions(const TreeNode *n)
{
    const Kind k = n ? n->kind : Kind::Loading;
    const bool open = client() != nullptr;
    m_add->setEnabled(open && (k == Kind::Workspace || k == Kind::AccessFolder || k == Kind::Member));
    m_changeRole->setEnabled(open && k == Kind::Member);
}

int AccessActions::adminCount(const ConnectionTreeModel *model, const QModelIndex &folder)
{
    int admins = 0;
    for (int r = 0; r < model->rowCount(folder); ++r) {
        const QModelIndex m = model->index(r, 0, folder);
        if (Kind(m.data(ConnectionTreeModel::KindRole).toInt()) == Kind::Member && isAdmin(m))
            ++admins;
    }
    return admins;
}

AccessDialog *AccessActions::newDialog() const
{
    auto *dlg = new AccessDialog(TreeQueries::loadedProfiles(m_model),
                                 m_model->session()->connection().servicePrincipalObjectId, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    return dlg;
}

GroupUser AccessActions::memberAt(const QModelIndex &index) const
{
    GroupUser u = GroupUser::fromJson(index.data(ConnectionTreeModel::RawJsonRole).toJsonObject());
    u.identifier = index.data(ConnectionTreeModel::IdRole).toString();
    u.profileId = index.data(ConnectionTreeModel::MemberProfileIdRole).toString();
    u.groupUserAccessRight = index.data(ConnectionTreeModel::DetailRole).toString();
    return u;
}

bool AccessActions::refuseLastAdmin(const QModelIndex &member, const QString &action)
{
    if (!isAdmin(member) || adminCount(m_model, member.parent()) > 1)
        return false;
    m_sender->refuse(action,
                     tr("%1 is the last Admin of this workspace. Make another member an Admin first; a "
                        "workspace without an Admin cannot be managed any more.")
                         .arg(member.data(ConnectionTreeModel::NameRole).toString()));
    return true;
}

void AccessActions::addAccess()
{
    const QModelIndex folder = TreeQueries::accessFolderFor(m_model, m_tree->currentIndex());
    const TreeNode *node = m_model->nodeAt(folder);
    if (!node || !client())
        return;
    if (m_model->canFetchMore(m_model->profilesIndex()))
        m_model->fetchMore(m_model->profilesIndex()); // offered next time if not loaded yet
    AccessDialog *dlg = newDialog();
    const QString asProfile = node->profileId;
    const QString workspaceId = node->workspaceId;
    const QPersistentModelIndex target(folder);
    QPointer<AccessActions> self(this);
    connect(dlg, &AccessDialog::memberAccepted, this,
            [self, asProfile, workspaceId, target](const GroupUser &u) {
                if (!self || !self->client())
                    return;
                self->m_sender->run(self->client()->addGroupUser(asProfile, workspaceId, u),
                                    tr("Could not add access"), target,
                                    tr("Added access for %1").arg(u.identifier), false, u.identifier);
            });
    dlg->open();
}

void AccessActions::changeRole()
{
    const QModelIndex member = m_tree->currentIndex();
    const TreeNode *node = m_model->nodeAt(member);
    if (!node || node->kind != Kind::Member || !client())
        return;
    AccessDialog *dlg = newDialog();
    dlg->setExisting(memberAt(member), node->name);
    const QString asProfile = node->profileId;
    const QString workspaceId = node->workspaceId;
    const QPersistentModelIndex target(member.parent());
    const QPersistentModelIndex memberRef(member);
    QPointer<AccessActions> self(this);
    connect(dlg, &AccessDialog::memberAccepted, this,
            [self, asProfile, workspaceId, target, memberRef](const GroupUser &u) {
                if (!self || !self->client() || !memberRef.isValid())
                    return;
                if (u.groupUserAccessRight != QLatin1String("Admin") &&
                    self->refuseLastAdmin(memberRef, tr("Cannot change the role")))
                    return;
                self->m_sender->run(self->client()->updateGroupUser(asProfile, workspaceId, u),
                                    tr("Could not change the role"), target,
                                    tr("Changed the role to %1").arg(u.groupUserAccessRight), false,
                                    u.identifier);
            });
    dlg->open();
}

void AccessActions::removeSelected()
{
    const QModelIndex member = m_tree->currentIndex();
    const TreeNode *node = m_model->nodeAt(member);
    if (!node || node->kind != Kind::Member || !client())
        return;
    if (refuseLastAdmin(member, tr("Cannot remove access")))
        return;
    auto *dlg = new ConfirmDeleteDialog(m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObject(tr("the access of"), node->name, node->id);
    dlg->setWindowTitle(tr("Remove workspace access"));
    dlg->setDependents({tr("%1 loses its %2 role in this workspace").arg(node->name, node->detail)});
    const QString asProfile = node->profileId;
    const QString workspaceId = node->workspaceId;
    const QString identifier = node->id;
    const QString memberProfile = node->memberProfileId;
    const QString name = node->name;
    const QPersistentModelIndex target(member.parent());
    QPointer<AccessActions> self(this);
    connect(dlg, &ConfirmDeleteDialog::confirmed, this,
            [self, asProfile, workspaceId, identifier, memberProfile, name, target] {
                if (!self || !self->client())
                    return;
                self->m_sender->run(
                    self->client()->deleteGroupUser(asProfile, workspaceId, identifier, memberProfile),
                    tr("Could not remove access"), target, tr("Removed the access of %1").arg(name));
            });
    dlg->open();
}

} // namespace td
