#pragma once
#include <QAbstractItemModel>
#include <QVector>

#include "app/inventory/InventoryIndex.h"

namespace td {

// The matches of one search with their ancestors: "Service principal" or a profile -> workspace -> item,
// capacities under "Capacities". Matches show in bold, ancestors that did not match in grey. At most the
// index result's entries are shown; when the total is larger a last row says how many more there are.
// Rebuilt per query with one model reset. The index must outlive the model's use of it (setResult with
// a null index clears the model).
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        EntryRole = Qt::UserRole + 100, // int: the InventoryIndex entry, -1 for group and "more" rows
        IsMatchRole,                    // bool
        IsMoreRole,                     // bool: the "N more — refine the search" row
        IdRole,
        IdKindRole, // "profile id", "workspace id", "item id", "capacity id"
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    static QString kindLabel(InventoryIndex::Kind kind,
                             bool paginated = false); // "report", "semantic model"…

    void setResult(const InventoryIndex *index, const InventoryIndex::Result &result);
    void clear();
    int matchCount() const { return m_matchCount; } // matches shown
    int total() const { return m_total; }
    QVector<int> matchedEntries() const; // the matches shown, in order
    QModelIndex indexOfEntry(int entry) const;
    QModelIndex firstMatch() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class NodeType { ServicePrincipal, Capacities, Entry, More };
    struct Node
    {
        NodeType type = NodeType::Entry;
        int entry = -1;
        int parent = -1; // node number; -1 = top level
        int row = 0;
        bool match = false;
        QVector<int> children;
    };

    int nodeFor(int entry); // creates the entry's node and its ancestors' as needed
    int addNode(NodeType type, int entry, int parentNode);
    QString text(const Node &n) const;

    const InventoryIndex *m_index = nullptr;
    QVector<Node> m_nodes;
    QVector<int> m_top;
    QHash<int, int> m_nodeOfEntry;
    int m_spNode = -1;
    int m_capacitiesNode = -1;
    int m_matchCount = 0;
    int m_total = 0;
};

} // namespace td
