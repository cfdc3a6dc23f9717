#pragma once
#include <QAbstractTableModel>
#include <QVector>

#include "app/inventory/InventoryIndex.h"
#include "app/registry/Customer.h"

namespace td {

// One hit of the quick switcher: a registry customer (opened as its profile) or an object of the
// inventory index.
struct SwitcherHit
{
    QString kind; // translated: "Customer", "Profile", "Workspace", "Report", ...
    QString name;
    QString where;      // the path above it, e.g. "C0001 – Fabrikam › Fabrikam Analytics"
    QString id;         // what Ctrl+C copies: the Power BI id (a customer's profile id, else its id)
    QString idKind;     // "profile id", "workspace id", "item id", "capacity id", "customer id"
    FoundObject object; // what is previewed and revealed (a customer's profile; invalid for an own SP)
    QString customerId; // customer hits
};

// The quick switcher's hits for a text: matching customers first (by id or name), then the index's
// matches ranked exact name, then prefix, then the rest, each rank by kind (profile, workspace, items,
// capacity) in tree order. A GUID (braces optional) finds the object with that id and the customer whose
// profile it is. An empty text lists the customers. At most `limit` hits; total() counts them all.
class SwitcherModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindCol, NameCol, WhereCol, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IdKindRole };

    explicit SwitcherModel(QObject *parent = nullptr);
    // index may be null (not loaded yet: customers only); it is not kept (its match() is used).
    void search(const QString &text, InventoryIndex *index, const QVector<Customer> &customers,
                int limit = 200);
    void clear();
    const SwitcherHit &hit(int row) const { return m_hits.at(row); }
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SwitcherHit customerHit(const Customer &c, const InventoryIndex *index) const;
    SwitcherHit entryHit(const InventoryIndex &index, int entry) const;

    QVector<SwitcherHit> m_hits;
    int m_total = 0;
};

} // namespace td
