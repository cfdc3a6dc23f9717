#pragma once
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QModelIndex;
class QToolBar;
class QWidget;

namespace td {

class DiagnosticsLauncher;
class WindowContext;

// The feature tools of the main window, each a launcher on the window's WindowContext: the toolbar's
// "Onboard customer…" and "Bulk onboard from CSV…", and the Tools menu (health check, troubleshoot
// access, embed token test, migrate to profiles, assign capacity, estate overview). The window lets
// addToToolBar() fill its part of the toolbar and addContextActions() extend the tree's menu.
class ToolLaunchers : public QObject
{
    Q_OBJECT
public:
    // window: where the tools' shortcuts work without opening a menu.
    ToolLaunchers(const WindowContext *context, QWidget *window);

    void addToToolBar(QToolBar *bar) const; // the onboarding actions, then the "Tools" menu button
    QMenu *menu() const { return m_menu; }  // the Tools menu (objectName "toolsMenu")
    // The tree's context menu on a report or semantic model: the diagnostics, prefilled from that node.
    void addContextActions(QMenu *menu, const QModelIndex &index) const;

private:
    QList<QAction *> m_toolBar;
    QMenu *m_menu;
    DiagnosticsLauncher *m_diagnostics;
};

} // namespace td
