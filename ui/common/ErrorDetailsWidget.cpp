#include "ui/common/ErrorDetailsWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

ErrorDetailsWidget::ErrorDetailsWidget(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_summary(new QLabel(this)), m_toggle(new QToolButton(this)),
      m_copy(new QToolButton(this)), m_details(new QPlainTextEdit(this))
{
    const int sz = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(sz, sz));
    m_icon->setAlignment(Qt::AlignTop);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the error and its details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(160);
    m_details->setVisible(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_icon);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_details);

    connect(m_toggle, &QToolButton::toggled, this, &ErrorDetailsWidget::setDetailsVisible);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_summary->text() + QLatin1Char('\n') + m_details->toPlainText());
    });
    clear();
}

void ErrorDetailsWidget::setError(const ApiError &error)
{
    if (!error.isError()) {
        clear();
        return;
    }
    m_summary->setText(error.summary());
    m_details->setPlainText(error.details());
    setVisible(true);
}

void ErrorDetailsWidget::clear()
{
    m_summary->clear();
    m_details->clear();
    setDetailsVisible(false);
    setVisible(false);
}

QString ErrorDetailsWidget::summaryText() const
{
    return m_summary->text();
}

QString ErrorDetailsWidget::detailsText() const
{
    return m_details->toPlainText();
}

void ErrorDetailsWidget::setDetailsVisible(bool visible)
{
    if (m_toggle->isChecked() != visible)
        m_toggle->setChecked(visible); // re-enters through toggled()
    m_toggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(visible);
}

} // namespace td
