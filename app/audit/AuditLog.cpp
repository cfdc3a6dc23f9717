#include "app/audit/AuditLog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "app/db/SqliteDb.h"
#include "app/inventory/InventoryLogging.h"
#include "app/util/DataDir.h"

namespace td {

AuditLog::AuditLog(const QString &filePath, QObject *parent)
    : QObject(parent), m_path(filePath), m_db(std::make_unique<SqliteDb>(QStringLiteral("td.audit")))
{}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultPath()
{
    return DataDir::filePath(QStringLiteral("audit.sqlite"));
}

bool AuditLog::open(QString *error)
{
    return m_db->openSchema(
        m_path, SchemaVersion,
        {QStringLiteral(
             "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL,"
             " connection_id TEXT, identity TEXT, action TEXT, target_kind TEXT, target_id TEXT,"
             " target_name TEXT, ok INTEGER, error TEXT, request_id TEXT, details TEXT)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS audit_connection ON audit (connection_id, id)")},
        tr("The audit file"), error);
}

QString AuditLog::scrub(const QString &text)
{
    static const QRegularExpression bearer(QStringLiteral("(bearer)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression keyValue(
        QStringLiteral("((?:client_secret|secret|password|access_token|refresh_token|token)\"?\\s*[=:]\\s*\"?"
                       ")[^\\s\"&,}]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1 <redacted>"));
    out.replace(jwt, QStringLiteral("<redacted>"));
    out.replace(keyValue, QStringLiteral("\\1<redacted>"));
    return out;
}

bool AuditLog::append(const AuditEntry &e)
{
    const QDateTime when = e.when.isValid() ? e.when.toUTC() : QDateTime::currentDateTimeUtc();
    const bool ok =
        m_db->exec(QStringLiteral("INSERT INTO audit (time, connection_id, identity, action, target_kind,"
                                  " target_id, target_name, ok, error, request_id, details)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {when.toString(Qt::ISODateWithMs), e.connectionId.toLower(), e.identity.toLower(),
                    e.action, e.targetKind, e.targetId.toLower(), scrub(e.targetName), e.ok ? 1 : 0,
                    scrub(e.error), e.requestId, scrub(e.details)});
    if (!ok)
        qCWarning(lcAudit) << "audit entry not written:" << e.action;
    else
        Q_EMIT appended();
    return ok;
}

QVector<AuditEntry> AuditLog::latest(int limit, const QString &connectionId) const
{
    QVector<AuditEntry> out;
    const bool one = !connectionId.isEmpty();
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT * FROM audit%1 ORDER BY id DESC LIMIT ?")
                      .arg(one ? QStringLiteral(" WHERE connection_id = ?") : QString()),
                  one ? QVariantList{connectionId.toLower(), qMax(0, limit)} : QVariantList{qMax(0, limit)});
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.connectionId = q.value(2).toString();
        e.identity = q.value(3).toString();
        e.action = q.value(4).toString();
        e.targetKind = q.value(5).toString();
        e.targetId = q.value(6).toString();
        e.targetName = q.value(7).toString();
        e.ok = q.value(8).toBool();
        e.error = q.value(9).toString();
        e.requestId = q.value(10).toString();
        e.details = q.value(11).toString();
        out.push_back(e);
    }
    return out;
}

int AuditLog::count() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace td
