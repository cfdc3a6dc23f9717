#include "ui/tree/TreeRevealer.h"

#include <QTreeView>

#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeQueries.h"

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

TreeRevealer::TreeRevealer(ConnectionTreeModel *model, QTreeView *view, const FoundObject &target,
                           int timeoutMs)
    : QObject(view), m_model(model), m_view(view), m_target(target)
{
    using FK = FoundObject::Kind;
    if (target.kind == FK::Profile) {
        m_steps = {{Kind::Profiles, {}}, {Kind::Profile, target.id}};
    } else if (target.kind == FK::Workspace || target.kind == FK::Item) {
        if (target.profileId.isEmpty())
            m_steps = {{Kind::ServicePrincipal, {}}};
        else
            m_steps = {{Kind::Profiles, {}}, {Kind::Profile, target.profileId}};
        m_steps.push_back({Kind::Workspace, target.workspaceId});
        if (target.kind == FK::Item) {
            m_steps.push_back({treeItemNodes(target.itemKind).folder, {}});
            m_steps.push_back({treeItemNodes(target.itemKind).node, target.id});
        }
    }
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &TreeRevealer::step);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(false, tr("“%1” did not load in the tree in time.").arg(m_target.name)); });
}

void TreeRevealer::start()
{
    if (m_steps.isEmpty()) {
        // Capacities are not in the connection tree.
        QTimer::singleShot(0, this, [this] {
            finish(false, tr("“%1” is a %2; it is not shown in the connection tree.")
                              .arg(m_target.name, m_target.kindName()));
        });
        return;
    }
    m_poll.start();
    m_timeout.start();
    step();
}

void TreeRevealer::step()
{
    if (m_done)
        return;
    if (!m_model || !m_view)
        return finish(false, tr("The tree was closed."));
    if (!m_current.isValid()) {
        if (m_next > 0)
            return finish(false, tr("The tree was reloaded while opening “%1”.").arg(m_target.name));
        m_current = m_model->connectionIndex();
        if (!m_current.isValid())
            return finish(false, tr("No connection is open."));
    }
    while (m_next < m_steps.size()) {
        const QModelIndex parent = m_current;
        if (m_model->canFetchMore(parent))
            m_model->fetchMore(parent);
        m_view->expand(parent);
        const Step &s = m_steps[m_next]; // a folder by its kind, an object by its id
        const QModelIndex child = s.id.isEmpty() ? TreeQueries::childOfKind(m_model, parent, s.kind)
                                                 : TreeQueries::childById(m_model, parent, s.id);
        if (!child.isValid()) {
            const auto state = State(parent.data(ConnectionTreeModel::StateRole).toInt());
            if (state == State::Loaded || state == State::Failed)
                return finish(false, tr("“%1” is in the inventory but not in the tree now; the inventory may "
                                        "be out of date. Refresh to check.")
                                         .arg(m_target.name));
            return; // wait for the load
        }
        m_current = child;
        ++m_next;
    }
    m_view->setCurrentIndex(m_current);
    m_view->scrollTo(m_current, QAbstractItemView::PositionAtCenter);
    finish(true, tr("Showing “%1” in the tree.").arg(m_target.name));
}

void TreeRevealer::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_timeout.stop();
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace td
