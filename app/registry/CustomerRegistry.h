#pragma once
#include <QObject>
#include <QVector>
#include <memory>

#include "app/registry/Customer.h"

class QSqlQuery;

namespace td {

class SqliteDb;

struct CsvImportResult
{
    int added = 0;
    int updated = 0;
    QStringList errors; // "line N: why", one per refused row; when there is any, nothing is stored
};

// The ISV's customer -> Power BI identity mapping (seed advice: keep customer id -> profile id), in
// SQLite in the app data directory. Customer ids are unique per connection, compared without case.
// changed() follows every write through this object (views refresh on it; a CSV import stores its rows
// in one transaction and emits once per connection it touched).
class CustomerRegistry : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2; // 2: onboarding column
    explicit CustomerRegistry(const QString &filePath, QObject *parent = nullptr);
    ~CustomerRegistry() override;
    CustomerRegistry(const CustomerRegistry &) = delete;
    CustomerRegistry &operator=(const CustomerRegistry &) = delete;

    static QString defaultPath(); // <AppDataLocation>/customers.sqlite
    bool open(QString *error = nullptr);

    // Adds or replaces (by connection + customer id). Refuses invalid customers with *error.
    bool upsert(const Customer &customer, QString *error = nullptr);
    // Adds only: false with *error when the id is taken (duplicates refused).
    bool add(const Customer &customer, QString *error = nullptr);
    bool remove(const QString &connectionId, const QString &customerId);
    Customer find(const QString &connectionId, const QString &customerId) const; // empty id when absent
    Customer findByProfile(const QString &connectionId, const QString &profileId) const;
    QVector<Customer> list(const QString &connectionId = {}) const; // sorted by customer id
    int count() const;

    // CSV: customerId,displayName,connectionId,identity,profileId,identityConnectionId,workspaceIds
    // (';'-separated),capacityId,status,created,updated. Import checks every row first, then stores all
    // of them in one transaction, or nothing when any row is refused; connectionId may be empty in the
    // file, defaultConnectionId then applies. A customer it replaces keeps its created time and what its
    // onboarding created.
    QString toCsv(const QString &connectionId = {}) const;
    CsvImportResult importCsv(const QByteArray &utf8, const QString &defaultConnectionId);
    static QStringList csvHeader();

Q_SIGNALS:
    void changed(const QString &connectionId); // lower case

private:
    Customer read(QSqlQuery &q) const;
    static QString upsertSql(bool keepOnboarding);
    static void bind(QSqlQuery &q, const Customer &c, const QString &now);
    void store(const QVector<Customer> &customers, const QVector<int> &lines, CsvImportResult *result);
    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace td
