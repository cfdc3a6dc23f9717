#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QTreeView;

namespace td {

// Walks the tree for screenshots and demos: expands "Service principal" and "Profiles", the first
// profile, its first workspace (selected) and that workspace's Reports folder, then calls done(ok).
// Polls the model's state (no nested event loop). Gives up after timeoutMs.
class TreeAutoExpander : public QObject
{
    Q_OBJECT
public:
    // tree: the window's connection tree (its model a ConnectionTreeModel).
    TreeAutoExpander(QTreeView *tree, std::function<void(bool ok)> done, int timeoutMs = 30000);
    void start();

private:
    void step();
    void finish(bool ok);

    QPointer<QTreeView> m_tree;
    std::function<void(bool)> m_done;
    QTimer m_poll;
    QTimer m_timeout;
    int m_stage = 0;
    bool m_finished = false;
};

} // namespace td
