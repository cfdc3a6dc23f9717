#include "ui/search/SearchResultsModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace td {

using Kind = InventoryIndex::Kind;

QString SearchResultsModel::kindLabel(Kind kind, bool paginated)
{
    switch (kind) {
    case Kind::Profile:
        return tr("profile");
    case Kind::Workspace:
        return tr("workspace");
    case Kind::Report:
        return paginated ? tr("paginated report") : tr("report");
    case Kind::Dataset:
        return tr("semantic model");
    case Kind::Dashboard:
        return tr("dashboard");
    case Kind::Dataflow:
        return tr("dataflow");
    case Kind::Capacity:
        return tr("capacity");
    }
    return QString();
}

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultsModel::clear()
{
    setResult(nullptr, {});
}

void SearchResultsModel::setResult(const InventoryIndex *index, const InventoryIndex::Result &result)
{
    beginResetModel();
    m_index = index;
    m_nodes.clear();
    m_top.clear();
    m_nodeOfEntry.clear();
    m_spNode = m_capacitiesNode = -1;
    m_matchCount = 0;
    m_total = index ? result.total : 0;
    if (index) {
        m_nodes.reserve(result.entries.size() * 2 + 8);
        for (int entry : result.entries) {
            if (entry < 0 || entry >= index->size())
                continue;
            m_nodes[nodeFor(entry)].match = true;
            ++m_matchCount;
        }
        if (m_total > m_matchCount)
            addNode(NodeType::More, -1, -1);
    }
    endResetModel();
}

int SearchResultsModel::addNode(NodeType type, int entry, int parentNode)
{
    Node n;
    n.type = type;
    n.entry = entry;
    n.parent = parentNode;
    const int number = int(m_nodes.size());
    QVector<int> &siblings = parentNode < 0 ? m_top : m_nodes[parentNode].children;
    n.row = int(siblings.size());
    siblings.push_back(number);
    m_nodes.push_back(n);
    if (entry >= 0)
        m_nodeOfEntry.insert(entry, number);
    return number;
}

int SearchResultsModel::nodeFor(int entry)
{
    const auto found = m_nodeOfEntry.constFind(entry);
    if (found != m_nodeOfEntry.cend())
        return *found;
    const int parentEntry = m_index->parent(entry);
    int parentNode = -1;
    if (parentEntry >= 0) {
        parentNode = nodeFor(parentEntry);
    } else if (m_index->kind(entry) == Kind::Workspace) {
        if (m_spNode < 0)
            m_spNode = addNode(NodeType::ServicePrincipal, -1, -1);
        parentNode = m_spNode;
    } else if (m_index->kind(entry) == Kind::Capacity) {
        if (m_capacitiesNode < 0)
            m_capacitiesNode = addNode(NodeType::Capacities, -1, -1);
        parentNode = m_capacitiesNode;
    }
    return addNode(NodeType::Entry, entry, parentNode);
}

QVector<int> SearchResultsModel::matchedEntries() const
{
    QVector<int> out;
    for (const Node &n : m_nodes) {
        if (n.match)
            out.push_back(n.entry);
    }
    return out;
}

QModelIndex SearchResultsModel::indexOfEntry(int entry) const
{
    const int node = m_nodeOfEntry.value(entry, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

QModelIndex SearchResultsModel::firstMatch() const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].match)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QVector<int> &children = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_top;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    const Node &n = m_nodes[int(index.internalId())];
    if (n.type == NodeType::Entry)
        f |= Qt::ItemIsSelectable;
    if (n.children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString SearchResultsModel::text(const Node &n) const
{
    switch (n.type) {
    case NodeType::ServicePrincipal:
        return tr("Service principal");
    case NodeType::Capacities:
        return tr("Capacities");
    case NodeType::More:
        return tr("%n more — refine the search", nullptr, m_total - m_matchCount);
    case NodeType::Entry:
        break;
    }
    const Kind k = m_index->kind(n.entry);
    return tr("%1 (%2)").arg(m_index->name(n.entry), kindLabel(k, m_index->isPaginated(n.entry)));
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_index)
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    const bool entry = n.type == NodeType::Entry;
    switch (role) {
    case Qt::DisplayRole:
        return text(n);
    case Qt::ToolTipRole:
        if (!entry)
            return {};
        return tr("%1 — %2: %3")
            .arg(kindLabel(m_index->kind(n.entry), m_index->isPaginated(n.entry)),
                 InventoryIndex::idKindText(m_index->kind(n.entry)), m_index->id(n.entry));
    case Qt::FontRole:
        if (n.match || n.type == NodeType::More) {
            QFont f;
            f.setBold(n.match);
            f.setItalic(n.type == NodeType::More);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (!n.match && n.type != NodeType::More)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case EntryRole:
        return n.entry;
    case IsMatchRole:
        return n.match;
    case IsMoreRole:
        return n.type == NodeType::More;
    case IdRole:
        return entry ? m_index->id(n.entry) : QString();
    case IdKindRole:
        return entry ? InventoryIndex::idKindText(m_index->kind(n.entry)) : QString();
    default:
        return {};
    }
}

} // namespace td
