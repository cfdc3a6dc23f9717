#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>
#include <vector>

#include "app/inventory/InventoryTypes.h"

namespace td {

class InventoryStore;

// An in-memory index of one connection's cached inventory: profiles, the workspaces each identity (the
// service principal or a profile) sees, their items of every kind, and the capacities. Loaded from the
// InventoryStore in one pass. Entries are compact (binary ids, names in two shared string pools: as
// shown and case-folded) and ordered as the tree shows them: the SP's workspaces, then each profile with
// its workspaces, each workspace followed by its items; capacities last.
//
// match() filters by case-insensitive substring; a text that extends the previous one narrows the
// previous result instead of scanning again. A GUID (with or without braces, any case) is an id lookup.
class InventoryIndex
{
    Q_DECLARE_TR_FUNCTIONS(InventoryIndex)
public:
    enum class Kind : quint8 { Profile, Workspace, Report, Dataset, Dashboard, Dataflow, Capacity };

    struct Result
    {
        QString text;          // as asked (trimmed)
        bool idLookup = false; // the text was a GUID
        QVector<int> entries;  // the first `limit` matches (entry numbers), in tree order
        int total = 0;         // all matches
    };

    bool load(const InventoryStore &store, const QString &connectionId);
    void clear();

    QString connectionId() const { return m_connectionId; }
    CrawlState crawlState() const { return m_crawl; } // when the loaded inventory was crawled
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    int count(Kind kind) const;

    Result match(const QString &text, int limit);
    int find(const QString &guidText) const;              // the entry with that id, or -1
    static bool parseGuid(QStringView text, QUuid *guid); // exactly one GUID, braces optional

    // One entry
    Kind kind(int entry) const { return Kind(m_entries[size_t(entry)].kind); }
    QString id(int entry) const;
    QString name(int entry) const;
    int parent(int entry) const { return m_entries[size_t(entry)].parent; } // item -> workspace -> profile
    int profileOf(int entry) const; // the profile entry above (or itself), -1 = the SP or none
    int workspaceOf(int entry) const;
    QString capacityId(int entry) const; // workspaces
    QString datasetId(int entry) const;  // reports
    bool isPaginated(int entry) const { return m_entries[size_t(entry)].flags & Paginated; }
    FoundObject found(int entry) const; // kind, id, name and path (profile -> workspace -> item)

    static QString kindName(Kind kind);   // "profile", "workspace", "report", ... (stored form)
    static QString idKindText(Kind kind); // "profile id", "workspace id", "item id", "capacity id"

private:
    enum Flag : quint8 { Paginated = 1, OddId = 2, Primary = 4 }; // Primary: the workspace entry with items
    struct Entry
    {
        QUuid id;
        QUuid ref;           // a workspace's capacity id, a report's dataset id
        quint32 nameAt = 0;  // in m_names
        quint32 foldAt = 0;  // in m_folded
        quint32 nameLen = 0; // UTF-16 units
        quint32 foldLen = 0;
        qint32 parent = -1;
        quint8 kind = 0;
        quint8 flags = 0;
    };

    struct Staging // entries as read from the store, before they are placed in tree order
    {
        std::vector<Entry> entries;
        QString names;
        QHash<int, QString> oddIds;
    };
    static int stage(Staging *st, Kind kind, QStringView id, QStringView name, QStringView ref);
    int place(const Staging &st, int staged, int parent);
    void foldNames();
    void buildLookup();
    // A total order on GUIDs, cheaper than QUuid's operator< (which looks at the variant first).
    static std::pair<quint64, quint64> keyOf(const QUuid &u);
    int entryAtFold(qsizetype pos) const;
    void scanAll(QStringView needle, QVector<int> *out) const;
    bool foldedContains(int entry, QStringView needle) const;

    QString m_connectionId;
    CrawlState m_crawl;
    std::vector<Entry> m_entries;
    QString m_names;  // names as shown, back to back
    QString m_folded; // case-folded names, each followed by a NUL
    struct IdKey
    {
        std::pair<quint64, quint64> key; // the GUID's 128 bits
        qint32 entry;
    };
    std::vector<IdKey> m_byId;    // sorted by id; of a shared workspace id, the primary entry first
    QHash<int, QString> m_oddIds; // ids that are not GUIDs (kept verbatim)
    QString m_lastNeedle;         // the previous name query (folded)
    QVector<int> m_lastAll;       // all of its matches
};

} // namespace td
