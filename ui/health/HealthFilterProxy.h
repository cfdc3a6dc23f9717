#pragma once
#include <QSortFilterProxyModel>

namespace td {

// Filters the findings by text (any column, case-insensitive) and by a minimum severity; sorts by
// HealthFindingsModel::SortRole (severity by rank, the rest by text).
class HealthFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HealthFilterProxy(QObject *parent = nullptr);
    void setMinimumSeverity(int severity); // -1 = all; else HealthSeverity as int
    int minimumSeverity() const { return m_minSeverity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minSeverity = -1;
};

} // namespace td
