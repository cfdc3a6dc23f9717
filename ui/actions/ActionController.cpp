#include "ui/actions/ActionController.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

#include "app/api/PowerBiClient.h"
#include "ui/actions/AccessActions.h"
#include "ui/actions/ActionSender.h"
#include "ui/actions/ConfirmDeleteDialog.h"
#include "ui/actions/NameDialog.h"
#include "ui/actions/ProfileDeleteWarning.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeQueries.h"

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

ActionController::ActionController(QWidget *window, ConnectionTreeModel *model, QTreeView *tree)
    : QObject(window), m_window(window), m_model(model), m_tree(tree),
      m_sender(new ActionSender(window, model, tree)), m_menu(new QMenu(window))
{
    m_access = new AccessActions(window, model, tree, m_sender);
    connect(m_sender, &ActionSender::statusMessage, this, &ActionController::statusMessage);
    m_newProfile =
        makeAction(tr("New &profile…"), QStringLiteral("actionNewProfile"), &ActionController::newProfile);
    m_newWorkspace = makeAction(tr("New &workspace…"), QStringLiteral("actionNewWorkspace"),
                                &ActionController::newWorkspace);
    m_rename = makeAction(tr("Re&name…"), QStringLiteral("actionRename"), &ActionController::renameSelected);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = makeAction(tr("&Delete…"), QStringLiteral("actionDelete"), &ActionController::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_rename, m_delete}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        tree->addAction(a);
    }
    m_menu->addAction(m_newProfile);
    m_menu->addAction(m_newWorkspace);
    m_menu->addSeparator();
    m_menu->addAction(m_access->addAction());
    m_menu->addAction(m_access->changeRoleAction());
    m_menu->addSeparator();
    m_menu->addAction(m_rename);
    m_menu->addAction(m_delete);
    connect(m_menu, &QMenu::aboutToShow, this, &ActionController::updateActions);
    updateActions();
}

QAction *ActionController::makeAction(const QString &text, const QString &objectName,
                                      void (ActionController::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

const TreeNode *ActionController::current() const
{
    return m_model->nodeAt(m_tree->currentIndex());
}

PowerBiClient *ActionController::client() const
{
    return m_model->session() ? m_model->session()->client() : nullptr;
}

void ActionController::updateActions()
{
    const TreeNode *n = current();
    const bool open = client() != nullptr;
    const Kind k = n ? n->kind : Kind::Loading;
    m_newProfile->setEnabled(open);
    m_newWorkspace->setEnabled(open);
    m_rename->setEnabled(open && (k == Kind::Profile || k == Kind::Workspace));
    m_delete->setEnabled(open && (k == Kind::Profile || k == Kind::Workspace || k == Kind::Member));
    m_access->updateActions(n);
}

void ActionController::addContextActions(QMenu *menu, const QModelIndex &index) const
{
    const TreeNode *n = m_model->nodeAt(index);
    if (!n || !client())
        return;
    menu->addSeparator();
    if (n->kind == Kind::Profiles || n->kind == Kind::Profile)
        menu->addAction(m_newProfile);
    if (n->kind == Kind::ServicePrincipal || n->kind == Kind::Profile)
        menu->addAction(m_newWorkspace);
    if (n->kind == Kind::Workspace || n->kind == Kind::AccessFolder || n->kind == Kind::Member)
        menu->addAction(m_access->addAction());
    if (n->kind == Kind::Member)
        menu->addAction(m_access->changeRoleAction());
    if (m_rename->isEnabled())
        menu->addAction(m_rename);
    if (m_delete->isEnabled())
        menu->addAction(m_delete);
}

QModelIndex ActionController::profileIndex(const QString &profileId) const
{
    return TreeQueries::childById(m_model, m_model->profilesIndex(), profileId);
}

void ActionController::newProfile()
{
    if (!client())
        return;
    auto *dlg = new NameDialog(tr("New profile"), tr("Profile &name:"), m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ActionController> self(this);
    connect(dlg, &NameDialog::nameAccepted, this, [self](const QString &name, const QString &) {
        if (!self || !self->client())
            return;
        self->m_sender->run(self->client()->createProfile(name),
                            tr("Could not create the profile %1").arg(name), self->m_model->profilesIndex(),
                            tr("Created the profile %1").arg(name), true);
    });
    dlg->open();
}

void ActionController::newWorkspace()
{
    if (!client())
        return;
    const TreeNode *n = current();
    const QString defaultId = n ? n->profileId : QString();
    QVector<QPair<QString, QString>> identities{{tr("The service principal"), QString()}};
    identities += TreeQueries::loadedProfiles(m_model);
    auto *dlg = new NameDialog(tr("New workspace"), tr("Workspace &name:"), m_window);
    dlg->setIdentities(identities, defaultId);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ActionController> self(this);
    connect(dlg, &NameDialog::nameAccepted, this, [self](const QString &name, const QString &asProfile) {
        if (!self || !self->client())
            return;
        QModelIndex parent =
            asProfile.isEmpty() ? self->m_model->servicePrincipalIndex() : self->profileIndex(asProfile);
        if (!parent.isValid())
            parent = self->m_model->profilesIndex();
        self->m_sender->run(self->client()->createGroup(asProfile, name),
                            tr("Could not create the workspace %1").arg(name), parent,
                            tr("Created the workspace %1").arg(name), true);
    });
    dlg->open();
}

void ActionController::renameSelected()
{
    const TreeNode *n = current();
    if (!n || !client() || (n->kind != Kind::Profile && n->kind != Kind::Workspace))
        return;
    const bool profile = n->kind == Kind::Profile;
    auto *dlg =
        new NameDialog(profile ? tr("Rename profile") : tr("Rename workspace"), tr("New &name:"), m_window);
    dlg->setName(n->name);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = n->id;
    const QString asProfile = n->profileId; // a workspace is renamed (PATCH) as the identity that sees it
    const QPersistentModelIndex parent(m_tree->currentIndex().parent());
    QPointer<ActionController> self(this);
    connect(dlg, &NameDialog::nameAccepted, this,
            [self, profile, id, asProfile, parent](const QString &name, const QString &) {
                if (!self || !self->client())
                    return;
                ApiCall *job = profile ? self->client()->updateProfile(id, name)
                                       : self->client()->updateGroup(asProfile, id, name);
                self->m_sender->run(
                    job, profile ? tr("Could not rename the profile") : tr("Could not rename the workspace"),
                    parent, tr("Renamed to %1").arg(name), false, id);
            });
    dlg->open();
}

void ActionController::deleteSelected()
{
    const TreeNode *n = current();
    if (!n || !client())
        return;
    if (n->kind == Kind::Profile)
        deleteProfile(*n);
    else if (n->kind == Kind::Workspace)
        deleteWorkspace(*n, m_tree->currentIndex());
    else if (n->kind == Kind::Member)
        m_access->removeSelected();
}

void ActionController::deleteProfile(const TreeNode &node)
{
    const QString id = node.id;
    const QString name = node.name;
    if (m_model->hasCachedInventory()) {
        openProfileDelete(
            id, name, ProfileDeleteWarning::fromCache(*m_model->inventory(), m_model->connectionId(), id));
        return;
    }
    if (node.state == State::Loaded) {
        openProfileDelete(id, name, ProfileDeleteWarning::fromSeenCount(node.realChildCount()));
        return;
    }
    // Not expanded yet: ask the service which workspaces the profile sees before asking the user.
    PagedApiCall *job = client()->listGroups(id);
    QPointer<ActionController> self(this);
    connect(job, &PagedApiCall::finished, this, [self, id, name](const td::ListResult &result) {
        if (self)
            self->openProfileDelete(
                id, name, ProfileDeleteWarning::fromSeenCount(result.ok() ? int(result.items.size()) : -1));
    });
}

void ActionController::openProfileDelete(const QString &id, const QString &name,
                                         const ProfileDeleteWarning &warning)
{
    auto *dlg = new ConfirmDeleteDialog(m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObject(tr("profile"), name, id);
    dlg->setDependents({tr("its access to every workspace it is a member of"),
                        tr("content it owns stays in those workspaces")});
    const QString text = warning.text();
    if (!text.isEmpty())
        dlg->setWarning(text);
    QPointer<ActionController> self(this);
    connect(dlg, &ConfirmDeleteDialog::confirmed, this, [self, id, name] {
        if (!self || !self->client())
            return;
        self->m_sender->run(self->client()->deleteProfile(id),
                            tr("Could not delete the profile %1").arg(name), self->m_model->profilesIndex(),
                            tr("Deleted the profile %1").arg(name));
    });
    dlg->open();
}

void ActionController::deleteWorkspace(const TreeNode &node, const QModelIndex &index)
{
    QStringList dependents;
    for (int r = 0; r < m_model->rowCount(index); ++r) {
        const QModelIndex f = m_model->index(r, 0, index);
        if (State(f.data(ConnectionTreeModel::StateRole).toInt()) == State::Loaded)
            dependents << f.data(Qt::DisplayRole).toString();
    }
    if (dependents.isEmpty())
        dependents << tr("every report, semantic model, dashboard and dataflow in it");
    auto *dlg = new ConfirmDeleteDialog(m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObject(tr("workspace"), node.name, node.id);
    dlg->setDependents(dependents);
    const QString id = node.id;
    const QString name = node.name;
    const QString asProfile = node.profileId;
    const QPersistentModelIndex parent(index.parent());
    QPointer<ActionController> self(this);
    connect(dlg, &ConfirmDeleteDialog::confirmed, this, [self, id, name, asProfile, parent] {
        if (!self || !self->client())
            return;
        self->m_sender->run(self->client()->deleteGroup(asProfile, id),
                            tr("Could not delete the workspace %1").arg(name), parent,
                            tr("Deleted the workspace %1").arg(name));
    });
    dlg->open();
}

} // namespace td
