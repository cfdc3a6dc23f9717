#pragma once
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QVector>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace td {

class AccessActions;
class ActionSender;
class ConnectionTreeModel;
class PowerBiClient;
class ProfileDeleteWarning;
struct TreeNode;

// Management actions on the tree: create/rename/delete profiles and workspaces, workspace
// access (through AccessActions). The same QActions serve the context menu, the toolbar's "Actions"
// menu and the keyboard (F2 rename, Del delete with typed confirmation). Calls run through ActionSender.
class ActionController : public QObject
{
    Q_OBJECT
public:
    ActionController(QWidget *window, ConnectionTreeModel *model, QTreeView *tree);

    QMenu *menu() const { return m_menu; } // the toolbar's "Actions ▾"
    void addContextActions(QMenu *menu, const QModelIndex &index) const;
    AccessActions *access() const { return m_access; }

    QAction *newProfileAction() const { return m_newProfile; }
    QAction *newWorkspaceAction() const { return m_newWorkspace; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

public Q_SLOTS:
    void updateActions(); // enables what fits the current node
    void newProfile();
    void newWorkspace();
    void renameSelected();
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QAction *makeAction(const QString &text, const QString &objectName, void (ActionController::*slot)());
    const TreeNode *current() const;
    PowerBiClient *client() const;
    QModelIndex profileIndex(const QString &profileId) const;
    void deleteProfile(const TreeNode &node);
    void openProfileDelete(const QString &id, const QString &name, const ProfileDeleteWarning &warning);
    void deleteWorkspace(const TreeNode &node, const QModelIndex &index);

    QPointer<QWidget> m_window;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
    ActionSender *m_sender;
    AccessActions *m_access;
    QMenu *m_menu;
    QAction *m_newProfile;
    QAction *m_newWorkspace;
    QAction *m_rename;
    QAction *m_delete;
};

} // namespace td
