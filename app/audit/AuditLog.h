#pragma once
#include <QDateTime>
#include <QObject>
#include <QVector>
#include <memory>

namespace td {

class SqliteDb;

// One request that changed (or tried to change) a tenant: create/delete/rename/add user ..., one row per
// send (RequestAudit, appended by the RequestScheduler). Never holds a secret or token:
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
class AuditLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;
    explicit AuditLog(const QString &filePath, QObject *parent = nullptr);
    ~AuditLog() override;

    static QString defaultPath(); // <AppDataLocation>/audit.sqlite
    bool open(QString *error = nullptr);
    bool append(const AuditEntry &entry); // entry.id is ignored
    // Newest first; connectionId empty = every connection.
    QVector<AuditEntry> latest(int limit, const QString &connectionId = {}) const;
    int count() const;

    static QString scrub(const QString &text); // removes anything that looks like a credential

Q_SIGNALS:
    void appended(); // after a row was written

private:
    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace td
