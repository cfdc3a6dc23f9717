#include "app/registry/CustomerRegistry.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "app/db/SqliteDb.h"
#include "app/util/Csv.h"
#include "app/util/DataDir.h"

namespace td {

namespace {
const char *const kColumns =
    "customer_id, display_name, connection_id, identity, profile_id, "
    "identity_connection_id, workspace_ids, capacity_id, status, created, updated, onboarding";

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

CustomerRegistry::CustomerRegistry(const QString &filePath, QObject *parent)
    : QObject(parent), m_path(filePath), m_db(std::make_unique<SqliteDb>(QStringLiteral("td.customers")))
{}

CustomerRegistry::~CustomerRegistry() = default;

QString CustomerRegistry::defaultPath()
{
    return DataDir::filePath(QStringLiteral("customers.sqlite"));
}

bool CustomerRegistry::open(QString *error)
{
    return m_db->openSchema(
        m_path, SchemaVersion,
        {QStringLiteral(
             "CREATE TABLE IF NOT EXISTS customers (connection_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
             " customer_key TEXT NOT NULL, display_name TEXT NOT NULL, identity TEXT NOT NULL,"
             " profile_id TEXT, identity_connection_id TEXT, workspace_ids TEXT, capacity_id TEXT,"
             " status TEXT, created TEXT, updated TEXT, PRIMARY KEY (connection_id, customer_key))"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS customers_profile ON customers (profile_id)"),
         // schema 1 -> 2 (a new file runs every statement: it gets the column here too)
         QStringLiteral("ALTER TABLE customers ADD COLUMN onboarding TEXT")},
        tr("The customer registry"), error);
}

// One statement for add and replace: a row that exists keeps its created time (and, for an import,
// what its onboarding created, which a CSV does not carry).
QString CustomerRegistry::upsertSql(bool keepOnboarding)
{
    return QStringLiteral(
               "INSERT INTO customers (connection_id, customer_id, customer_key, display_name, identity,"
               " profile_id, identity_connection_id, workspace_ids, capacity_id, status, created, updated,"
               " onboarding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
               " ON CONFLICT (connection_id, customer_key) DO UPDATE SET customer_id = excluded.customer_id,"
               " display_name = excluded.display_name, identity = excluded.identity,"
               " profile_id = excluded.profile_id, identity_connection_id = excluded.identity_connection_id,"
               " workspace_ids = excluded.workspace_ids, capacity_id = excluded.capacity_id,"
               " status = excluded.status, updated = excluded.updated%1")
        .arg(keepOnboarding ? QString() : QStringLiteral(", onboarding = excluded.onboarding"));
}

void CustomerRegistry::bind(QSqlQuery &q, const Customer &c, const QString &now)
{
    const QVariantList values{
        c.connectionId.toLower(),
        c.customerId,
        c.customerId.toLower(),
        c.displayName.trimmed(),
        Customer::identityName(c.identity),
        c.profileId.toLower(),
        c.identityConnectionId.toLower(),
        c.workspaceIds.join(QLatin1Char(';')).toLower(),
        c.capacityId.toLower(),
        c.status,
        now,
        now,
        c.onboarding.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(c.onboarding).toJson(QJsonDocument::Compact))};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

bool CustomerRegistry::upsert(const Customer &c, QString *error)
{
    const QString problem = c.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery q(m_db->db());
    bool ok = m_db->prepare(q, upsertSql(false));
    if (ok) {
        bind(q, c, iso(QDateTime::currentDateTimeUtc()));
        ok = q.exec();
    }
    if (!ok && error)
        *error = tr("The customer could not be saved: %1").arg(q.lastError().text());
    if (ok)
        Q_EMIT changed(c.connectionId.toLower());
    return ok;
}

bool CustomerRegistry::add(const Customer &c, QString *error)
{
    if (!find(c.connectionId, c.customerId).customerId.isEmpty()) {
        if (error)
            *error = tr("A customer with the id %1 exists already.").arg(c.customerId);
        return false;
    }
    return upsert(c, error);
}

bool CustomerRegistry::remove(const QString &connectionId, const QString &customerId)
{
    const bool ok =
        m_db->exec(QStringLiteral("DELETE FROM customers WHERE connection_id = ? AND customer_key = ?"),
                   {connectionId.toLower(), customerId.toLower()});
    if (ok)
        Q_EMIT changed(connectionId.toLower());
    return ok;
}

Customer CustomerRegistry::read(QSqlQuery &q) const
{
    Customer c;
    c.customerId = q.value(0).toString();
    c.displayName = q.value(1).toString();
    c.connectionId = q.value(2).toString();
    Customer::identityFromName(q.value(3).toString(), &c.identity);
    c.profileId = q.value(4).toString();
    c.identityConnectionId = q.value(5).toString();
    c.workspaceIds = q.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    c.capacityId = q.value(7).toString();
    c.status = q.value(8).toString();
    c.created = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    c.updated = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    c.onboarding = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    return c;
}

Customer CustomerRegistry::find(const QString &connectionId, const QString &customerId) const
{
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT %1 FROM customers WHERE connection_id = ? AND customer_key = ?")
                      .arg(QLatin1String(kColumns)),
                  {connectionId.toLower(), customerId.toLower()});
    return q.next() ? read(q) : Customer();
}

Customer CustomerRegistry::findByProfile(const QString &connectionId, const QString &profileId) const
{
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT %1 FROM customers WHERE connection_id = ? AND profile_id = ?")
                      .arg(QLatin1String(kColumns)),
                  {connectionId.toLower(), profileId.toLower()});
    return q.next() ? read(q) : Customer();
}

QVector<Customer> CustomerRegistry::list(const QString &connectionId) const
{
    QVector<Customer> out;
    const bool one = !connectionId.isEmpty();
    QSqlQuery q = m_db->run(
        QStringLiteral("SELECT %1 FROM customers%2 ORDER BY connection_id, customer_key")
            .arg(QLatin1String(kColumns), one ? QStringLiteral(" WHERE connection_id = ?") : QString()),
        one ? QVariantList{connectionId.toLower()} : QVariantList());
    while (q.next())
        out.append(read(q));
    return out;
}

int CustomerRegistry::count() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next() ? q.value(0).toInt() : 0;
}

QStringList CustomerRegistry::csvHeader()
{
    return {
        QStringLiteral("customerId"),   QStringLiteral("displayName"), QStringLiteral("connectionId"),
        QStringLiteral("identity"),     QStringLiteral("profileId"),   QStringLiteral("identityConnectionId"),
        QStringLiteral("workspaceIds"), QStringLiteral("capacityId"),  QStringLiteral("status"),
        QStringLiteral("created"),      QStringLiteral("updated")};
}

QString CustomerRegistry::toCsv(const QString &connectionId) const
{
    QString out = Csv::line(csvHeader());
    for (const Customer &c : list(connectionId)) {
        out += Csv::line({c.customerId, c.displayName, c.connectionId, Customer::identityName(c.identity),
                          c.profileId, c.identityConnectionId, c.workspaceIds.join(QLatin1Char(';')),
                          c.capacityId, c.status, iso(c.created), iso(c.updated)});
    }
    return out;
}

CsvImportResult CustomerRegistry::importCsv(const QByteArray &utf8, const QString &defaultConnectionId)
{
    CsvImportResult result;
    const CsvTable table = Csv::parse(utf8);
    if (!table.ok()) {
        result.errors.append(table.error);
        return result;
    }
    const int idCol = table.column(QStringLiteral("customerId"));
    const int nameCol = table.column(QStringLiteral("displayName"));
    if (idCol < 0 || nameCol < 0) {
        result.errors.append(tr("The header must name at least the columns customerId and displayName."));
        return result;
    }
    QHash<QString, int> columns;
    for (const QString &name : csvHeader())
        columns.insert(name, table.column(name));
    auto cell = [&columns](const CsvRow &row, const char *name) {
        const int col = columns.value(QLatin1String(name), -1);
        return col >= 0 && col < row.fields.size() ? row.fields.at(col).trimmed() : QString();
    };
    // Every row is checked before anything is written: one refused row and nothing is imported.
    QVector<Customer> customers;
    QVector<int> lines;
    customers.reserve(table.rows.size());
    QSet<QString> seen;
    for (const CsvRow &row : table.rows) {
        if (row.fields.size() < table.header.size()) {
            result.errors.append(tr("line %1: %2 of %3 columns")
                                     .arg(row.line)
                                     .arg(row.fields.size())
                                     .arg(table.header.size()));
            continue;
        }
        Customer c;
        c.customerId = cell(row, "customerId");
        c.displayName = cell(row, "displayName");
        c.connectionId = cell(row, "connectionId");
        if (c.connectionId.isEmpty())
            c.connectionId = defaultConnectionId;
        if (!Customer::identityFromName(cell(row, "identity"), &c.identity)) {
            result.errors.append(tr("line %1: unknown identity \"%2\" (profile or serviceprincipal)")
                                     .arg(row.line)
                                     .arg(cell(row, "identity")));
            continue;
        }
        c.profileId = cell(row, "profileId");
        c.identityConnectionId = cell(row, "identityConnectionId");
        c.workspaceIds = cell(row, "workspaceIds").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        c.capacityId = cell(row, "capacityId");
        const QString status = cell(row, "status");
        if (!status.isEmpty())
            c.status = status;
        const QString problem = c.validate();
        if (!problem.isEmpty()) {
            result.errors.append(tr("line %1: %2").arg(row.line).arg(problem));
            continue;
        }
        const QString key = c.connectionId.toLower() + QLatin1Char('/') + c.customerId.toLower();
        if (seen.contains(key)) {
            result.errors.append(
                tr("line %1: customer id %2 appears twice in the file").arg(row.line).arg(c.customerId));
            continue;
        }
        seen.insert(key);
        customers.append(c);
        lines.append(row.line);
    }
    if (!result.errors.isEmpty() || customers.isEmpty())
        return result;
    store(customers, lines, &result);
    return result;
}

// Writes the checked customers in one transaction: all of them, or (on a database error) none.
void CustomerRegistry::store(const QVector<Customer> &customers, const QVector<int> &lines,
                             CsvImportResult *result)
{
    if (!m_db->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result->errors.append(
            tr("The customer registry is busy or cannot be written: %1").arg(m_db->db().lastError().text()));
        return;
    }
    QSet<QString> existing; // under the write lock: what this import adds, and what it updates
    QSqlQuery keys = m_db->run(QStringLiteral("SELECT connection_id, customer_key FROM customers"));
    while (keys.next())
        existing.insert(keys.value(0).toString() + QLatin1Char('/') + keys.value(1).toString());
    keys.finish();
    QSqlQuery q(m_db->db());
    bool ok = m_db->prepare(q, upsertSql(true));
    const QString now = iso(QDateTime::currentDateTimeUtc());
    int added = 0;
    for (int i = 0; ok && i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        bind(q, c, now);
        ok = q.exec();
        if (!ok)
            result->errors.append(tr("line %1: the customer could not be saved: %2")
                                      .arg(lines.at(i))
                                      .arg(q.lastError().text()));
        else if (!existing.contains(c.connectionId.toLower() + QLatin1Char('/') + c.customerId.toLower()))
            ++added;
    }
    if (ok && !m_db->exec(QStringLiteral("COMMIT"))) {
        ok = false;
        result->errors.append(tr("The customers could not be saved: %1").arg(m_db->db().lastError().text()));
    }
    if (!ok) {
        m_db->exec(QStringLiteral("ROLLBACK"));
        return;
    }
    result->added = added;
    result->updated = int(customers.size()) - added;
    QSet<QString> connections;
    for (const Customer &c : customers)
        connections.insert(c.connectionId.toLower());
    for (const QString &connectionId : std::as_const(connections))
        Q_EMIT changed(connectionId);
}

} // namespace td
