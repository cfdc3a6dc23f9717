#include "ui/tree/TreeAutoExpander.h"

#include <QTreeView>

#include "ui/tree/ConnectionTreeModel.h"

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

TreeAutoExpander::TreeAutoExpander(QTreeView *tree, std::function<void(bool)> done, int timeoutMs)
    : QObject(tree), m_tree(tree), m_done(std::move(done))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &TreeAutoExpander::step);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false); });
}

void TreeAutoExpander::start()
{
    m_poll.start();
    m_timeout.start();
}

static bool loaded(const QModelIndex &index)
{
    const auto state = State(index.data(ConnectionTreeModel::StateRole).toInt());
    return index.isValid() && (state == State::Loaded || state == State::Failed);
}

void TreeAutoExpander::step()
{
    auto *model = m_tree ? qobject_cast<ConnectionTreeModel *>(m_tree->model()) : nullptr;
    if (!model)
        return finish(false);
    QTreeView *tree = m_tree;
    const QModelIndex sp = model->servicePrincipalIndex();
    const QModelIndex profiles = model->profilesIndex();
    if (!sp.isValid() || !profiles.isValid())
        return;
    if (m_stage == 0) {
        tree->collapse(sp);
        tree->expand(profiles);
        model->fetchMore(sp); // loads its count badge without taking the space
        m_stage = 1;
        return;
    }
    if (!loaded(profiles) || !loaded(sp))
        return;
    const QModelIndex profile = model->index(0, 0, profiles);
    if (!profile.isValid() || Kind(profile.data(ConnectionTreeModel::KindRole).toInt()) != Kind::Profile)
        return finish(true);
    if (m_stage == 1) {
        tree->expand(profile);
        m_stage = 2;
        return;
    }
    if (!loaded(profile))
        return;
    const QModelIndex workspace = model->index(0, 0, profile);
    if (!workspace.isValid() ||
        Kind(workspace.data(ConnectionTreeModel::KindRole).toInt()) != Kind::Workspace)
        return finish(true);
    if (m_stage == 2) {
        tree->expand(workspace);
        tree->setCurrentIndex(workspace);
        tree->scrollTo(model->connectionIndex(), QAbstractItemView::PositionAtTop);
        m_stage = 3;
        return;
    }
    for (int r = 0; r < model->rowCount(workspace); ++r) {
        if (!loaded(model->index(r, 0, workspace)))
            return;
    }
    if (m_stage == 3) {
        tree->expand(model->index(0, 0, workspace)); // Reports
        m_stage = 4;
        return;
    }
    finish(true);
}

void TreeAutoExpander::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    m_timeout.stop();
    if (m_done)
        m_done(ok);
}

} // namespace td
