// Read side of InventoryStore: value-type reads, findById and searchByName.
#include "app/inventory/InventoryStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "app/db/SqliteDb.h"

namespace td {

namespace {

// Every row of a query, each made into a T by row().
template<typename T, typename Row>
QVector<T> readAll(const SqliteDb &db, const QString &sql, const QVariantList &binds, Row row)
{
    QVector<T> out;
    QSqlQuery q = db.run(sql, binds);
    while (q.next())
        out.push_back(row(q));
    return out;
}

// A row of six text columns, in the order of T's six QString members.
template<typename T> T sixTexts(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

InvWorkspace workspaceFrom(const QSqlQuery &q)
{
    // connection_id, id, profile_id, name, capacity_id, is_read_only
    return {q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
            q.value(2).toString(), q.value(4).toString(), q.value(5).toBool()};
}

InvItem itemFrom(const QSqlQuery &q)
{
    // workspace_id, kind, id, name, dataset_id, paginated, raw
    InvItem i;
    i.workspaceId = q.value(0).toString();
    itemKindFromName(q.value(1).toString(), &i.kind);
    i.id = q.value(2).toString();
    i.name = q.value(3).toString();
    i.datasetId = q.value(4).toString();
    i.paginated = q.value(5).toBool();
    i.raw = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return i;
}

QString key(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("") : id.toLower();
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kWorkspaceCols =
    QStringLiteral("SELECT connection_id, id, profile_id, name, capacity_id, is_read_only FROM workspaces ");

} // namespace

CrawlState InventoryStore::lastCrawl(const QString &connectionId) const
{
    CrawlState s;
    QSqlQuery q = m_db->run(QStringLiteral("SELECT started, finished, status, error_count FROM crawl_state"
                                           " WHERE connection_id = ?"),
                            {key(connectionId)});
    if (!q.next())
        return s;
    s.connectionId = key(connectionId);
    s.started = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    s.finished = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    s.status = q.value(2).toString();
    s.errorCount = q.value(3).toInt();
    return s;
}

QVector<InvProfile> InventoryStore::profiles(const QString &connectionId) const
{
    return readAll<InvProfile>(
        *m_db,
        QStringLiteral("SELECT connection_id, id, display_name FROM profiles WHERE connection_id = ?"
                       " ORDER BY display_name"),
        {key(connectionId)}, [](const QSqlQuery &q) {
            return InvProfile{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

QVector<InvWorkspace> InventoryStore::workspaces(const QString &connectionId) const
{
    return readAll<InvWorkspace>(*m_db,
                                 kWorkspaceCols + QStringLiteral("WHERE connection_id = ? ORDER BY name"),
                                 {key(connectionId)}, workspaceFrom);
}

QVector<InvWorkspace> InventoryStore::workspacesOf(const QString &connectionId,
                                                   const QString &asProfileId) const
{
    return readAll<InvWorkspace>(
        *m_db, kWorkspaceCols + QStringLiteral("WHERE connection_id = ? AND profile_id = ? ORDER BY name"),
        {key(connectionId), key(asProfileId)}, workspaceFrom);
}

QVector<InvItem> InventoryStore::items(const QString &workspaceId) const
{
    return readAll<InvItem>(*m_db,
                            QStringLiteral("SELECT * FROM items WHERE workspace_id = ? ORDER BY kind, name"),
                            {key(workspaceId)}, itemFrom);
}

QVector<InvItem> InventoryStore::items(const QString &workspaceId, ItemKind kind) const
{
    return readAll<InvItem>(
        *m_db, QStringLiteral("SELECT * FROM items WHERE workspace_id = ? AND kind = ? ORDER BY name"),
        {key(workspaceId), itemKindName(kind)}, itemFrom);
}

QVector<InvAccess> InventoryStore::access(const QString &workspaceId) const
{
    return readAll<InvAccess>(*m_db, QStringLiteral("SELECT * FROM access WHERE workspace_id = ?"),
                              {key(workspaceId)}, sixTexts<InvAccess>);
}

QVector<InvCapacity> InventoryStore::capacities(const QString &connectionId) const
{
    return readAll<InvCapacity>(
        *m_db,
        QStringLiteral("SELECT connection_id, id, display_name, sku, region, state"
                       " FROM capacities WHERE connection_id = ? ORDER BY display_name"),
        {key(connectionId)}, sixTexts<InvCapacity>);
}

int InventoryStore::itemCount() const
{
    QSqlQuery q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM items"), {});
    return q.next() ? q.value(0).toInt() : 0;
}

QString InventoryStore::profileName(const QString &connectionId, const QString &profileId) const
{
    if (profileId.isEmpty())
        return QString();
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT display_name FROM profiles WHERE connection_id = ? AND id = ?"),
                  {connectionId, profileId});
    return q.next() ? q.value(0).toString() : QString();
}

// A workspace and the identity it was seen through (a profile preferred over the SP).
FoundObject InventoryStore::resolveWorkspace(const QString &id, const QString &connectionId) const
{
    FoundObject f;
    QSqlQuery q =
        connectionId.isEmpty()
            ? m_db->run(kWorkspaceCols + QStringLiteral("WHERE id = ? ORDER BY profile_id DESC"), {id})
            : m_db->run(kWorkspaceCols +
                            QStringLiteral("WHERE id = ? AND connection_id = ? ORDER BY profile_id DESC"),
                        {id, connectionId});
    if (!q.next())
        return f;
    const InvWorkspace w = workspaceFrom(q);
    f.kind = FoundObject::Kind::Workspace;
    f.id = w.id;
    f.name = w.name;
    f.connectionId = w.connectionId;
    f.profileId = w.profileId;
    f.profileName = profileName(w.connectionId, w.profileId);
    f.workspaceId = w.id;
    f.workspaceName = w.name;
    return f;
}

FoundObject InventoryStore::findById(const QString &guid) const
{
    const QString id = guid.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    FoundObject f;
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT connection_id, display_name FROM profiles WHERE id = ?"), {id});
    if (q.next()) {
        f.kind = FoundObject::Kind::Profile;
        f.id = id;
        f.connectionId = q.value(0).toString();
        f.name = f.profileName = q.value(1).toString();
        f.profileId = id;
        return f;
    }
    f = resolveWorkspace(id);
    if (f.isValid())
        return f;
    q = m_db->run(QStringLiteral("SELECT * FROM items WHERE id = ?"), {id});
    if (q.next()) {
        const InvItem item = itemFrom(q);
        f = resolveWorkspace(item.workspaceId);
        f.kind = FoundObject::Kind::Item;
        f.itemKind = item.kind;
        f.id = item.id;
        f.name = item.name;
        f.workspaceId = item.workspaceId;
        return f;
    }
    q = m_db->run(QStringLiteral("SELECT connection_id, display_name FROM capacities WHERE id = ?"), {id});
    if (q.next()) {
        f.kind = FoundObject::Kind::Capacity;
        f.id = id;
        f.connectionId = q.value(0).toString();
        f.name = q.value(1).toString();
    }
    return f;
}

QJsonObject InventoryStore::rawJson(const FoundObject &o) const
{
    QString sql;
    QVariantList binds{key(o.connectionId), key(o.id)};
    switch (o.kind) {
    case FoundObject::Kind::None:
        return {};
    case FoundObject::Kind::Profile:
        sql = QStringLiteral("SELECT raw FROM profiles WHERE connection_id = ? AND id = ?");
        break;
    case FoundObject::Kind::Workspace: // as its identity saw it, else as any other
        sql = QStringLiteral("SELECT raw FROM workspaces WHERE connection_id = ? AND id = ?"
                             " ORDER BY profile_id = ? DESC");
        binds << key(o.profileId);
        break;
    case FoundObject::Kind::Item:
        sql = QStringLiteral("SELECT raw FROM items WHERE workspace_id = ? AND kind = ? AND id = ?");
        binds = {key(o.workspaceId), itemKindName(o.itemKind), key(o.id)};
        break;
    case FoundObject::Kind::Capacity:
        sql = QStringLiteral("SELECT raw FROM capacities WHERE connection_id = ? AND id = ?");
        break;
    }
    QSqlQuery q = m_db->run(sql, binds);
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

QVector<FoundObject> InventoryStore::searchByName(const QString &text, int limit) const
{
    QVector<FoundObject> out;
    if (text.trimmed().isEmpty() || limit <= 0)
        return out;
    const QString pattern = likePattern(text.trimmed());
    const QString sql =
        QStringLiteral("SELECT id FROM (SELECT id, display_name AS n, 0 AS o FROM profiles"
                       " UNION SELECT id, name, 1 FROM workspaces UNION SELECT id, name, 2 FROM items"
                       " UNION SELECT id, display_name, 3 FROM capacities)"
                       " WHERE n LIKE ? ESCAPE '\\' GROUP BY id ORDER BY MIN(o), MIN(n) LIMIT ?");
    QSqlQuery q = m_db->run(sql, {pattern, limit});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : qAsConst(ids)) {
        const FoundObject f = findById(id);
        if (f.isValid())
            out.push_back(f);
    }
    return out;
}

} // namespace td
