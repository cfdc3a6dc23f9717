#include "ui/common/MenuButton.h"

#include <QToolBar>
#include <QToolButton>

namespace td {

QToolButton *addMenuButton(QToolBar *bar, const QString &text, QStyle::StandardPixmap icon, QMenu *menu,
                           const QString &toolTip)
{
    auto *b = new QToolButton(bar);
    setUpMenuButton(b, text, icon, menu, toolTip);
    bar->addWidget(b);
    return b;
}

void setUpMenuButton(QToolButton *b, const QString &text, QStyle::StandardPixmap icon, QMenu *menu,
                     const QString &toolTip)
{
    b->setText(text);
    b->setIcon(b->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setMenu(menu);
    b->setToolTip(toolTip);
}

} // namespace td
