#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

class QSqlQuery;

namespace td {

// One named QSqlDatabase connection to one SQLite file, owned by one object (so several stores can
// coexist, each with its own connection name). Removes the connection when destroyed.
class SqliteDb
{
public:
    explicit SqliteDb(const QString &namePrefix);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    bool open(const QString &filePath, QString *error);
    // Opens and brings the schema to `version`: a file of a newer version is refused; an older (or new,
    // empty) file gets `create` run in one go. `what` names the file in messages ("the audit file").
    bool openSchema(const QString &filePath, int version, const QStringList &create, const QString &what,
                    QString *error);
    // The same with statements that depend on the version found under the write lock: upgrade(found)
    // returns what brings a file of schema `found` (0 = new) to `version`.
    bool openSchema(const QString &filePath, int version,
                    const std::function<QStringList(int found)> &upgrade, const QString &what,
                    QString *error);
    // Runs work in one BEGIN IMMEDIATE transaction: the write lock is taken first, so what work reads
    // stays true until it commits (another process waits). Rolled back when work returns false or the
    // commit fails; *why then has the database's error.
    bool writeTransaction(const std::function<bool()> &work, QString *why = nullptr) const;
    bool isOpen() const;
    QSqlDatabase db() const;
    QString connectionName() const { return m_name; }

    // Runs one statement with positional bindings; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &binds = {}) const;
    // The same for a query, whose rows the result holds (none after a failure).
    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    bool prepare(QSqlQuery &query, const QString &sql) const;
    int userVersion() const;
    bool setUserVersion(int version) const;

private:
    QString m_name;
};

} // namespace td
