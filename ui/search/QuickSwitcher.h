#pragma once
#include <QFrame>
#include <QPointer>

#include "app/inventory/InventoryTypes.h"
#include "app/registry/Customer.h"

class QLabel;
class QLineEdit;
class QTreeView;

namespace td {

class ConnectionIndex;
class InventoryStore;
class SwitcherModel;
struct SwitcherHit;

// The quick switcher (Ctrl+K): a panel over the tree's side of the window with a line edit and the hits of
// SwitcherModel, each with its kind. Up/Down (also from the line edit) move the highlight and the
// highlighted hit is previewed (previewRequested); Enter opens it (openRequested) and closes the panel,
// Esc or clicking elsewhere closes it (closed), Ctrl+C copies the highlighted hit's id (in the line edit
// when no text is selected there).
class QuickSwitcher : public QFrame
{
    Q_OBJECT
public:
    QuickSwitcher(ConnectionIndex *index, QWidget *window);
    ~QuickSwitcher() override;

    // Shows the panel for a connection (its registry customers, its inventory in the index).
    void popUp(InventoryStore *store, const QString &connectionId, const QVector<Customer> &customers);
    void dismiss(); // hides it; closed() follows
    // The panel lies over this widget when it is shown (the tree), else at the window's left.
    void setAnchor(QWidget *anchor) { m_anchor = anchor; }

    QLineEdit *edit() const { return m_edit; }
    QTreeView *list() const { return m_list; }
    SwitcherModel *model() const { return m_model; }
    QLabel *infoLabel() const { return m_info; }
    bool currentHit(SwitcherHit *hit) const;
    void copyCurrentId();

Q_SIGNALS:
    void previewRequested(const td::FoundObject &object);
    void openRequested(const td::FoundObject &object, const QString &name);
    void copied(const QString &idKind, const QString &id);
    void closed();

private:
    void requery();
    void move(int rows);
    void accept();
    void place();
    void onFocusChanged(QWidget *old, QWidget *now);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ConnectionIndex *m_index;
    SwitcherModel *m_model;
    QLineEdit *m_edit;
    QTreeView *m_list;
    QLabel *m_info;
    QPointer<QWidget> m_anchor;
    InventoryStore *m_store = nullptr;
    QString m_connectionId;
    QVector<Customer> m_customers;
};

} // namespace td
