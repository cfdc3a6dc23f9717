#include "inventory/InventoryIndex.h"

#include <QElapsedTimer>
#include <algorithm>

#include "inventory/InventoryLogging.h"
#include "inventory/InventoryStore.h"

namespace td {

namespace {

// An item read from the store, kept compact until it is placed under its workspace.
struct ItemRec
{
    QString id; // verbatim (usually a GUID)
    QString name;
    QString datasetId;
    ItemKind kind = ItemKind::Report;
    bool paginated = false;
};

InventoryIndex::Kind kindOf(ItemKind k)
{
    switch (k) {
    case ItemKind::Report:
        return InventoryIndex::Kind::Report;
    case ItemKind::Dataset:
        return InventoryIndex::Kind::Dataset;
    case ItemKind::Dashboard:
        return InventoryIndex::Kind::Dashboard;
    case ItemKind::Dataflow:
        return InventoryIndex::Kind::Dataflow;
    }
    return InventoryIndex::Kind::Report;
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

} // namespace

void InventoryIndex::clear()
{
    m_connectionId.clear();
    m_crawl = CrawlState();
    m_entries.clear();
    m_entries.shrink_to_fit();
    m_names.clear();
    m_folded.clear();
    m_byId.clear();
    m_byId.shrink_to_fit();
    m_oddIds.clear();
    m_lastNeedle.clear();
    m_lastAll.clear();
}

bool InventoryIndex::load(const InventoryStore &store, const QString &connectionId)
{
    QElapsedTimer timer;
    timer.start();
    clear();
    if (!store.isOpen())
        return false;
    m_connectionId = connectionId.toLower();
    m_crawl = store.lastCrawl(connectionId);

    const QVector<InvProfile> profiles = store.profiles(connectionId);
    const QVector<InvWorkspace> workspaces = store.workspaces(connectionId);
    const QVector<InvCapacity> capacities = store.capacities(connectionId);

    // Items arrive grouped by workspace: remember each workspace's range.
    std::vector<ItemRec> items;
    QHash<QString, std::pair<int, int>> itemRange;
    items.reserve(size_t(workspaces.size()) * 8);
    store.forEachItem(connectionId, [&](const InvItem &i) {
        auto it = itemRange.find(i.workspaceId);
        if (it == itemRange.end())
            it = itemRange.insert(i.workspaceId, {int(items.size()), int(items.size())});
        items.push_back({i.id, i.name, i.datasetId, i.kind, i.paginated});
        it->second = int(items.size());
    });

    // A workspace seen by several identities lists its items under one of them: a profile before the
    // SP (the highest profile id, as InventoryStore::findById resolves it).
    QHash<QString, QString> primary;
    for (const InvWorkspace &w : workspaces) {
        auto it = primary.find(w.id);
        if (it == primary.end() || w.profileId > *it)
            primary.insert(w.id, w.profileId);
    }
    QHash<QString, QVector<int>> byProfile; // profile id ("" = SP) -> workspace rows, in name order
    for (int i = 0; i < workspaces.size(); ++i)
        byProfile[workspaces[i].profileId].push_back(i);

    const size_t estimate = size_t(profiles.size() + workspaces.size() + capacities.size()) + items.size();
    m_entries.reserve(estimate);
    m_names.reserve(qsizetype(estimate) * 24);
    m_folded.reserve(qsizetype(estimate) * 25);

    auto addWorkspaces = [&](const QString &profileId, int parentEntry) {
        for (int row : byProfile.value(profileId)) {
            const InvWorkspace &w = workspaces[row];
            const int ws = add(Kind::Workspace, w.id, w.name, parentEntry, w.capacityId);
            if (primary.value(w.id) != w.profileId)
                continue;
            m_entries[size_t(ws)].flags |= Primary;
            const auto range = itemRange.value(w.id, {0, 0});
            for (ItemKind k :
                 {ItemKind::Report, ItemKind::Dataset, ItemKind::Dashboard, ItemKind::Dataflow}) {
                for (int i = range.first; i < range.second; ++i) {
                    const ItemRec &r = items[size_t(i)];
                    if (r.kind != k)
                        continue;
                    const int e = add(kindOf(k), r.id, r.name, ws, r.datasetId);
                    if (r.paginated)
                        m_entries[size_t(e)].flags |= Paginated;
                }
            }
        }
    };
    addWorkspaces(QString(), -1);
    for (const InvProfile &p : profiles)
        addWorkspaces(p.id, add(Kind::Profile, p.id, p.displayName, -1));
    for (const InvCapacity &c : capacities)
        add(Kind::Capacity, c.id, c.displayName, -1);
    buildLookup();
    qCInfo(lcInventory) << "inventory index loaded:" << m_entries.size() << "entries in" << timer.elapsed()
                        << "ms";
    return true;
}

int InventoryIndex::add(Kind kind, const QString &id, const QString &name, int parent, const QString &ref)
{
    Entry e;
    e.kind = quint8(kind);
    e.parent = parent;
    if (!parseGuid(id, &e.id)) {
        e.flags |= OddId;
        m_oddIds.insert(int(m_entries.size()), id);
    }
    if (!ref.isEmpty())
        parseGuid(ref, &e.ref);
    e.nameAt = quint32(m_names.size());
    e.nameLen = quint32(name.size());
    m_names += name;
    const QString folded = name.toCaseFolded();
    e.foldAt = quint32(m_folded.size());
    e.foldLen = quint32(folded.size());
    m_folded += folded;
    m_folded += QChar(0);
    m_entries.push_back(e);
    return int(m_entries.size()) - 1;
}

void InventoryIndex::buildLookup()
{
    m_byId.clear();
    m_byId.reserve(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (!(m_entries[i].flags & OddId))
            m_byId.emplace_back(m_entries[i].id, qint32(i));
    }
    // The first entry of an id wins, except that a workspace's primary entry (the one holding its items)
    // goes before its other identities' entries.
    std::sort(m_byId.begin(), m_byId.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const bool pa = m_entries[size_t(a.second)].flags & Primary;
        const bool pb = m_entries[size_t(b.second)].flags & Primary;
        return pa != pb ? pa : a.second < b.second;
    });
}

bool InventoryIndex::parseGuid(const QString &text, QUuid *guid)
{
    QStringView t = QStringView(text).trimmed();
    if (t.size() == 38 && t.front() == QLatin1Char('{') && t.back() == QLatin1Char('}'))
        t = t.mid(1, 36);
    if (t.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? t[i] != QLatin1Char('-') : !isHex(t[i]))
            return false;
    }
    if (guid)
        *guid = QUuid::fromString(t);
    return true;
}

int InventoryIndex::find(const QString &guidText) const
{
    QUuid g;
    if (!parseGuid(guidText, &g)) {
        for (auto it = m_oddIds.cbegin(); it != m_oddIds.cend(); ++it) {
            if (it.value().compare(guidText.trimmed(), Qt::CaseInsensitive) == 0)
                return it.key();
        }
        return -1;
    }
    const auto it = std::lower_bound(m_byId.begin(), m_byId.end(), g,
                                     [](const auto &a, const QUuid &id) { return a.first < id; });
    return it != m_byId.end() && it->first == g ? it->second : -1;
}

int InventoryIndex::count(Kind kind) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [kind](const Entry &e) { return e.kind == quint8(kind); }));
}

QString InventoryIndex::id(int entry) const
{
    const Entry &e = m_entries[size_t(entry)];
    return (e.flags & OddId) ? m_oddIds.value(entry) : e.id.toString(QUuid::WithoutBraces);
}

QString InventoryIndex::name(int entry) const
{
    const Entry &e = m_entries[size_t(entry)];
    return m_names.mid(e.nameAt, e.nameLen);
}

QString InventoryIndex::capacityId(int entry) const
{
    const Entry &e = m_entries[size_t(entry)];
    return kind(entry) == Kind::Workspace && !e.ref.isNull() ? e.ref.toString(QUuid::WithoutBraces)
                                                             : QString();
}

QString InventoryIndex::datasetId(int entry) const
{
    const Entry &e = m_entries[size_t(entry)];
    return kind(entry) == Kind::Report && !e.ref.isNull() ? e.ref.toString(QUuid::WithoutBraces) : QString();
}

int InventoryIndex::profileOf(int entry) const
{
    for (int e = entry; e >= 0; e = parent(e)) {
        if (kind(e) == Kind::Profile)
            return e;
    }
    return -1;
}

int InventoryIndex::workspaceOf(int entry) const
{
    for (int e = entry; e >= 0; e = parent(e)) {
        if (kind(e) == Kind::Workspace)
            return e;
    }
    return -1;
}

FoundObject InventoryIndex::found(int entry) const
{
    FoundObject f;
    if (entry < 0 || entry >= size())
        return f;
    const Kind k = kind(entry);
    switch (k) {
    case Kind::Profile:
        f.kind = FoundObject::Kind::Profile;
        break;
    case Kind::Workspace:
        f.kind = FoundObject::Kind::Workspace;
        break;
    case Kind::Capacity:
        f.kind = FoundObject::Kind::Capacity;
        break;
    default:
        f.kind = FoundObject::Kind::Item;
        itemKindFromName(kindName(k), &f.itemKind);
        break;
    }
    f.id = id(entry);
    f.name = name(entry);
    f.connectionId = m_connectionId;
    const int profile = profileOf(entry);
    if (profile >= 0) {
        f.profileId = id(profile);
        f.profileName = name(profile);
    }
    const int ws = workspaceOf(entry);
    if (ws >= 0) {
        f.workspaceId = id(ws);
        f.workspaceName = name(ws);
    }
    return f;
}

QString InventoryIndex::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Profile:
        return QStringLiteral("profile");
    case Kind::Workspace:
        return QStringLiteral("workspace");
    case Kind::Report:
        return itemKindName(ItemKind::Report);
    case Kind::Dataset:
        return itemKindName(ItemKind::Dataset);
    case Kind::Dashboard:
        return itemKindName(ItemKind::Dashboard);
    case Kind::Dataflow:
        return itemKindName(ItemKind::Dataflow);
    case Kind::Capacity:
        return QStringLiteral("capacity");
    }
    return QString();
}

QString InventoryIndex::idKindText(Kind kind)
{
    switch (kind) {
    case Kind::Profile:
        return tr("profile id");
    case Kind::Workspace:
        return tr("workspace id");
    case Kind::Capacity:
        return tr("capacity id");
    default:
        return tr("item id");
    }
}

int InventoryIndex::entryAtFold(qsizetype pos) const
{
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), pos,
                                     [](qsizetype p, const Entry &e) { return p < qsizetype(e.foldAt); });
    return int(it - m_entries.begin()) - 1;
}

void InventoryIndex::scanAll(QStringView needle, QVector<int> *out) const
{
    const QStringView hay(m_folded);
    qsizetype pos = 0;
    while ((pos = hay.indexOf(needle, pos)) >= 0) {
        const int e = entryAtFold(pos);
        out->push_back(e);
        const Entry &en = m_entries[size_t(e)];
        pos = qsizetype(en.foldAt) + qsizetype(en.foldLen) + 1;
    }
}

bool InventoryIndex::foldedContains(int entry, QStringView needle) const
{
    const Entry &e = m_entries[size_t(entry)];
    return QStringView(m_folded).mid(e.foldAt, e.foldLen).contains(needle);
}

InventoryIndex::Result InventoryIndex::match(const QString &text, int limit)
{
    Result r;
    r.text = text.trimmed();
    if (r.text.isEmpty()) {
        m_lastNeedle.clear();
        m_lastAll.clear();
        return r;
    }
    if (parseGuid(r.text, nullptr)) {
        r.idLookup = true;
        const int e = find(r.text);
        if (e >= 0)
            r.entries.push_back(e);
        r.total = int(r.entries.size());
        return r;
    }
    QString needle = r.text.toCaseFolded();
    needle.remove(QChar(0));
    if (needle != m_lastNeedle) {
        QVector<int> all;
        if (!m_lastNeedle.isEmpty() && needle.contains(m_lastNeedle)) {
            // Extends the previous text: its matches are a superset of ours.
            all.reserve(m_lastAll.size());
            for (int e : qAsConst(m_lastAll)) {
                if (foldedContains(e, needle))
                    all.push_back(e);
            }
        } else {
            scanAll(needle, &all);
        }
        m_lastNeedle = needle;
        m_lastAll = std::move(all);
    }
    r.total = int(m_lastAll.size());
    r.entries = m_lastAll.mid(0, qMax(0, limit));
    return r;
}

} // namespace td
