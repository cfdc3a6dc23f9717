#include "ui/tree/ConnectionTreeModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/session/ConnectionSession.h"
#include "ui/common/UiLogging.h"
#include "ui/tree/NodePresentation.h"
#include "ui/tree/TreeQueries.h"

namespace td {

using Kind = TreeNode::Kind;
using State = TreeNode::State;

ConnectionTreeModel::ConnectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<TreeNode>())
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(150);
    connect(&m_syncTimer, &QTimer::timeout, this, &ConnectionTreeModel::syncFromCache);
}

ConnectionTreeModel::~ConnectionTreeModel()
{
    cancelAll();
}

void ConnectionTreeModel::cancelAll()
{
    // Cancel running loads; their completions find no node and are dropped.
    const auto nodes = std::exchange(m_nodes, {});
    for (TreeNode *n : nodes)
        cancelLoad(n);
}

void ConnectionTreeModel::cancelLoad(TreeNode *n)
{
    if (!n->job)
        return;
    QPointer<PagedApiCall> job = n->job;
    n->job = nullptr;
    job->cancel(); // a synchronous finished() finds no running load: dropped
}

void ConnectionTreeModel::setSession(ConnectionSession *session)
{
    beginResetModel();
    cancelAll();
    m_received.clear();
    m_dirtyLists.clear();
    m_syncTimer.stop();
    m_inventoryStatus.clear();
    m_root->children.clear();
    m_session = session;
    m_loader.setClient(session ? session->client() : nullptr);
    if (session) {
        auto conn = std::make_unique<TreeNode>();
        conn->kind = Kind::Connection;
        conn->id = session->connection().clientId;
        conn->name = session->connection().name;
        conn->parent = m_root.get();
        registerNode(conn.get());
        m_root->children.push_back(std::move(conn));
    }
    setInventory(m_inventory); // whether the cache holds this connection
    endResetModel();
}

void ConnectionTreeModel::registerNode(TreeNode *n)
{
    n->uid = m_nextUid++;
    m_nodes.insert(n->uid, n);
}

void ConnectionTreeModel::forgetSubtree(TreeNode *n)
{
    m_nodes.remove(n->uid);
    m_received.remove(n->uid);
    for (auto &c : n->children)
        forgetSubtree(c.get());
    cancelLoad(n);
}

TreeNode *ConnectionTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<TreeNode *>(index.internalPointer());
}

const TreeNode *ConnectionTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? node(index) : nullptr;
}

QModelIndex ConnectionTreeModel::indexOf(const TreeNode *n) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(n->row(), 0, const_cast<TreeNode *>(n));
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    TreeNode *p = node(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int ConnectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int ConnectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ConnectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeNode *n = node(index);
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = NodePresentation::text(*n, m_session ? m_session->connection().name : QString());
        if (n->kind == Kind::Profile) { // the ISV's customer beside the profile, from the registry
            const QString customer = m_customerLabels.value(n->id.toLower());
            if (!customer.isEmpty() && !text.contains(customer))
                return tr("%1  · customer %2").arg(text, customer);
        }
        return text;
    }
    case Qt::ToolTipRole:
        if (n->kind == Kind::Connection && !m_inventoryStatus.isEmpty())
            return NodePresentation::toolTip(*n) + QLatin1Char('\n') + m_inventoryStatus;
        return NodePresentation::toolTip(*n);
    case Qt::DecorationRole:
        return NodePresentation::icon(*n);
    case Qt::ForegroundRole:
        if (n->kind == Kind::Error)
            return QColor(0xb0, 0x00, 0x20);
        if (n->kind == Kind::Loading)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (n->kind == Kind::Loading) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case KindRole:
        return int(n->kind);
    case StateRole:
        return int(n->state);
    case IdRole:
        return n->id;
    case NameRole:
        return n->kind == Kind::Connection && m_session ? m_session->connection().name : n->name;
    case IdKindRole:
        return NodePresentation::idKind(n->kind);
    case ProfileIdRole:
        return n->profileId;
    case ProfileNameRole:
        return n->profileName;
    case WorkspaceIdRole:
        return n->workspaceId;
    case RawJsonRole:
        return n->raw;
    case ErrorSummaryRole:
        return n->kind == Kind::Error ? n->error.summary() : QString();
    case ErrorDetailsRole:
        return n->kind == Kind::Error ? n->error.details() : QString();
    case DetailRole:
        return n->detail;
    case MemberProfileIdRole:
        return n->memberProfileId;
    default:
        return {};
    }
}

Qt::ItemFlags ConnectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node(index)->isExpandable())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool ConnectionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const TreeNode *n = node(parent);
    if (n == m_root.get())
        return !n->children.empty();
    if (!n->isExpandable())
        return false;
    return n->state == State::Unloaded || n->state == State::Queued || !n->children.empty();
}

bool ConnectionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const TreeNode *n = node(parent);
    return n->isExpandable() && n->state == State::Unloaded && m_session;
}

void ConnectionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Rows are inserted from the event loop, never from inside fetchMore(): views and testers call
    // fetchMore() while handling other model signals, where a nested insert is not allowed.
    TreeNode *n = node(parent);
    n->state = State::Queued;
    const quint64 uid = n->uid;
    QTimer::singleShot(0, this, [this, uid] {
        TreeNode *queued = m_nodes.value(uid);
        if (queued && queued->state == State::Queued)
            startLoad(queued, false);
    });
}

QModelIndex ConnectionTreeModel::connectionIndex() const
{
    return index(0, 0);
}

QModelIndex ConnectionTreeModel::servicePrincipalIndex() const
{
    const QModelIndex c = connectionIndex();
    return c.isValid() ? index(0, 0, c) : QModelIndex();
}

QModelIndex ConnectionTreeModel::profilesIndex() const
{
    const QModelIndex c = connectionIndex();
    return c.isValid() ? index(1, 0, c) : QModelIndex();
}

bool ConnectionTreeModel::isErrorRow(const QModelIndex &index) const
{
    return index.isValid() && node(index)->kind == Kind::Error;
}

void ConnectionTreeModel::insertChildren(TreeNode *parent, int position,
                                         std::vector<std::unique_ptr<TreeNode>> nodes)
{
    if (nodes.empty())
        return;
    beginInsertRows(indexOf(parent), position, position + int(nodes.size()) - 1);
    for (size_t i = 0; i < nodes.size(); ++i) {
        nodes[i]->parent = parent;
        registerNode(nodes[i].get());
        parent->children.insert(parent->children.begin() + position + int(i), std::move(nodes[i]));
    }
    endInsertRows();
}

void ConnectionTreeModel::removeAllChildren(TreeNode *parent)
{
    if (parent->children.empty())
        return;
    for (auto &c : parent->children)
        forgetSubtree(c.get());
    beginRemoveRows(indexOf(parent), 0, int(parent->children.size()) - 1);
    parent->children.clear();
    endRemoveRows();
}

void ConnectionTreeModel::nodeChanged(TreeNode *n)
{
    const QModelIndex idx = indexOf(n);
    if (idx.isValid())
        Q_EMIT dataChanged(idx, idx);
}

void ConnectionTreeModel::startLoad(TreeNode *n, bool live)
{
    ++n->generation;
    if (NodeLoader::hasStaticChildren(*n)) {
        n->state = State::Loaded;
        insertChildren(n, 0, NodeLoader::staticChildren(*n));
        nodeChanged(n);
        if (n->kind == Kind::Workspace || (live && hasCachedInventory())) {
            // Prefetch the item folders so their count badges show without expanding each one; a live
            // reload of the connection reloads its two lists live too (else they would come from the cache).
            for (auto &c : n->children) {
                if (c->state == State::Unloaded || c->state == State::Queued)
                    startLoad(c.get(), live);
            }
        }
        return;
    }
    if (!live && loadFromCache(n))
        return;
    PagedApiCall *job = m_loader.createJob(*n);
    if (!job) {
        n->state = State::Loaded;
        nodeChanged(n);
        return;
    }
    n->state = State::Loading;
    n->job = job;
    m_received.insert(n->uid, 0);
    auto loading = std::make_unique<TreeNode>();
    loading->kind = Kind::Loading;
    loading->profileId = n->profileId;
    std::vector<std::unique_ptr<TreeNode>> rows;
    rows.push_back(std::move(loading));
    insertChildren(n, int(n->children.size()), std::move(rows));
    nodeChanged(n);

    const quint64 uid = n->uid;
    const quint64 generation = n->generation;
    QPointer<ConnectionTreeModel> self(this);
    connect(job, &PagedApiCall::pageReceived, this,
            [self, uid, generation](const QVector<QJsonObject> &items) {
                if (self)
                    self->onPage(uid, generation, items);
            });
    connect(job, &PagedApiCall::finished, this, [self, uid, generation](const td::ListResult &result) {
        if (self)
            self->onFinished(uid, generation, result);
    });
    qCDebug(lcTree) << "loading children of" << NodePresentation::kindName(n->kind) << n->id;
    // PowerBiClient returns started jobs.
}

std::vector<std::unique_ptr<TreeNode>>
ConnectionTreeModel::makeChildren(const TreeNode &parent, const QVector<QJsonObject> &items) const
{
    std::vector<std::unique_ptr<TreeNode>> nodes;
    nodes.reserve(size_t(items.size()));
    for (const QJsonObject &o : items) {
        if (auto child = NodeLoader::makeChild(parent, o)) {
            if (!child->memberProfileId.isEmpty()) {
                const QString name = TreeQueries::profileName(this, child->memberProfileId);
                if (!name.isEmpty())
                    child->name = name; // a profile member shows as its display name
            }
            nodes.push_back(std::move(child));
        }
    }
    return nodes;
}

void ConnectionTreeModel::appendItems(TreeNode *n, const QVector<QJsonObject> &items)
{
    m_received[n->uid] += items.size();
    // One beginInsertRows per batch, before the Loading row.
    insertChildren(n, n->realChildCount(), makeChildren(*n, items));
}

void ConnectionTreeModel::onPage(quint64 uid, quint64 generation, const QVector<QJsonObject> &items)
{
    TreeNode *n = m_nodes.value(uid);
    if (!n || n->generation != generation || n->state != State::Loading)
        return;
    appendItems(n, items);
}

void ConnectionTreeModel::onFinished(quint64 uid, quint64 generation, const ListResult &result)
{
    TreeNode *n = m_nodes.value(uid);
    if (!n || n->generation != generation || n->state != State::Loading)
        return;
    n->job = nullptr;
    const int received = m_received.take(uid);
    if (result.items.size() > received)
        appendItems(n, result.items.mid(received));
    m_received.remove(uid);

    TreeNode *placeholder = n->placeholder();
    if (result.ok()) {
        n->state = State::Loaded;
        writeToCache(n, result.items);
        if (placeholder) {
            const int row = placeholder->row();
            forgetSubtree(placeholder);
            beginRemoveRows(indexOf(n), row, row);
            n->children.erase(n->children.begin() + row);
            endRemoveRows();
        }
    } else {
        n->state = State::Failed;
        qCInfo(lcTree) << "load failed:" << result.error.summary();
        if (placeholder) {
            placeholder->kind = Kind::Error;
            placeholder->error = result.error;
            nodeChanged(placeholder);
        }
    }
    nodeChanged(n);
    Q_EMIT loadFinished(indexOf(n), result.ok());
}

void ConnectionTreeModel::refresh(const QModelIndex &index)
{
    TreeNode *n = node(index);
    if (!index.isValid() || !n)
        return;
    if (n->isPlaceholder())
        n = n->parent;
    if (!n || n == m_root.get() || !n->isExpandable())
        return;
    ++n->generation; // results of a running load are now stale
    cancelLoad(n);
    m_received.remove(n->uid);
    // Loaded-and-empty while the rows go (nothing to fetch, no children), then load afresh.
    n->state = State::Loaded;
    removeAllChildren(n);
    n->state = State::Unloaded;
    startLoad(n, true);
}

bool ConnectionTreeModel::retry(const QModelIndex &errorRow)
{
    if (!isErrorRow(errorRow))
        return false;
    refresh(errorRow.parent());
    return true;
}

void ConnectionTreeModel::setCustomerLabels(const QHash<QString, QString> &labelsByProfileId)
{
    m_customerLabels = labelsByProfileId;
    const QModelIndex profiles = profilesIndex();
    const int rows = profiles.isValid() ? rowCount(profiles) : 0;
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0, profiles), index(rows - 1, 0, profiles), {Qt::DisplayRole});
}

} // namespace td
