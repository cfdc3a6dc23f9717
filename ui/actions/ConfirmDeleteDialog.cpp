#include "ui/actions/ConfirmDeleteDialog.h"

#include <QPushButton>
#include <QStyle>

#include "ui_ConfirmDeleteDialog.h"

namespace td {

ConfirmDeleteDialog::ConfirmDeleteDialog(QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConfirmDeleteDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("confirmDeleteDialog"));
    ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    m_delete = ui->buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    ui->warningLabel->setVisible(false);
    ui->dependsLabel->setVisible(false);
    connect(ui->confirmEdit, &QLineEdit::textChanged, this, &ConfirmDeleteDialog::updateButton);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_delete->isEnabled())
            return;
        Q_EMIT confirmed();
        accept();
    });
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

void ConfirmDeleteDialog::setObject(const QString &kind, const QString &name, const QString &id)
{
    m_name = name;
    setWindowTitle(tr("Delete %1").arg(kind));
    ui->whatLabel->setText(
        tr("Delete %1 “%2” (id %3) in Power BI? This cannot be undone.").arg(kind, name, id));
    ui->typeLabel->setText(tr("Type “%1” to confirm:").arg(name));
    ui->confirmEdit->setPlaceholderText(name);
    ui->confirmEdit->clear();
    updateButton();
}

void ConfirmDeleteDialog::setDependents(const QStringList &lines)
{
    ui->dependsLabel->setText(
        lines.isEmpty()
            ? QString()
            : tr("What goes with it:\n%1").arg(QStringLiteral("• ") + lines.join(QStringLiteral("\n• "))));
    ui->dependsLabel->setVisible(!lines.isEmpty());
}

void ConfirmDeleteDialog::setWarning(const QString &text)
{
    ui->warningLabel->setText(text);
    ui->warningLabel->setVisible(!text.isEmpty());
}

void ConfirmDeleteDialog::showEvent(QShowEvent *event)
{
    resize(qMax(width(), 520), sizeHint().height()); // as tall as what it says
    ui->confirmEdit->setFocus(Qt::OtherFocusReason);
    QDialog::showEvent(event);
}

void ConfirmDeleteDialog::updateButton()
{
    m_delete->setEnabled(!m_name.isEmpty() && ui->confirmEdit->text() == m_name);
}

} // namespace td
