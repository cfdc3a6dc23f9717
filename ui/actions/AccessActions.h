#pragma once
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include "app/domain/Types.h"

class QAction;
class QTreeView;
class QWidget;

namespace td {

class AccessDialog;
class ActionSender;
class ConnectionTreeModel;
class PowerBiClient;
struct TreeNode;

// Workspace access: add a member (user, group, app or one of the connection's profiles), change a
// member's role, remove a member. Calls go as the identity the workspace was loaded through. Removing
// or demoting the last Admin is refused before anything is sent.
class AccessActions : public QObject
{
    Q_OBJECT
public:
    AccessActions(QWidget *window, ConnectionTreeModel *model, QTreeView *tree, ActionSender *sender);

    QAction *addAction() const { return m_add; }
    QAction *changeRoleAction() const { return m_changeRole; }
    void updateActions(const TreeNode *current);

    // Number of Admins among the loaded members of an Access folder.
    static int adminCount(const ConnectionTreeModel *model, const QModelIndex &accessFolder);

public Q_SLOTS:
    void addAccess();
    void changeRole();
    void removeSelected();

private:
    PowerBiClient *client() const;
    AccessDialog *newDialog() const; // the add / change role dialog (deletes itself when closed)
    GroupUser memberAt(const QModelIndex &index) const;
    bool refuseLastAdmin(const QModelIndex &member, const QString &action);

    QPointer<QWidget> m_window;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
    ActionSender *m_sender;
    QAction *m_add;
    QAction *m_changeRole;
};

} // namespace td
