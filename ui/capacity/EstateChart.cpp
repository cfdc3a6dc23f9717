#include "ui/capacity/EstateChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLegend>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace td {

EstateChart::EstateChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_series(new QStackedBarSeries), m_axisX(new QBarCategoryAxis),
      m_axisY(new QValueAxis)
{
    m_chart->setTitle(tr("Workspaces per capacity"));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Workspaces"));
    m_axisX->setLabelsAngle(0);
    QFont small = m_axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_axisX->setLabelsFont(small);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("estateChartView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 320);
    view->setAccessibleName(tr("Workspaces per capacity chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

QString EstateChart::barLabel(const EstateCapacity &c)
{
    const QString name = c.isShared() ? tr("Shared")
                         : c.listed   ? c.name
                                      : tr("Unlisted %1…").arg(c.capacityId.left(8));
    QStringList details;
    if (!c.sku.isEmpty())
        details << c.sku;
    if (!c.state.isEmpty())
        details << c.state;
    if (details.isEmpty())
        details << QStringLiteral("—");
    return name + QStringLiteral("<br>") + details.join(QStringLiteral(" · ")) + QStringLiteral("<br><b>") +
           QString::number(c.workspaces) + QStringLiteral("</b>");
}

QString EstateChart::regionLabel(const EstateCapacity &c)
{
    if (c.isShared())
        return EstateSummary::sharedName();
    if (!c.listed)
        return tr("Not in the capacity list");
    return c.region.isEmpty() ? tr("Region unknown") : c.region;
}

void EstateChart::setSummary(const EstateSummary &summary)
{
    m_summary = summary;
    m_series->clear(); // deletes the old sets
    QStringList categories;
    for (const EstateCapacity &c : summary.capacities())
        categories << barLabel(c);
    // One set per legend entry (region, unlisted, shared), in the order of the bars.
    QStringList groups;
    for (const EstateCapacity &c : summary.capacities()) {
        if (!groups.contains(regionLabel(c)))
            groups << regionLabel(c);
    }
    for (const QString &group : groups) {
        auto *set = new QBarSet(group);
        for (const EstateCapacity &c : summary.capacities())
            *set << (regionLabel(c) == group ? c.workspaces : 0);
        m_series->append(set);
    }
    m_axisX->clear();
    m_axisX->append(categories);
    const int top = std::max(5, summary.maxWorkspaces());
    m_axisY->setRange(0, top + (top + 9) / 10);
    m_axisY->setTickCount(std::min(top, 10) + 1);
    m_axisY->applyNiceNumbers();
}

QStringList EstateChart::categories() const
{
    return m_axisX->categories();
}

QStringList EstateChart::legendNames() const
{
    QStringList out;
    for (const QBarSet *set : m_series->barSets())
        out << set->label();
    return out;
}

int EstateChart::barValue(const QString &capacityId) const
{
    const EstateCapacity *c = m_summary.find(capacityId);
    if (!c)
        return -1;
    const int column = int(c - m_summary.capacities().constData());
    double value = 0;
    for (const QBarSet *set : m_series->barSets())
        value += set->at(column);
    return int(value);
}

} // namespace td
