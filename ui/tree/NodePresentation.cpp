#include "ui/tree/NodePresentation.h"

#include <QApplication>
#include <QStyle>

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

static QString withCount(const QString &label, const TreeNode &node)
{
    switch (node.state) {
    case State::Loaded:
        return QStringLiteral("%1 (%2)").arg(label).arg(node.realChildCount());
    case State::Loading:
        return QStringLiteral("%1 (…)").arg(label);
    default:
        return label;
    }
}

QString NodePresentation::text(const TreeNode &node, const QString &connectionName)
{
    switch (node.kind) {
    case Kind::Connection:
        return connectionName;
    case Kind::ServicePrincipal:
    case Kind::Profiles:
    case Kind::ReportsFolder:
    case Kind::DatasetsFolder:
    case Kind::DashboardsFolder:
    case Kind::DataflowsFolder:
    case Kind::AccessFolder:
        return withCount(kindName(node.kind), node);
    case Kind::Report:
        return node.detail.isEmpty() ? node.name : tr("%1 · paginated").arg(node.name);
    case Kind::Member:
        return tr("%1 · %2").arg(node.name.isEmpty() ? node.id : node.name, node.detail);
    case Kind::Loading:
        return tr("Loading…");
    case Kind::Error:
        return tr("⚠ %1 — Retry").arg(node.error.summary());
    default:
        return node.name.isEmpty() ? node.id : node.name;
    }
}

QString NodePresentation::toolTip(const TreeNode &node)
{
    if (node.kind == Kind::Error)
        return tr("%1\n\nPress Enter or double-click to retry.").arg(node.error.details());
    if (node.id.isEmpty())
        return QString();
    return QStringLiteral("%1: %2").arg(idKind(node.kind), node.id);
}

QIcon NodePresentation::icon(const TreeNode &node)
{
    QStyle *s = QApplication::style();
    if (!s)
        return QIcon();
    switch (node.kind) {
    case Kind::Connection:
        return s->standardIcon(QStyle::SP_DriveNetIcon);
    case Kind::ServicePrincipal:
        return s->standardIcon(QStyle::SP_ComputerIcon);
    case Kind::Profiles:
        return s->standardIcon(QStyle::SP_DirHomeIcon);
    case Kind::Profile:
        return s->standardIcon(QStyle::SP_DirLinkIcon);
    case Kind::Workspace:
        return s->standardIcon(QStyle::SP_DirIcon);
    case Kind::ReportsFolder:
    case Kind::DatasetsFolder:
    case Kind::DashboardsFolder:
    case Kind::DataflowsFolder:
        return s->standardIcon(QStyle::SP_DirClosedIcon);
    case Kind::AccessFolder:
        return s->standardIcon(QStyle::SP_FileDialogInfoView);
    case Kind::Member:
        return s->standardIcon(node.memberProfileId.isEmpty() ? QStyle::SP_DialogYesButton
                                                              : QStyle::SP_DirLinkIcon);
    case Kind::Report:
        return s->standardIcon(node.detail.isEmpty() ? QStyle::SP_FileDialogDetailedView
                                                     : QStyle::SP_FileDialogListView);
    case Kind::Dataset:
        return s->standardIcon(QStyle::SP_DriveHDIcon);
    case Kind::Dashboard:
        return s->standardIcon(QStyle::SP_FileDialogContentsView);
    case Kind::Dataflow:
        return s->standardIcon(QStyle::SP_ArrowRight);
    case Kind::Loading:
        return s->standardIcon(QStyle::SP_BrowserReload);
    case Kind::Error:
        return s->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return QIcon();
}

QString NodePresentation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection:
        return tr("Connection");
    case Kind::ServicePrincipal:
        return tr("Service principal");
    case Kind::Profiles:
        return tr("Profiles");
    case Kind::Profile:
        return tr("Profile");
    case Kind::Workspace:
        return tr("Workspace");
    case Kind::ReportsFolder:
        return tr("Reports");
    case Kind::DatasetsFolder:
        return tr("Semantic models");
    case Kind::DashboardsFolder:
        return tr("Dashboards");
    case Kind::DataflowsFolder:
        return tr("Dataflows");
    case Kind::Report:
        return tr("Report");
    case Kind::Dataset:
        return tr("Semantic model");
    case Kind::Dashboard:
        return tr("Dashboard");
    case Kind::Dataflow:
        return tr("Dataflow");
    case Kind::AccessFolder:
        return tr("Access");
    case Kind::Member:
        return tr("Workspace member");
    case Kind::Loading:
        return tr("Loading");
    case Kind::Error:
        return tr("Error");
    }
    return QString();
}

Kind NodePresentation::treeKind(const FoundObject &object)
{
    switch (object.kind) {
    case FoundObject::Kind::Profile:
        return Kind::Profile;
    case FoundObject::Kind::Workspace:
        return Kind::Workspace;
    case FoundObject::Kind::Item:
        return treeItemNodes(object.itemKind).node;
    default:
        return Kind::Connection;
    }
}

QString NodePresentation::kindName(const FoundObject &object)
{
    if (object.kind == FoundObject::Kind::Capacity)
        return tr("Capacity");
    return object.isValid() ? kindName(treeKind(object)) : QString();
}

QString NodePresentation::idKind(Kind kind)
{
    switch (kind) {
    case Kind::Connection:
        return tr("application (client) id");
    case Kind::Profile:
        return tr("profile id");
    case Kind::Workspace:
        return tr("workspace id");
    case Kind::Report:
    case Kind::Dataset:
    case Kind::Dashboard:
    case Kind::Dataflow:
        return tr("item id");
    case Kind::Member:
        return tr("identifier");
    default:
        return tr("id");
    }
}

} // namespace td
