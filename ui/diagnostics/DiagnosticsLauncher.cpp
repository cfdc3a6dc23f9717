#include "ui/diagnostics/DiagnosticsLauncher.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>

#include "ui/diagnostics/AccessCheckDialog.h"
#include "ui/diagnostics/EmbedTokenDialog.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeNode.h"
#include "ui/window/WindowContext.h"

namespace td {

namespace {

// The tree's current report or semantic model: profile, workspace, report and model ids.
struct Selection
{
    QString profileId, workspaceId, reportId, datasetId;
};

Selection selectedItem(const WindowContext *context)
{
    Selection s;
    const QModelIndex i = context->currentIndex();
    const auto kind = TreeNode::Kind(i.data(ConnectionTreeModel::KindRole).toInt());
    if (!i.isValid() || (kind != TreeNode::Kind::Report && kind != TreeNode::Kind::Dataset))
        return s;
    s.profileId = i.data(ConnectionTreeModel::ProfileIdRole).toString();
    s.workspaceId = i.data(ConnectionTreeModel::WorkspaceIdRole).toString();
    if (kind == TreeNode::Kind::Report) {
        s.reportId = i.data(ConnectionTreeModel::IdRole).toString();
        s.datasetId = i.data(ConnectionTreeModel::RawJsonRole)
                          .toJsonObject()
                          .value(QLatin1String("datasetId"))
                          .toString();
    } else {
        s.datasetId = i.data(ConnectionTreeModel::IdRole).toString();
    }
    return s;
}

} // namespace

DiagnosticsLauncher::DiagnosticsLauncher(const WindowContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_access(new QAction(tr("Troubleshoot &access…"), this)),
      m_embed(new QAction(tr("&Embed token test…"), this))
{
    m_access->setObjectName(QStringLiteral("troubleshootAccessAction"));
    m_access->setToolTip(
        tr("Why can't this customer see this report? Check every link from token to embed token"));
    m_embed->setObjectName(QStringLiteral("embedTokenTestAction"));
    m_embed->setToolTip(tr("Generate an embed token as a customer's profile, or for every customer"));
    connect(m_access, &QAction::triggered, this, &DiagnosticsLauncher::openAccessCheck);
    connect(m_embed, &QAction::triggered, this, &DiagnosticsLauncher::openEmbedTokenTest);
}

void DiagnosticsLauncher::addContextActions(QMenu *menu, const QModelIndex &index)
{
    const auto kind = TreeNode::Kind(index.data(ConnectionTreeModel::KindRole).toInt());
    if (!index.isValid() || (kind != TreeNode::Kind::Report && kind != TreeNode::Kind::Dataset))
        return;
    menu->addSeparator();
    menu->addAction(m_access); // the tree's current index is this node: the dialogs prefill from it
    menu->addAction(m_embed);
}

void DiagnosticsLauncher::openAccessCheck()
{
    if (!m_context->requireSession(tr("Troubleshoot access")))
        return;
    auto *dialog = new AccessCheckDialog(m_context->session(), m_context->registry(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Selection s = selectedItem(m_context);
    dialog->prefill(s.profileId, s.workspaceId, s.reportId, s.reportId.isEmpty() ? s.datasetId : QString());
    dialog->show();
}

void DiagnosticsLauncher::openEmbedTokenTest()
{
    if (!m_context->requireSession(tr("Embed token test")))
        return;
    auto *dialog = new EmbedTokenDialog(m_context->session(), m_context->registry(), m_context->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setJobCenter(m_context->jobCenter());
    const Selection s = selectedItem(m_context);
    dialog->prefill(s.profileId, s.reportId, s.datasetId);
    dialog->show();
}

} // namespace td
