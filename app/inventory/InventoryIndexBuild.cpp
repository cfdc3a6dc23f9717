// Loading side of InventoryIndex: one pass over the store, then entries placed in tree order.
#include <QElapsedTimer>
#include <algorithm>

#include "app/inventory/InventoryIndex.h"
#include "app/inventory/InventoryLogging.h"
#include "app/inventory/InventoryStore.h"

namespace td {

namespace {

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

    // Stage every entry as read (names in a staging pool), then place them in tree order.
    Staging st;
    st.entries.reserve(size_t(profiles.size() + workspaces.size() + capacities.size()) +
                       size_t(workspaces.size()) * 20);
    st.names.reserve(qsizetype(st.entries.capacity()) * 24);
    QVector<int> profileAt, workspaceAt, capacityAt;
    for (const InvProfile &p : profiles)
        profileAt << stage(&st, Kind::Profile, p.id, p.displayName, {});
    for (const InvWorkspace &w : workspaces)
        workspaceAt << stage(&st, Kind::Workspace, w.id, w.name, w.capacityId);
    for (const InvCapacity &c : capacities)
        capacityAt << stage(&st, Kind::Capacity, c.id, c.displayName, {});
    // Items arrive grouped by workspace: remember each workspace's range.
    QHash<QString, std::pair<int, int>> itemRange;
    QString lastWorkspace;
    std::pair<int, int> *range = nullptr;
    store.forEachItemRow(connectionId, [&](const InventoryStore::ItemRow &row) {
        if (!range || row.workspaceId != lastWorkspace) {
            lastWorkspace = row.workspaceId;
            const int at = int(st.entries.size());
            range = &*itemRange.insert(lastWorkspace, {at, at});
        }
        const int e = stage(&st, kindOf(row.kind), row.id, row.name, row.datasetId);
        if (row.paginated)
            st.entries[size_t(e)].flags |= Paginated;
        range->second = e + 1;
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

    m_entries.reserve(st.entries.size());
    m_names.reserve(st.names.size() + qsizetype(st.entries.size()));
    auto placeWorkspaces = [&](const QString &profileId, int parentEntry) {
        for (int row : byProfile.value(profileId)) {
            const InvWorkspace &w = workspaces[row];
            const int ws = place(st, workspaceAt[row], parentEntry);
            if (primary.value(w.id) != w.profileId)
                continue;
            m_entries[size_t(ws)].flags |= Primary;
            const auto items = itemRange.value(w.id, {0, 0});
            for (Kind k : {Kind::Report, Kind::Dataset, Kind::Dashboard, Kind::Dataflow}) {
                for (int i = items.first; i < items.second; ++i) {
                    if (st.entries[size_t(i)].kind == quint8(k))
                        place(st, i, ws);
                }
            }
        }
    };
    placeWorkspaces(QString(), -1);
    for (int i = 0; i < profiles.size(); ++i)
        placeWorkspaces(profiles[i].id, place(st, profileAt[i], -1));
    for (int at : qAsConst(capacityAt))
        place(st, at, -1);
    st = Staging();
    foldNames();
    buildLookup();
    qCInfo(lcInventory) << "inventory index loaded:" << m_entries.size() << "entries in" << timer.elapsed()
                        << "ms";
    return true;
}

int InventoryIndex::stage(Staging *st, Kind kind, QStringView id, QStringView name, QStringView ref)
{
    Entry e;
    e.kind = quint8(kind);
    if (!parseGuid(id, &e.id)) {
        e.flags |= OddId;
        st->oddIds.insert(int(st->entries.size()), id.toString());
    }
    if (!ref.isEmpty())
        parseGuid(ref, &e.ref);
    e.nameAt = quint32(st->names.size());
    e.nameLen = quint32(name.size());
    st->names.append(name);
    st->entries.push_back(e);
    return int(st->entries.size()) - 1;
}

int InventoryIndex::place(const Staging &st, int staged, int parent)
{
    Entry e = st.entries[size_t(staged)];
    const int at = int(m_entries.size());
    e.parent = parent;
    e.nameAt = quint32(m_names.size());
    m_names.append(QStringView(st.names).mid(st.entries[size_t(staged)].nameAt, e.nameLen));
    m_names.append(QChar(0)); // the folded copy keeps the offsets; a match never spans two names
    if (e.flags & OddId)
        m_oddIds.insert(at, st.oddIds.value(staged));
    m_entries.push_back(e);
    return at;
}

void InventoryIndex::foldNames()
{
    m_folded = m_names.toCaseFolded();
    if (m_folded.size() == m_names.size()) {
        for (Entry &e : m_entries) {
            e.foldAt = e.nameAt;
            e.foldLen = e.nameLen;
        }
        return;
    }
    // Some name folds to a different length: fold name by name.
    m_folded.clear();
    for (Entry &e : m_entries) {
        const QString folded = QStringView(m_names).mid(e.nameAt, e.nameLen).toString().toCaseFolded();
        e.foldAt = quint32(m_folded.size());
        e.foldLen = quint32(folded.size());
        m_folded += folded;
        m_folded += QChar(0);
    }
}

void InventoryIndex::buildLookup()
{
    m_byId.clear();
    m_byId.reserve(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (!(m_entries[i].flags & OddId))
            m_byId.push_back({keyOf(m_entries[i].id), qint32(i)});
    }
    // The first entry of an id wins, except that a workspace's primary entry (the one holding its items)
    // goes before its other identities' entries.
    std::sort(m_byId.begin(), m_byId.end(), [this](const IdKey &a, const IdKey &b) {
        if (a.key != b.key)
            return a.key < b.key;
        const bool pa = m_entries[size_t(a.entry)].flags & Primary;
        const bool pb = m_entries[size_t(b.entry)].flags & Primary;
        return pa != pb ? pa : a.entry < b.entry;
    });
}

} // namespace td
