#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QModelIndex>
#include <QString>
#include <QVector>

namespace td {

struct Connection;
struct Customer;
struct FoundObject;
class InventoryStore;

// The Overview tab's rows for a tree node: each property, ids with their kind spelled out.
struct DetailsRow
{
    QString label;
    QString value;
    bool isId = false; // gets a Copy button
};

class DetailsRows
{
    Q_DECLARE_TR_FUNCTIONS(DetailsRows)
public:
    static QVector<DetailsRow> forIndex(const QModelIndex &index, const Connection *connection);
    // An object of the inventory (a search hit) and its stored JSON.
    static QVector<DetailsRow> forFound(const FoundObject &object, const QJsonObject &raw);
    static QVector<DetailsRow> forConnection(const Connection &connection);
    // A registry entry: customer id, name, status, the workspaces it lists. None for an empty id.
    static QVector<DetailsRow> forCustomer(const Customer &customer);
    static QJsonObject connectionJson(const Connection &connection); // no secret: there is none in it
    static QString labelForKey(const QString &key);                  // "capacityId" -> "capacity id"
    // A workspace's capacity in words: name, SKU, state and region from the inventory, or "shared".
    static QVector<DetailsRow> capacityRows(const QJsonObject &workspace, const InventoryStore *inventory,
                                            const QString &connectionId);

private:
    // The JSON's scalar properties not shown already (its id, name and idKey).
    static void appendJsonRows(QVector<DetailsRow> *rows, const QJsonObject &raw, const QString &idKey);
};

} // namespace td
