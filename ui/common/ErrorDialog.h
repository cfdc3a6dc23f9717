#pragma once
#include <QDialog>

#include "app/api/ApiError.h"

namespace td {

// A small dialog around ErrorDetailsWidget, for errors that are not shown inline.
class ErrorDialog : public QDialog
{
    Q_OBJECT
public:
    ErrorDialog(const QString &title, const ApiError &error, QWidget *parent = nullptr);
    // Opens a non-modal dialog that deletes itself when closed.
    static void showError(QWidget *parent, const QString &title, const ApiError &error);
};

} // namespace td
