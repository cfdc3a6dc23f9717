#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QVector>
#include <memory>

namespace td {

class SqliteDb;

// One user action against a tenant (create/delete/rename/add user ...). Never holds a secret or token:
// details are scrubbed of bearer tokens, JWTs and secret-looking key=value pairs before storage.
struct AuditEntry
{
    qint64 id = 0;  // assigned by the log
    QDateTime when; // UTC
    QString connectionId;
    QString identity; // "" = the service principal, else the profile id acted as
    QString action;   // e.g. "deleteGroup"
    QString targetKind;
    QString targetId;
    QString targetName;
    bool ok = true;
    QString error; // one-line error summary when !ok
    QString requestId;
    QString details;
};

// Append-only audit trail in its own SQLite file (own connection name; several may coexist).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static constexpr int SchemaVersion = 1;
    explicit AuditLog(const QString &filePath);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    static QString defaultPath(); // <AppDataLocation>/audit.sqlite
    bool open(QString *error = nullptr);
    bool append(const AuditEntry &entry); // entry.id is ignored
    // Newest first; connectionId empty = every connection.
    QVector<AuditEntry> latest(int limit, const QString &connectionId = {}) const;
    int count() const;

    static QString scrub(const QString &text); // removes anything that looks like a credential

private:
    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace td
