#include "app/inventory/InventoryIndex.h"

#include <algorithm>

#include "app/domain/JsonFields.h"

namespace td {

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

const EnumKey<InventoryIndex::Kind> kIndexKinds[] = {
    {InventoryIndex::Kind::Profile, "profile"},     {InventoryIndex::Kind::Workspace, "workspace"},
    {InventoryIndex::Kind::Report, "report"},       {InventoryIndex::Kind::Dataset, "dataset"},
    {InventoryIndex::Kind::Dashboard, "dashboard"}, {InventoryIndex::Kind::Dataflow, "dataflow"},
    {InventoryIndex::Kind::Capacity, "capacity"}};
} // namespace

std::pair<quint64, quint64> InventoryIndex::keyOf(const QUuid &u)
{
    quint64 lo = 0;
    for (uchar b : u.data4)
        lo = (lo << 8) | b;
    return {(quint64(u.data1) << 32) | (quint64(u.data2) << 16) | u.data3, lo};
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
    return enumKey(kIndexKinds, kind);
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
