#include "ui/health/HealthFilterProxy.h"

#include "ui/health/HealthFindingsModel.h"

namespace td {

HealthFilterProxy::HealthFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HealthFindingsModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HealthFilterProxy::setMinimumSeverity(int severity)
{
    m_minSeverity = severity;
    invalidateFilter();
}

bool HealthFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_minSeverity >= 0) {
        const QModelIndex sev =
            sourceModel()->index(sourceRow, HealthFindingsModel::SeverityCol, sourceParent);
        if (sev.data(HealthFindingsModel::SortRole).toInt() < m_minSeverity)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace td
