#pragma once
#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ConfirmDeleteDialog;
}

namespace td {

// The one confirmation for destructive actions: says what will go and what depends on it, an optional
// warning, and enables Delete only once the object's name is typed exactly. Emits confirmed() on Delete.
// Opened with open() (no nested event loop); deletes itself when closed if WA_DeleteOnClose is set.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfirmDeleteDialog(QWidget *parent = nullptr);
    ~ConfirmDeleteDialog() override;

    // kind: "profile", "workspace", ...; name: what has to be typed.
    void setObject(const QString &kind, const QString &name, const QString &id);
    void setDependents(const QStringList &lines); // "what depends on it", one line each
    void setWarning(const QString &text);         // empty hides the warning box

    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void confirmed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButton();

    std::unique_ptr<Ui::ConfirmDeleteDialog> ui;
    QPushButton *m_delete;
    QString m_name;
};

} // namespace td
