#include "ui/common/MenuButton.h"

#include <QToolBar>
#include <QToolButton>

namespace td {

QToolButton *addMenuButton(QToolBar *bar, const QString &text, QStyle::StandardPixmap icon, QMenu *menu,
                           const QString &toolTip)
{
    auto *b = new QToolButton(bar);
    b->setText(text);
    b->setIcon(bar->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setMenu(menu);
    b->setToolTip(toolTip);
    bar->addWidget(b);
    return b;
}

} // namespace td
