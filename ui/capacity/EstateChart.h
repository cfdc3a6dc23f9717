#pragma once
#include <QWidget>

#include "app/capacity/EstateSummary.h"

class QBarCategoryAxis;
class QChart;
class QStackedBarSeries;
class QValueAxis;

namespace td {

// The estate overview's bar chart: one bar per capacity (and one for shared capacity) with its workspace
// count; bars are ordered and coloured by region (one legend entry per region), and each bar's label
// carries the capacity's SKU and state. A stacked series with one set per region gives one bar per
// category in its region's colour.
class EstateChart : public QWidget
{
    Q_OBJECT
public:
    explicit EstateChart(QWidget *parent = nullptr);

    void setSummary(const EstateSummary &summary);
    QStringList categories() const;  // the bars' labels, in order
    QStringList legendNames() const; // the sets' labels (regions, shared capacity)
    // The value drawn for a capacity's bar (any case id, "" = shared); -1 when it has no bar.
    int barValue(const QString &capacityId) const;

    static QString barLabel(const EstateCapacity &capacity); // "EMB-WEU-1 · A2 · Active"
    static QString regionLabel(const EstateCapacity &capacity);

private:
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    EstateSummary m_summary;
};

} // namespace td
