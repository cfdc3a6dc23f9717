#pragma once
#include <QCoreApplication>
#include <memory>

#include "app/migration/MigrationTypes.h"

namespace td {

class SqliteDb;

// Where a migration's decisions live between steps and runs: one row per connection in its own SQLite
// file (<AppDataLocation>/migrations.sqlite), shared by the wizard and the CLI. It holds the inventory,
// the mapping and the plan, and the ids of the migration's journaled jobs (the run, each validation,
// clean-up and restore); their progress and per-customer results stay in the job journal only.
class MigrationStore
{
    Q_DECLARE_TR_FUNCTIONS(MigrationStore)
public:
    static constexpr int SchemaVersion = 1;
    explicit MigrationStore(const QString &filePath);
    ~MigrationStore();
    MigrationStore(const MigrationStore &) = delete;
    MigrationStore &operator=(const MigrationStore &) = delete;

    static QString defaultPath();
    bool open(QString *error = nullptr);
    bool isOpen() const;
    // The connection's migration; a fresh state (only connectionId set) when there is none.
    MigrationState load(const QString &connectionId) const;
    bool save(MigrationState &state, QString *error = nullptr); // sets state.updated
    bool remove(const QString &connectionId);

private:
    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace td
