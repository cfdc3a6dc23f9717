#include "ui/actions/AccessDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace td {

namespace {
const QString kProfile = QStringLiteral("Profile"); // UI-only type: an App member with a profile
}

AccessDialog::AccessDialog(const QVector<QPair<QString, QString>> &profiles, const QString &spObjectId,
                           QWidget *parent)
    : QDialog(parent), m_spObjectId(spObjectId), m_type(new QComboBox(this)),
      m_identifierLabel(new QLabel(tr("&Identifier:"), this)), m_identifier(new QLineEdit(this)),
      m_profileLabel(new QLabel(tr("&Profile:"), this)), m_profile(new QComboBox(this)),
      m_role(new QComboBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("accessDialog"));
    setWindowTitle(tr("Add workspace access"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_message->setObjectName(QStringLiteral("accessMessage"));
    m_type->addItem(tr("User"), QStringLiteral("User"));
    m_type->addItem(tr("Group"), QStringLiteral("Group"));
    m_type->addItem(tr("App (service principal)"), QStringLiteral("App"));
    m_type->addItem(tr("Profile"), kProfile);
    for (const auto &p : profiles)
        m_profile->addItem(p.first, p.second);
    static const char *const roles[] = {QT_TR_NOOP("Admin"), QT_TR_NOOP("Member"), QT_TR_NOOP("Contributor"),
                                        QT_TR_NOOP("Viewer")};
    for (const char *role : roles)
        m_role->addItem(tr(role), QString::fromLatin1(role));
    m_role->setCurrentIndex(3);
    m_identifier->setPlaceholderText(tr("user@contoso.com, or an object id"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *typeLabel = new QLabel(tr("Principal &type:"), this);
    typeLabel->setBuddy(m_type);
    m_identifierLabel->setBuddy(m_identifier);
    m_profileLabel->setBuddy(m_profile);
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    auto *form = new QFormLayout;
    form->addRow(typeLabel, m_type);
    form->addRow(m_identifierLabel, m_identifier);
    form->addRow(m_profileLabel, m_profile);
    form->addRow(roleLabel, m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AccessDialog::updateFields);
    updateFields();
    resize(460, sizeHint().height());
}

void AccessDialog::setExisting(const GroupUser &member, const QString &shownName)
{
    m_editing = true;
    m_existing = member;
    setWindowTitle(tr("Change role of %1").arg(shownName));
    const QString type = member.profileId.isEmpty() ? member.principalType : kProfile;
    const int t = m_type->findData(type);
    if (t >= 0)
        m_type->setCurrentIndex(t);
    m_identifier->setText(member.identifier);
    const int p = m_profile->findData(member.profileId);
    if (p >= 0)
        m_profile->setCurrentIndex(p);
    else if (!member.profileId.isEmpty()) {
        m_profile->addItem(shownName, member.profileId);
        m_profile->setCurrentIndex(m_profile->count() - 1);
    }
    const int r = m_role->findData(member.groupUserAccessRight);
    if (r >= 0)
        m_role->setCurrentIndex(r);
    m_type->setEnabled(false);
    m_identifier->setReadOnly(true);
    m_profile->setEnabled(false);
    m_role->setFocus(Qt::OtherFocusReason);
}

void AccessDialog::updateFields()
{
    const bool profile = m_type->currentData().toString() == kProfile;
    m_identifierLabel->setVisible(!profile);
    m_identifier->setVisible(!profile);
    m_profileLabel->setVisible(profile);
    m_profile->setVisible(profile);
}

void AccessDialog::fail(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

void AccessDialog::accept()
{
    GroupUser u;
    u.groupUserAccessRight = m_role->currentData().toString();
    const QString type = m_type->currentData().toString();
    if (type == kProfile) {
        if (m_spObjectId.isEmpty())
            return fail(tr("This connection has no service principal object id; add it in Edit connection to "
                           "grant profiles access."));
        if (m_profile->currentIndex() < 0)
            return fail(tr("Choose a profile (expand Profiles first if the list is empty)."));
        u.principalType = QStringLiteral("App");
        u.identifier = m_spObjectId;
        u.profileId = m_profile->currentData().toString();
    } else {
        u.principalType = type;
        u.identifier = m_identifier->text().trimmed();
        if (u.identifier.isEmpty())
            return fail(tr("Enter the user's email address or the object id."));
        if (type == QLatin1String("User") && !u.identifier.contains(QLatin1Char('@')))
            return fail(tr("A user is identified by an email address (user@contoso.com)."));
    }
    if (m_editing) {
        u = m_existing;
        u.groupUserAccessRight = m_role->currentData().toString();
        if (u.groupUserAccessRight == m_existing.groupUserAccessRight)
            return fail(tr("Choose a different role."));
    }
    Q_EMIT memberAccepted(u);
    QDialog::accept();
}

} // namespace td
