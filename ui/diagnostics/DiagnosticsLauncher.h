#pragma once
#include <QObject>

class QAction;
class QMenu;
class QModelIndex;

namespace td {

class WindowContext;

// The Tools menu entries "Troubleshoot access…" and "Embed token test…". Each opens its dialog
// (non-modal) on the window's open connection and customer registry, prefilled from the tree's selected
// report or semantic model (and its profile and workspace) when there is one.
class DiagnosticsLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosticsLauncher(const WindowContext *context, QObject *parent = nullptr);
    QAction *accessAction() const { return m_access; }
    QAction *embedAction() const { return m_embed; }
    void openAccessCheck();
    void openEmbedTokenTest();
    // The tree's context menu on a report or semantic model: both entries, prefilled from that node.
    void addContextActions(QMenu *menu, const QModelIndex &index);

private:
    const WindowContext *m_context;
    QAction *m_access;
    QAction *m_embed;
};

} // namespace td
