#include "ui/customers/CustomersFilterProxy.h"

#include "ui/customers/CustomersModel.h"

namespace td {

CustomersFilterProxy::CustomersFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CustomersModel::SortRole);
    setFilterRole(CustomersModel::SearchTextRole);
    setFilterKeyColumn(CustomersModel::IdCol);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CustomersFilterProxy::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

bool CustomersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString status = i.data(CustomersModel::StatusKeyRole).toString();
    bool shown = true;
    switch (m_show) {
    case Show::All:
        break;
    case Show::NeedsAttention:
        shown = i.data(CustomersModel::AttentionRole).toBool();
        break;
    case Show::Active:
        shown = status == QLatin1String("active");
        break;
    case Show::Onboarding:
        shown = status == QLatin1String("onboarding");
        break;
    case Show::Failed:
        shown = status == QLatin1String("failed");
        break;
    case Show::Offboarded:
        shown = status == QLatin1String("offboarded");
        break;
    case Show::NotRegistered:
        shown = status == QLatin1String("unregistered");
        break;
    }
    return shown && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace td
