#include "ui/common/ErrorDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "ui/common/ErrorDetailsWidget.h"

namespace td {

ErrorDialog::ErrorDialog(const QString &title, const ApiError &error, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *details = new ErrorDetailsWidget(this);
    details->setError(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(details);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ErrorDialog::showError(QWidget *parent, const QString &title, const ApiError &error)
{
    auto *dlg = new ErrorDialog(title, error, parent);
    dlg->setObjectName(QStringLiteral("errorDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace td
