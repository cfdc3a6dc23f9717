#pragma once
#include <QStyle>

class QMenu;
class QString;
class QToolBar;
class QToolButton;

namespace td {

// A toolbar button that opens menu at once (text beside the icon), added at the end of bar.
QToolButton *addMenuButton(QToolBar *bar, const QString &text, QStyle::StandardPixmap icon, QMenu *menu,
                           const QString &toolTip);
// The same look and menu for a button already in a toolbar.
void setUpMenuButton(QToolButton *button, const QString &text, QStyle::StandardPixmap icon, QMenu *menu,
                     const QString &toolTip);

} // namespace td
