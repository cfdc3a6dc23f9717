#include "app/migration/MigrationStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "app/db/SqliteDb.h"
#include "app/util/DataDir.h"

namespace td {

MigrationStore::MigrationStore(const QString &filePath)
    : m_path(filePath), m_db(std::make_unique<SqliteDb>(QStringLiteral("td.migrations")))
{}

MigrationStore::~MigrationStore() = default;

QString MigrationStore::defaultPath()
{
    return DataDir::filePath(QStringLiteral("migrations.sqlite"));
}

bool MigrationStore::open(QString *error)
{
    return m_db->openSchema(
        m_path, SchemaVersion,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (connection_id TEXT PRIMARY "
                        "KEY, state TEXT NOT NULL, updated TEXT NOT NULL)")},
        tr("The migration journal"), error);
}

bool MigrationStore::isOpen() const
{
    return m_db->isOpen();
}

MigrationState MigrationStore::load(const QString &connectionId) const
{
    MigrationState fresh;
    fresh.connectionId = connectionId;
    if (!isOpen())
        return fresh;
    QSqlQuery q(m_db->db());
    if (!m_db->prepare(q, QStringLiteral("SELECT state FROM migrations WHERE connection_id = ?")))
        return fresh;
    q.addBindValue(connectionId.toLower());
    if (!q.exec() || !q.next())
        return fresh;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isObject())
        return fresh;
    MigrationState s = MigrationState::fromJson(doc.object());
    s.connectionId = connectionId;
    return s;
}

bool MigrationStore::save(MigrationState &state, QString *error)
{
    state.updated = QDateTime::currentDateTimeUtc();
    const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
    const bool ok = isOpen() && m_db->exec(QStringLiteral("INSERT OR REPLACE INTO migrations (connection_id, "
                                                          "state, updated) VALUES (?, ?, ?)"),
                                           {state.connectionId.toLower(), QString::fromUtf8(json),
                                            state.updated.toString(Qt::ISODateWithMs)});
    if (!ok && error)
        *error = tr("The migration journal could not be written (%1).").arg(m_path);
    return ok;
}

bool MigrationStore::remove(const QString &connectionId)
{
    return m_db->exec(QStringLiteral("DELETE FROM migrations WHERE connection_id = ?"),
                      {connectionId.toLower()});
}

} // namespace td
