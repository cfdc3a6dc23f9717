#pragma once
#include <QDialog>

#include "app/capacity/EstateSummary.h"

class QLabel;
class QTableWidget;

namespace td {

class EstateChart;
class InventoryStore;

// "Estate overview": workspaces per capacity of the open connection, grouped by region, from the
// inventory cache (a chart and a table with each capacity's region, SKU, state and count). Non-modal;
// reload() re-reads the cache (the launcher calls it when a crawl or a capacity assignment finishes).
class EstateOverview : public QDialog
{
    Q_OBJECT
public:
    EstateOverview(InventoryStore *inventory, const QString &connectionId, const QString &connectionName,
                   QWidget *parent = nullptr);

    void reload();
    const EstateSummary &summary() const { return m_summary; }
    EstateChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QString connectionId() const { return m_connectionId; }

    enum Column { RegionColumn, CapacityColumn, WorkspacesColumn, SkuColumn, StateColumn };

private:
    void fillTable();

    InventoryStore *m_inventory;
    QString m_connectionId;
    EstateSummary m_summary;
    EstateChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_headline;
};

} // namespace td
