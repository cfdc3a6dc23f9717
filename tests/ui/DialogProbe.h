#pragma once
// What a dialog or pane shows, read from its widgets (found by type, or by the objectName its .ui file
// or constructor gives them) rather than through accessors kept for tests.
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

#include "ui/common/ErrorDetailsWidget.h"

namespace tdtest {

inline bool okEnabled(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

inline QString labelText(const QWidget &widget, const QString &objectName)
{
    return widget.findChild<QLabel *>(objectName)->text();
}

inline const td::ErrorDetailsWidget &errorDetails(const QWidget &dialog)
{
    return *dialog.findChild<td::ErrorDetailsWidget *>();
}

} // namespace tdtest
