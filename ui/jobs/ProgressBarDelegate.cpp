#include "ui/jobs/ProgressBarDelegate.h"

#include <QApplication>
#include <QStyle>

namespace td {

ProgressBarDelegate::ProgressBarDelegate(int progressRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(progressRole)
{}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int percent = value.toInt();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = percent < 0 ? 0 : 100;
    bar.progress = qMax(0, percent);
    bar.textVisible = percent >= 0;
    bar.text = index.data(Qt::DisplayRole).toString();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace td
