#include "app/inventory/InventoryStore.h"

#include <QSet>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "app/db/SqliteDb.h"
#include "app/inventory/InventoryLogging.h"
#include "app/util/DataDir.h"

namespace td {

namespace {

// Never a null QString: QtSql binds a null string as SQL NULL ("" is the service principal).
QString lower(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("") : id.toLower();
}

QString rawText(const QJsonObject &raw)
{
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

const char *const kSchemaV1[] = {
    "CREATE TABLE crawl_state (connection_id TEXT PRIMARY KEY, started TEXT, finished TEXT, status TEXT,"
    " error_count INTEGER)",
    "CREATE TABLE profiles (connection_id TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT, raw TEXT,"
    " PRIMARY KEY (connection_id, id))",
    "CREATE INDEX profiles_id ON profiles (id)",
    "CREATE INDEX profiles_name ON profiles (display_name)",
    "CREATE TABLE workspaces (connection_id TEXT NOT NULL, id TEXT NOT NULL, profile_id TEXT NOT NULL,"
    " name TEXT, capacity_id TEXT, is_read_only INTEGER, raw TEXT,"
    " PRIMARY KEY (connection_id, profile_id, id))",
    "CREATE INDEX workspaces_id ON workspaces (id)",
    "CREATE INDEX workspaces_name ON workspaces (name)",
    "CREATE INDEX workspaces_capacity ON workspaces (capacity_id)",
    "CREATE TABLE items (workspace_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT,"
    " dataset_id TEXT, paginated INTEGER, raw TEXT, PRIMARY KEY (workspace_id, kind, id))",
    "CREATE INDEX items_id ON items (id)",
    "CREATE INDEX items_name ON items (name)",
    "CREATE INDEX items_dataset ON items (dataset_id)",
    "CREATE TABLE access (workspace_id TEXT NOT NULL, identifier TEXT, principal_type TEXT, role TEXT,"
    " profile_id TEXT, display_name TEXT)",
    "CREATE INDEX access_workspace ON access (workspace_id)",
    "CREATE INDEX access_identifier ON access (identifier)",
    "CREATE TABLE capacities (connection_id TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT, sku TEXT,"
    " region TEXT, state TEXT, raw TEXT, PRIMARY KEY (connection_id, id))",
    "CREATE INDEX capacities_id ON capacities (id)",
    "CREATE INDEX capacities_name ON capacities (display_name)",
};

} // namespace

InventoryStore::InventoryStore(const QString &filePath)
    : m_path(filePath), m_db(std::make_unique<SqliteDb>(QStringLiteral("td.inventory")))
{}

InventoryStore::~InventoryStore()
{
    commitBatch();
}

bool InventoryStore::beginBatch()
{
    if (m_batching)
        return true;
    m_batching = m_db->isOpen() && m_db->db().transaction();
    return m_batching;
}

bool InventoryStore::commitBatch()
{
    if (!m_batching)
        return true;
    m_batching = false;
    QSqlDatabase d = m_db->db();
    if (d.commit())
        return true;
    qCWarning(lcInventory) << "inventory batch not committed:" << d.lastError().text();
    d.rollback();
    return false;
}

QString InventoryStore::defaultPath()
{
    return DataDir::filePath(QStringLiteral("inventory.sqlite"));
}

bool InventoryStore::open(QString *error)
{
    if (!m_db->open(m_path, error))
        return false;
    const int version = m_db->userVersion();
    if (version > SchemaVersion) {
        if (error)
            *error = tr("The inventory file was written by a newer TenantDesk (schema %1).").arg(version);
        m_db->db().close();
        return false;
    }
    const bool ok = version == 0 ? createSchema() : migrate(version);
    if (!ok && error)
        *error = tr("The inventory file could not be prepared: %1").arg(m_db->db().lastError().text());
    return ok;
}

bool InventoryStore::isOpen() const
{
    return m_db->isOpen();
}

bool InventoryStore::createSchema()
{
    return inTransaction([this] {
        for (const char *sql : kSchemaV1) {
            if (!m_db->exec(QString::fromLatin1(sql)))
                return false;
        }
        return m_db->setUserVersion(SchemaVersion);
    });
}

bool InventoryStore::migrate(int fromVersion)
{
    // One step per schema version goes here (fromVersion -> fromVersion + 1), each in a transaction.
    for (int v = fromVersion; v < SchemaVersion; ++v) {
        qCInfo(lcInventory) << "migrating inventory schema from" << v;
        return false; // no older schema exists yet
    }
    return true;
}

bool InventoryStore::inTransaction(const std::function<bool()> &work)
{
    if (m_batching) { // inside a batch: the scope is a savepoint, so a failed write undoes only itself
        if (!m_db->exec(QStringLiteral("SAVEPOINT scope")))
            return false;
        if (work())
            return m_db->exec(QStringLiteral("RELEASE scope"));
        m_db->exec(QStringLiteral("ROLLBACK TO scope"));
        m_db->exec(QStringLiteral("RELEASE scope"));
        return false;
    }
    QSqlDatabase d = m_db->db();
    if (!d.transaction())
        return false;
    if (work() && d.commit())
        return true;
    d.rollback();
    return false;
}

bool InventoryStore::beginCrawl(const QString &connectionId, const QDateTime &startedUtc)
{
    return m_db->exec(QStringLiteral("INSERT OR REPLACE INTO crawl_state VALUES (?, ?, NULL, 'running', 0)"),
                      {lower(connectionId), startedUtc.toUTC().toString(Qt::ISODateWithMs)});
}

bool InventoryStore::finishCrawl(const QString &connectionId, const QDateTime &finishedUtc,
                                 const QString &status, int errorCount)
{
    return m_db->exec(
        QStringLiteral(
            "UPDATE crawl_state SET finished = ?, status = ?, error_count = ? WHERE connection_id = ?"),
        {finishedUtc.toUTC().toString(Qt::ISODateWithMs), status, errorCount, lower(connectionId)});
}

bool InventoryStore::insertRows(const QString &sql, const QVector<QVariantList> &rows)
{
    QSqlQuery q(m_db->db());
    if (!m_db->prepare(q, sql))
        return false;
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        if (!q.exec()) {
            qCWarning(lcInventory) << "insert failed:" << q.lastError().text();
            return false;
        }
    }
    return true;
}

bool InventoryStore::replaceProfiles(const QString &connectionId, const QVector<Profile> &profiles)
{
    const QString conn = lower(connectionId);
    QVector<QVariantList> rows;
    for (const Profile &p : profiles)
        rows.push_back({conn, lower(p.id), p.displayName, rawText(p.raw)});
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM profiles WHERE connection_id = ?"), {conn}) &&
               insertRows(QStringLiteral("INSERT OR REPLACE INTO profiles VALUES (?, ?, ?, ?)"), rows) &&
               // Workspaces seen through a profile that is gone go with it.
               m_db->exec(
                   QStringLiteral("DELETE FROM workspaces WHERE connection_id = ? AND profile_id <> ''"
                                  " AND profile_id NOT IN (SELECT id FROM profiles WHERE connection_id = ?)"),
                   {conn, conn}) &&
               dropOrphans();
    });
}

bool InventoryStore::replaceWorkspaces(const QString &connectionId, const QString &asProfileId,
                                       const QVector<Workspace> &workspaces)
{
    const QString conn = lower(connectionId);
    const QString profile = lower(asProfileId);
    QVector<QVariantList> rows;
    for (const Workspace &w : workspaces)
        rows.push_back(
            {conn, lower(w.id), profile, w.name, lower(w.capacityId), w.isReadOnly ? 1 : 0, rawText(w.raw)});
    QSet<QString> fresh;
    for (const Workspace &w : workspaces)
        fresh.insert(lower(w.id));
    return inTransaction([&] {
        // Only the workspaces this scope no longer sees can have become orphans: checking just those keeps
        // a crawl of thousands of scopes linear (a full orphan sweep per scope would be quadratic).
        QStringList gone;
        QSqlQuery q =
            m_db->run(QStringLiteral("SELECT id FROM workspaces WHERE connection_id = ? AND profile_id = ?"),
                      {conn, profile});
        if (!q.isActive())
            return false;
        while (q.next()) {
            if (!fresh.contains(q.value(0).toString()))
                gone.append(q.value(0).toString());
        }
        if (!m_db->exec(QStringLiteral("DELETE FROM workspaces WHERE connection_id = ? AND profile_id = ?"),
                        {conn, profile}) ||
            !insertRows(QStringLiteral("INSERT OR REPLACE INTO workspaces VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        rows))
            return false;
        for (const QString &id : gone) {
            for (const char *table : {"items", "access"}) {
                if (!m_db->exec(QStringLiteral("DELETE FROM %1 WHERE workspace_id = ? AND NOT EXISTS"
                                               " (SELECT 1 FROM workspaces WHERE id = ?)")
                                    .arg(QLatin1String(table)),
                                {id, id}))
                    return false;
            }
        }
        return true;
    });
}

bool InventoryStore::dropOrphans()
{
    // Items and access of workspaces no identity sees any more.
    return m_db->exec(
               QStringLiteral("DELETE FROM items WHERE workspace_id NOT IN (SELECT id FROM workspaces)")) &&
           m_db->exec(
               QStringLiteral("DELETE FROM access WHERE workspace_id NOT IN (SELECT id FROM workspaces)"));
}

bool InventoryStore::replaceItems(const QString &workspaceId, ItemKind kind, const QVector<InvItem> &items)
{
    const QString ws = lower(workspaceId);
    const QString kindName = itemKindName(kind);
    QVector<QVariantList> rows;
    for (const InvItem &i : items)
        rows.push_back(
            {ws, kindName, lower(i.id), i.name, lower(i.datasetId), i.paginated ? 1 : 0, rawText(i.raw)});
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM items WHERE workspace_id = ? AND kind = ?"),
                          {ws, kindName}) &&
               insertRows(QStringLiteral("INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?, ?, ?)"), rows);
    });
}

bool InventoryStore::replaceAccess(const QString &workspaceId, const QVector<GroupUser> &users)
{
    const QString ws = lower(workspaceId);
    QVector<QVariantList> rows;
    for (const GroupUser &u : users)
        rows.push_back({ws, u.identifier, u.principalType, u.groupUserAccessRight, lower(u.profileId),
                        u.profileDisplayName.isEmpty() ? u.displayName : u.profileDisplayName});
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM access WHERE workspace_id = ?"), {ws}) &&
               insertRows(QStringLiteral("INSERT INTO access VALUES (?, ?, ?, ?, ?, ?)"), rows);
    });
}

bool InventoryStore::replaceCapacities(const QString &connectionId, const QVector<Capacity> &capacities)
{
    const QString conn = lower(connectionId);
    QVector<QVariantList> rows;
    for (const Capacity &c : capacities)
        rows.push_back({conn, lower(c.id), c.displayName, c.sku, c.region, c.state, rawText(c.raw)});
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM capacities WHERE connection_id = ?"), {conn}) &&
               insertRows(QStringLiteral("INSERT OR REPLACE INTO capacities VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          rows);
    });
}

bool InventoryStore::removeWorkspace(const QString &workspaceId)
{
    const QString ws = lower(workspaceId);
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {ws}) &&
               m_db->exec(QStringLiteral("DELETE FROM items WHERE workspace_id = ?"), {ws}) &&
               m_db->exec(QStringLiteral("DELETE FROM access WHERE workspace_id = ?"), {ws});
    });
}

bool InventoryStore::setWorkspaceCapacity(const QString &workspaceId, const QString &capacityId)
{
    const QString ws = lower(workspaceId);
    QString cap = lower(capacityId);
    if (cap == QLatin1String("00000000-0000-0000-0000-000000000000"))
        cap.clear();
    return inTransaction([&] {
        QSqlQuery q = m_db->run(QStringLiteral("SELECT DISTINCT raw FROM workspaces WHERE id = ?"), {ws});
        if (!q.isActive())
            return false;
        QVector<QPair<QString, QString>> raws; // old raw -> new raw
        while (q.next()) {
            const QString old = q.value(0).toString();
            QJsonObject o = QJsonDocument::fromJson(old.toUtf8()).object();
            if (o.isEmpty())
                continue;
            if (cap.isEmpty())
                o.remove(QStringLiteral("capacityId"));
            else
                o.insert(QStringLiteral("capacityId"), cap);
            if (o.contains(QStringLiteral("isOnDedicatedCapacity")))
                o.insert(QStringLiteral("isOnDedicatedCapacity"), !cap.isEmpty());
            raws.push_back({old, rawText(o)});
        }
        for (const auto &r : raws) {
            if (!m_db->exec(QStringLiteral("UPDATE workspaces SET raw = ? WHERE id = ? AND raw = ?"),
                            {r.second, ws, r.first}))
                return false;
        }
        return m_db->exec(QStringLiteral("UPDATE workspaces SET capacity_id = ? WHERE id = ?"), {cap, ws});
    });
}

bool InventoryStore::removeProfile(const QString &connectionId, const QString &profileId)
{
    const QString conn = lower(connectionId);
    const QString profile = lower(profileId);
    if (profile.isEmpty())
        return false;
    return inTransaction([&] {
        return m_db->exec(QStringLiteral("DELETE FROM profiles WHERE connection_id = ? AND id = ?"),
                          {conn, profile}) &&
               m_db->exec(QStringLiteral("DELETE FROM workspaces WHERE connection_id = ? AND profile_id = ?"),
                          {conn, profile}) &&
               dropOrphans();
    });
}

} // namespace td
