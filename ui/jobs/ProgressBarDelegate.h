#pragma once
#include <QStyledItemDelegate>

namespace td {

// Paints a progress bar from an int role (0..100; negative = busy without a known total).
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace td
