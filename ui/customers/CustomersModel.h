#pragma once
#include <QAbstractTableModel>

#include "app/registry/CustomerOverview.h"

namespace td {

// The customers home's table: one row per registry customer of the open connection, then the inventory's
// profiles that no registry entry names ("not in registry"). What no store knows yet shows "—".
// SortRole gives sortable values (counts as numbers, unknown first); setRows() resets the model.
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdCol,
        NameCol,
        IdentityCol,
        WorkspacesCol,
        CapacityCol,
        RegionCol,
        StatusCol,
        ContentVersionCol,
        LastRefreshCol,
        FindingsCol,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        KeyRole,        // CustomerOverviewRow::key()
        StatusKeyRole,  // "active", "failed", ..., "unregistered" (stable, for filters)
        AttentionRole,  // bool: CustomerOverviewRow::needsAttention()
        SearchTextRole, // ids and names the filter looks in
    };

    explicit CustomersModel(QObject *parent = nullptr);
    void setRows(const QVector<CustomerOverviewRow> &rows);
    const QVector<CustomerOverviewRow> &rows() const { return m_rows; }
    const CustomerOverviewRow &row(int r) const { return m_rows.at(r); }
    int rowOfKey(const QString &key) const; // -1 when absent

    static QString statusText(const CustomerOverviewRow &row); // translated
    static QString unknownText() { return QStringLiteral("—"); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CustomerOverviewRow &row, int column) const;
    QVariant sortValue(const CustomerOverviewRow &row, int column) const;
    QVariant toolTip(const CustomerOverviewRow &row, int column) const;

    QVector<CustomerOverviewRow> m_rows;
};

} // namespace td
