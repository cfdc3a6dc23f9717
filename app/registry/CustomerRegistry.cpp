#include "app/registry/CustomerRegistry.h"

#include <QJsonDocument>
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

bool CustomerRegistry::upsert(const Customer &c, QString *error)
{
    const QString problem = c.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const Customer existing = find(c.connectionId, c.customerId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = existing.customerId.isEmpty() ? now : existing.created;
    const bool ok = m_db->exec(
        QStringLiteral(
            "INSERT OR REPLACE INTO customers (connection_id, customer_id, customer_key, display_name,"
            " identity, profile_id, identity_connection_id, workspace_ids, capacity_id, status,"
            " created, updated, onboarding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.connectionId.toLower(), c.customerId, c.customerId.toLower(), c.displayName.trimmed(),
         Customer::identityName(c.identity), c.profileId.toLower(), c.identityConnectionId.toLower(),
         c.workspaceIds.join(QLatin1Char(';')).toLower(), c.capacityId.toLower(), c.status, iso(created),
         iso(now),
         c.onboarding.isEmpty()
             ? QString()
             : QString::fromUtf8(QJsonDocument(c.onboarding).toJson(QJsonDocument::Compact))});
    if (!ok && error)
        *error = tr("The customer could not be saved: %1").arg(m_db->db().lastError().text());
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
    auto cell = [&](const CsvRow &row, const char *name) {
        const int col = table.column(QLatin1String(name));
        return col >= 0 && col < row.fields.size() ? row.fields.at(col).trimmed() : QString();
    };
    QStringList seen;
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
        const QString key = c.connectionId.toLower() + QLatin1Char('/') + c.customerId.toLower();
        if (seen.contains(key)) {
            result.errors.append(
                tr("line %1: customer id %2 appears twice in the file").arg(row.line).arg(c.customerId));
            continue;
        }
        seen.append(key);
        const bool existed = !find(c.connectionId, c.customerId).customerId.isEmpty();
        QString error;
        if (!upsert(c, &error)) {
            result.errors.append(tr("line %1: %2").arg(row.line).arg(error));
            continue;
        }
        existed ? ++result.updated : ++result.added;
    }
    return result;
}

} // namespace td
