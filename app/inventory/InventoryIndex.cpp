#include "inventory/InventoryIndex.h"

#include <QElapsedTimer>
#include <algorithm>

#include "inventory/InventoryLogging.h"
#include "inventory/InventoryStore.h"

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

// A total order on GUIDs that is cheaper than QUuid's operator< (which looks at the variant first).
std::pair<quint64, quint64> keyOf(const QUuid &u)
{
    quint64 lo = 0;
    for (uchar b : u.data4)
        lo = (lo << 8) | b;
    return {(quint64(u.data1) << 32) | (quint64(u.data2) << 16) | u.data3, lo};
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

bool InventoryIndex::parseGuid(QStringView text, QUuid *guid)
{
    QStringView t = text.trimmed();
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
    const auto key = keyOf(g);
    const auto it =
        std::lower_bound(m_byId.begin(), m_byId.end(), key,
                         [](const IdKey &a, const std::pair<quint64, quint64> &k) { return a.key < k; });
    return it != m_byId.end() && it->key == key ? it->entry : -1;
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
