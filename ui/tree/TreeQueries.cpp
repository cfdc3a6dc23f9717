#include "ui/tree/TreeQueries.h"

#include "ui/tree/ConnectionTreeModel.h"

namespace td {

using Kind = TreeNode::Kind;

static Kind kindOf(const QModelIndex &i)
{
    return Kind(i.data(ConnectionTreeModel::KindRole).toInt());
}

QVector<QPair<QString, QString>> TreeQueries::loadedProfiles(const ConnectionTreeModel *model)
{
    QVector<QPair<QString, QString>> out;
    const QModelIndex profiles = model->profilesIndex();
    for (int r = 0; r < model->rowCount(profiles); ++r) {
        const QModelIndex p = model->index(r, 0, profiles);
        if (kindOf(p) == Kind::Profile)
            out.append({p.data(ConnectionTreeModel::NameRole).toString(),
                        p.data(ConnectionTreeModel::IdRole).toString()});
    }
    return out;
}

QString TreeQueries::profileName(const ConnectionTreeModel *model, const QString &profileId)
{
    return childById(model, model->profilesIndex(), profileId).data(ConnectionTreeModel::NameRole).toString();
}

QModelIndex TreeQueries::childById(const ConnectionTreeModel *model, const QModelIndex &parent,
                                   const QString &id)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex c = model->index(r, 0, parent);
        if (c.data(ConnectionTreeModel::IdRole).toString().compare(id, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

QModelIndex TreeQueries::childOfKind(const ConnectionTreeModel *model, const QModelIndex &parent, Kind kind)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex c = model->index(r, 0, parent);
        if (kindOf(c) == kind)
            return c;
    }
    return {};
}

QModelIndex TreeQueries::accessFolderFor(const ConnectionTreeModel *model, const QModelIndex &index)
{
    switch (kindOf(index)) {
    case Kind::AccessFolder:
        return index;
    case Kind::Member:
        return index.parent();
    case Kind::Workspace:
        return childOfKind(model, index, Kind::AccessFolder);
    default:
        return {};
    }
}

} // namespace td
