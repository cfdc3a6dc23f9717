#pragma once
#include <QObject>
#include <QPointer>

#include "app/api/ApiError.h"
#include "app/jobs/JobEngine.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

class CustomerRegistry;
class MigrationStore;

// One connection's migration, step by step, over the MigrationStore (the mapping, the plan and the job
// ids) and the job engine: the run, each validation, clean-up and restore are journaled jobs, and their
// progress and per-customer results are read from the journal. The wizard and the CLI both drive this;
// either can stop after any step and the other (or a later run) picks up. The engine must have
// MigrateJobType registered (setEngine adds MigrationCheckJobs' types).
class MigrationController : public QObject
{
    Q_OBJECT
public:
    MigrationController(MigrationStore *store, ConnectionSession *session, QObject *parent = nullptr);
    void setEngine(JobEngine *engine);
    void setRegistry(CustomerRegistry *registry) { m_registry = registry; }
    JobEngine *engine() const { return m_engine; }
    ConnectionSession *session() const { return m_session; }

    const MigrationState &state() const { return m_state; }
    void reload();
    // The step reached: inventory | mapping | plan | run | validate | cleanup | restore ("" = none).
    QString lastStep() const;
    // Each customer's latest validation and clean-up record (with what a restore put back), by customer
    // id, from the journal; customers never checked (cleaned up) are missing.
    QHash<QString, ValidationResult> validations() const;
    QHash<QString, CleanupRecord> cleanupRecords() const;
    ValidationResult validation(const QString &customerId) const { return validations().value(customerId); }
    bool save(QString *error = nullptr);
    void setMasterUser(const QString &email);
    QString spObjectId() const;

    // 1. inventory (async: scanned)
    void scan();
    // 2. mapping
    QVector<MappingRow> applyPattern(const QString &pattern, const QString &idTemplate,
                                     QString *error = nullptr);
    bool importMapping(const QByteArray &csv, QStringList *errors);
    void setMapping(const QVector<MappingRow> &rows);
    // 3. plan (needs inventory and mapping)
    bool makePlan(QString *error = nullptr);
    // 4. run: submits the plan's unblocked customers as a "migrate" job, or resumes the journaled one
    //    (interrupted/paused) or retries its failed customers. Returns the job id, "" with *error.
    QString run(QString *error = nullptr);
    // customer id -> profile id, from the run's journal (and the registry for customers run before).
    QHash<QString, QString> profileIds() const;
    // 5. validate as each profile (async: validated); customerIds empty = every planned customer
    void validate(const QString &rlsUser, const QStringList &rlsRoles, const QStringList &customerIds = {});
    // 6. clean-up: only customers whose last validation passed and that were not cleaned up yet; the
    //    others are refused (with *refused). Async: cleanedUp. Restore: async restored.
    QStringList cleanupCandidates() const;
    bool cleanup(const QStringList &customerIds, bool confirmed, QStringList *refused);
    QStringList restoreCandidates() const;
    bool restore(const QStringList &customerIds, QStringList *refused);

Q_SIGNALS:
    void scanProgress(int done, int total);
    void scanned(const td::ApiError &error);
    void validated(int passed, int failed);
    void cleanedUp(int removed, int errors);
    void restored(int putBack, int errors);
    void customerChecked(const QString &customerId);

private:
    bool runAccessJob(const QStringList &customerIds, bool restore, QStringList *refused);
    QString submitCheck(const JobRequest &request);
    QPointer<ConnectionSession> m_session;
    MigrationStore *m_store;
    QPointer<JobEngine> m_engine;
    CustomerRegistry *m_registry = nullptr;
    MigrationState m_state;
};

} // namespace td
