#pragma once
#include <QDialog>

#include "app/domain/Types.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace td {

// Adds a member to a workspace (principal type User/Group/App/Profile, identifier or profile, role), or
// changes an existing member's role (everything but the role locked). Validates before closing and emits
// memberAccepted() with the GroupUser to send.
class AccessDialog : public QDialog
{
    Q_OBJECT
public:
    // profiles: (display name, profile id) of the connection; spObjectId: identifier for a profile member.
    AccessDialog(const QVector<QPair<QString, QString>> &profiles, const QString &spObjectId,
                 QWidget *parent = nullptr);
    void setExisting(const GroupUser &member, const QString &shownName); // change-role mode

    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QComboBox *roleCombo() const { return m_role; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

Q_SIGNALS:
    void memberAccepted(const td::GroupUser &member);

private:
    void updateFields();
    void fail(const QString &message);

    QString m_spObjectId;
    QComboBox *m_type;
    QLabel *m_identifierLabel;
    QLineEdit *m_identifier;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QComboBox *m_role;
    QLabel *m_message;
    bool m_editing = false;
    GroupUser m_existing;
};

} // namespace td
