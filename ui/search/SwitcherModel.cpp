#include "ui/search/SwitcherModel.h"

#include <QSet>
#include <algorithm>

#include "ui/tree/NodePresentation.h"

namespace td {

using Kind = InventoryIndex::Kind;

SwitcherModel::SwitcherModel(QObject *parent) : QAbstractTableModel(parent) {}

void SwitcherModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    endResetModel();
}

SwitcherHit SwitcherModel::customerHit(const Customer &c, const InventoryIndex *index) const
{
    SwitcherHit h;
    h.kind = tr("Customer");
    h.name = c.displayName;
    h.customerId = c.customerId;
    if (c.identity == Customer::Identity::Profile && !c.profileId.isEmpty()) {
        const int entry = index ? index->find(c.profileId) : -1;
        if (entry >= 0 && index->kind(entry) == Kind::Profile) {
            h.object = index->found(entry);
            h.where = tr("profile “%1”").arg(h.object.name);
        } else {
            h.object.kind = FoundObject::Kind::Profile;
            h.object.id = h.object.profileId = c.profileId.toLower();
            h.object.name = h.object.profileName = c.displayName;
            h.object.connectionId = c.connectionId;
            h.where = index ? tr("profile not in the inventory") : QString();
        }
        h.id = h.object.id;
        h.idKind = InventoryIndex::idKindText(Kind::Profile);
    } else {
        h.where = tr("its own service principal");
        h.id = c.customerId;
        h.idKind = tr("customer id");
    }
    return h;
}

SwitcherHit SwitcherModel::entryHit(const InventoryIndex &index, int entry) const
{
    SwitcherHit h;
    h.object = index.found(entry);
    h.kind = NodePresentation::kindName(h.object);
    h.name = h.object.name;
    h.id = h.object.id;
    h.idKind = InventoryIndex::idKindText(index.kind(entry));
    QStringList path = h.object.path();
    path.removeLast();
    if (index.kind(entry) == Kind::Workspace && h.object.profileId.isEmpty())
        path << tr("Service principal");
    h.where = path.join(QStringLiteral(" › "));
    return h;
}

void SwitcherModel::search(const QString &text, InventoryIndex *index, const QVector<Customer> &customers,
                           int limit)
{
    const QString t = text.trimmed();
    QVector<SwitcherHit> hits;
    QSet<QString> customerProfiles;
    const bool guid = InventoryIndex::parseGuid(t, nullptr);
    const QString guidText = guid ? t.toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}')) : QString();
    for (const Customer &c : customers) {
        const bool match = t.isEmpty() || (guid ? c.profileId.compare(guidText, Qt::CaseInsensitive) == 0
                                                : c.customerId.contains(t, Qt::CaseInsensitive) ||
                                                      c.displayName.contains(t, Qt::CaseInsensitive));
        if (!match)
            continue;
        hits.append(customerHit(c, index));
        customerProfiles.insert(c.profileId.toLower());
    }
    if (index && !index->isEmpty() && !t.isEmpty()) {
        const InventoryIndex::Result r = index->match(t, qMax(limit * 4, 400));
        const QString folded = t.toCaseFolded();
        QVector<std::pair<int, int>> ranked; // (rank, entry), in tree order
        ranked.reserve(r.entries.size());
        for (int e : r.entries) {
            const QString name = index->name(e).toCaseFolded();
            const int how = name == folded ? 0 : (name.startsWith(folded) ? 1 : 2);
            ranked.append({how * 16 + int(index->kind(e)), e});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &rankAndEntry : qAsConst(ranked)) {
            const int e = rankAndEntry.second;
            if (index->kind(e) == Kind::Profile && customerProfiles.contains(index->id(e)))
                continue; // the customer's hit stands for its profile
            hits.append(entryHit(*index, e));
        }
        m_total = int(hits.size()) + qMax(0, r.total - int(r.entries.size()));
    } else {
        m_total = int(hits.size());
    }
    beginResetModel();
    m_hits = hits.mid(0, limit);
    endResetModel();
}

int SwitcherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SwitcherModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SwitcherModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SwitcherHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindCol:
            return h.kind;
        case NameCol:
            return h.customerId.isEmpty() ? h.name : tr("%1 (%2)").arg(h.name, h.customerId);
        default:
            return h.where;
        }
    case Qt::ToolTipRole:
        return h.where.isEmpty() ? tr("%1 — %2: %3").arg(h.kind, h.idKind, h.id)
                                 : tr("%1 — %2: %3\nin %4").arg(h.kind, h.idKind, h.id, h.where);
    case IdRole:
        return h.id;
    case IdKindRole:
        return h.idKind;
    default:
        return {};
    }
}

} // namespace td
