#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "app/jobs/JobStep.h"
#include "app/jobs/JobTypes.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationTypes.h"

namespace td {

class JobEngine;
class JobTypeRegistry;

// The migration's steps after the run, as journaled jobs (one item per customer, key = customer id), so
// their per-customer results live in the job journal and nowhere else:
//   "migrate-validate"  job params {rlsUser, rlsRoles}; item params {customer: PlanCustomer, profileId};
//                       step "validate": MigrationValidator as the profile -> ValidationResult JSON
//   "migrate-access"    job params {restore, spObjectId, masterUser}; item params {customer, profileId,
//                       record: the clean-up's CleanupRecord (restore only)};
//                       step "access": MigrationCleanup for the customer -> CleanupRecord JSON
// A failed check or a removal that failed is part of the result; the step itself succeeds.
class MigrationCheckJobs
{
    Q_DECLARE_TR_FUNCTIONS(MigrationCheckJobs)
public:
    static QString validateType() { return QStringLiteral("migrate-validate"); }
    static QString accessType() { return QStringLiteral("migrate-access"); }
    static void registerWith(JobTypeRegistry &types);

    static JobRequest validateRequest(const QString &connectionId, const QVector<PlanCustomer> &customers,
                                      const QHash<QString, QString> &profileIds, const QString &rlsUser,
                                      const QStringList &rlsRoles);
    static JobRequest accessRequest(const QString &connectionId,
                                    const QVector<MigrationCleanup::Target> &targets, bool restore,
                                    const QString &spObjectId, const QString &masterUser);

    // A finished item's result ({} / not ok when it has none).
    static bool hasResult(const JobItemInfo &item);
    static ValidationResult validation(const JobItemInfo &item);
    static CleanupRecord record(const JobItemInfo &item);

    // Read back from the journal over a migration's check jobs (jobIds oldest first; engine may be null):
    // each customer's newest result, by customer id, and the step the last job was ("validate",
    // "cleanup", "restore"; "" when there is none).
    static QHash<QString, ValidationResult> validations(const JobEngine *engine, const QStringList &jobIds);
    static QHash<QString, CleanupRecord> cleanupRecords(const JobEngine *engine, const QStringList &jobIds);
    static QString lastStep(const JobEngine *engine, const QStringList &jobIds);

private:
    static QHash<QString, JobItemInfo> latestItems(const JobEngine *engine, const QStringList &jobIds,
                                                   const QString &type);
};

} // namespace td
