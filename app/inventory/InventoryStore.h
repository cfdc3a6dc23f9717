#pragma once
#include <QCoreApplication>
#include <QVariant>
#include <functional>
#include <memory>

#include "app/inventory/InventoryTypes.h"

namespace td {

class SqliteDb;

// The local inventory cache (SQLite): per connection its crawl state, profiles, workspaces (with the
// identity they were seen through), items, access entries and capacities. Each store has its own
// database connection, so several can coexist. Writes replace one scope in one transaction.
// Ids are GUIDs and are stored (and looked up) lower case.
class InventoryStore
{
    Q_DECLARE_TR_FUNCTIONS(InventoryStore)
public:
    static constexpr int SchemaVersion = 1;

    explicit InventoryStore(const QString &filePath);
    ~InventoryStore();
    InventoryStore(const InventoryStore &) = delete;
    InventoryStore &operator=(const InventoryStore &) = delete;

    static QString defaultPath();        // <AppDataLocation>/inventory.sqlite
    bool open(QString *error = nullptr); // creates or migrates the schema
    bool isOpen() const;
    QString filePath() const { return m_path; }

    // Batches: many writes in one transaction (a crawl writes thousands of small scopes; a commit each would
    // sync the disk thousands of times). Each replace-write stays atomic inside the batch (a savepoint).
    // Readers on other connections see the batch's writes once it is committed.
    bool beginBatch();
    bool commitBatch(); // no-op when no batch is open

    // Crawl state
    bool beginCrawl(const QString &connectionId, const QDateTime &startedUtc);
    bool finishCrawl(const QString &connectionId, const QDateTime &finishedUtc, const QString &status,
                     int errorCount);
    CrawlState lastCrawl(const QString &connectionId) const;

    // Replace-per-scope writes (one transaction each)
    bool replaceProfiles(const QString &connectionId, const QVector<Profile> &profiles);
    bool replaceWorkspaces(const QString &connectionId, const QString &asProfileId,
                           const QVector<Workspace> &workspaces);
    bool replaceItems(const QString &workspaceId, ItemKind kind, const QVector<InvItem> &items);
    bool replaceAccess(const QString &workspaceId, const QVector<GroupUser> &users);
    bool replaceCapacities(const QString &connectionId, const QVector<Capacity> &capacities);
    bool removeWorkspace(const QString &workspaceId); // with its items and access
    // A workspace moved (capacity assignment finished): its capacity id in every identity's row and in the
    // stored JSON; "" (or the empty GUID) = shared capacity. True also when the workspace is not cached.
    bool setWorkspaceCapacity(const QString &workspaceId, const QString &capacityId);
    bool removeProfile(const QString &connectionId, const QString &profileId); // with what it alone saw

    // Reads
    QVector<InvProfile> profiles(const QString &connectionId) const;
    QVector<InvWorkspace> workspaces(const QString &connectionId) const; // every identity's
    QVector<InvWorkspace> workspacesOf(const QString &connectionId, const QString &asProfileId) const;
    QVector<InvItem> items(const QString &workspaceId) const;
    QVector<InvItem> items(const QString &workspaceId, ItemKind kind) const;
    QVector<InvAccess> access(const QString &workspaceId) const;
    QVector<InvCapacity> capacities(const QString &connectionId) const;
    int itemCount() const;
    // Bulk read for in-memory indexes: every item of the connection's workspaces in one query, without
    // the raw JSON, grouped by workspace. The views are valid during the call only.
    struct ItemRow
    {
        QString workspaceId;
        ItemKind kind;
        bool paginated;
        QStringView id;
        QStringView datasetId;
        QStringView name;
    };
    void forEachItemRow(const QString &connectionId, const std::function<void(const ItemRow &)> &visit) const;

    FoundObject findById(const QString &guid) const;
    // The object as the service returned it when it was crawled (an index or findById hit); {} if unknown.
    QJsonObject rawJson(const FoundObject &object) const;
    QVector<FoundObject> searchByName(const QString &text, int limit = 100) const;

private:
    bool createSchema();
    bool migrate(int fromVersion); // hook: one step per version
    bool inTransaction(const std::function<bool()> &work);
    bool dropOrphans();
    bool insertRows(const QString &sql, const QVector<QVariantList> &rows);
    FoundObject resolveWorkspace(const QString &id, const QString &connectionId = {}) const;
    QString profileName(const QString &connectionId, const QString &profileId) const;

    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
    bool m_batching = false;
};

} // namespace td
