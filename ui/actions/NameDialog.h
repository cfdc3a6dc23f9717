#pragma once
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace td {

// Asks for a name (create or rename a profile or workspace) and, for a new workspace, the identity that
// creates it. Validates before closing: trimmed, not empty, at most 256 characters; a bad name keeps the
// dialog open with a message. Emits nameAccepted() once the name is valid.
class NameDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxNameLength = 256;

    NameDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    void setName(const QString &name);
    // Shows the "Create as" combo: (label, profile id; empty = the service principal).
    void setIdentities(const QVector<QPair<QString, QString>> &identities, const QString &selectedId);

    QLineEdit *nameEdit() const { return m_edit; }
    QComboBox *identityCombo() const { return m_identity; }
    QLabel *messageLabel() const { return m_message; }
    QString identity() const;

    // The trimmed name, or an empty string with *error set.
    static QString validate(const QString &text, QString *error);

    void accept() override;

Q_SIGNALS:
    void nameAccepted(const QString &name, const QString &identity);

private:
    QLineEdit *m_edit;
    QLabel *m_identityLabel;
    QComboBox *m_identity;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace td
