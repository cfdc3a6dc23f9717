#include "app/db/SqliteDb.h"

#include <QCoreApplication>
#include <QFile>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "app/inventory/InventoryLogging.h"
#include "app/util/DataDir.h"

Q_LOGGING_CATEGORY(lcInventory, "td.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "td.audit", QtInfoMsg)

namespace td {

SqliteDb::SqliteDb(const QString &namePrefix)
    : m_name(namePrefix + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteDb::~SqliteDb()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isValid())
            d.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

bool SqliteDb::open(const QString &filePath, QString *error)
{
    QSqlDatabase d = QSqlDatabase::contains(m_name)
                         ? QSqlDatabase::database(m_name, false)
                         : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    d.setDatabaseName(filePath);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")); // another process may hold the lock
    // SQLite gives its -wal and -shm files the database file's permissions: create it 0600 first.
    const bool onDisk = !filePath.isEmpty() && filePath != QLatin1String(":memory:");
    if (onDisk) {
        QFile file(filePath);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.close();
        DataDir::makePrivate(filePath);
    }
    if (!d.open()) {
        if (error)
            *error = d.lastError().text();
        return false;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (onDisk) { // files left by an older version, before the rule
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            DataDir::makePrivate(filePath + QLatin1String(suffix));
    }
    return true;
}

bool SqliteDb::openSchema(const QString &filePath, int version, const QStringList &create,
                          const QString &what, QString *error)
{
    return openSchema(
        filePath, version, [create](int) { return create; }, what, error);
}

bool SqliteDb::openSchema(const QString &filePath, int version,
                          const std::function<QStringList(int found)> &upgrade, const QString &what,
                          QString *error)
{
    if (!open(filePath, error))
        return false;
    if (userVersion() == version)
        return true;
    // The upgrade runs in one transaction that takes the write lock first, and looks at the version
    // again under it: processes that start together upgrade once, and an interrupted upgrade leaves the
    // file as it was.
    int found = 0;
    QString why;
    const bool ok = writeTransaction(
        [&] {
            found = userVersion();
            if (found >= version)
                return found == version;
            for (const QString &sql : upgrade(found)) {
                if (!exec(sql))
                    return false;
            }
            return setUserVersion(version);
        },
        &why);
    if (!ok && error)
        *error =
            found > version
                ? QCoreApplication::translate("SqliteDb", "%1 was written by a newer TenantDesk (schema %2).")
                      .arg(what)
                      .arg(found)
                : QCoreApplication::translate("SqliteDb", "%1 could not be prepared: %2").arg(what, why);
    return ok;
}

bool SqliteDb::writeTransaction(const std::function<bool()> &work, QString *why) const
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (why)
            *why = db().lastError().text();
        return false;
    }
    if (work() && exec(QStringLiteral("COMMIT")))
        return true;
    if (why)
        *why = db().lastError().text();
    exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool SqliteDb::isOpen() const
{
    return QSqlDatabase::contains(m_name) && db().isOpen();
}

QSqlDatabase SqliteDb::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteDb::prepare(QSqlQuery &query, const QString &sql) const
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcInventory) << "prepare failed:" << query.lastError().text();
    return false;
}

bool SqliteDb::exec(const QString &sql, const QVariantList &binds) const
{
    return run(sql, binds).isActive();
}

QSqlQuery SqliteDb::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!prepare(q, sql))
        return q;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qCWarning(lcInventory) << "statement failed:" << q.lastError().text();
    return q;
}

int SqliteDb::userVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool SqliteDb::setUserVersion(int version) const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

} // namespace td
