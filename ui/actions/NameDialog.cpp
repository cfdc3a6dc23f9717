#include "ui/actions/NameDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

NameDialog::NameDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this)), m_identityLabel(new QLabel(tr("Create &as:"), this)),
      m_identity(new QComboBox(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("nameDialog"));
    setWindowTitle(title);
    m_edit->setObjectName(QStringLiteral("nameEdit"));
    m_identity->setObjectName(QStringLiteral("identityCombo"));
    m_message->setObjectName(QStringLiteral("nameMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setBuddy(m_edit);
    m_identityLabel->setBuddy(m_identity);
    m_identityLabel->setVisible(false);
    m_identity->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(promptLabel, m_edit);
    form->addRow(m_identityLabel, m_identity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_message->setVisible(false); });
    resize(440, sizeHint().height());
}

void NameDialog::setName(const QString &name)
{
    m_edit->setText(name);
    m_edit->selectAll();
}

void NameDialog::setIdentities(const QVector<QPair<QString, QString>> &identities, const QString &selectedId)
{
    m_identity->clear();
    for (const auto &i : identities) {
        m_identity->addItem(i.first, i.second);
        if (i.second == selectedId)
            m_identity->setCurrentIndex(m_identity->count() - 1);
    }
    m_identityLabel->setVisible(true);
    m_identity->setVisible(true);
}

QString NameDialog::identity() const
{
    return m_identity->isVisible() || m_identity->count() > 0 ? m_identity->currentData().toString()
                                                              : QString();
}

QString NameDialog::validate(const QString &text, QString *error)
{
    const QString name = text.trimmed();
    if (name.isEmpty()) {
        *error = tr("Enter a name.");
        return QString();
    }
    if (name.size() > MaxNameLength) {
        *error =
            tr("The name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(MaxNameLength);
        return QString();
    }
    return name;
}

void NameDialog::accept()
{
    QString error;
    const QString name = validate(m_edit->text(), &error);
    if (name.isEmpty()) {
        m_message->setText(error);
        m_message->setVisible(true);
        m_edit->setFocus(Qt::OtherFocusReason);
        return; // stays open; nothing is sent
    }
    Q_EMIT nameAccepted(name, identity());
    QDialog::accept();
}

} // namespace td
