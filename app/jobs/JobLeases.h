#pragma once
#include <QString>

#include "app/jobs/JobLease.h"

namespace td {

class SqliteDb;

// The journal's table of leases (JobJournal::leases()): one row per job that some process runs now.
// Taking a lease looks at the holder and writes in one write transaction, so two processes never both
// take a job.
class JobLeases
{
public:
    explicit JobLeases(const SqliteDb *db) : m_db(db) {}

    enum class Renewal { Renewed, Lost, Failed }; // Failed: the journal could not be written now

    JobLease holder(const QString &jobId) const; // empty when nobody holds it
    // mine becomes the job's lease unless a holder alive at mine.heartbeat (JobLease::isAlive) has it;
    // false with *holder = that owner (empty when the journal could not be written).
    bool take(const QString &jobId, const JobLease &mine, qint64 expiryMs, JobLease *holder = nullptr) const;
    Renewal renew(const QString &jobId, const JobLease &mine, const QDateTime &now) const;
    bool release(const QString &jobId, const JobLease &mine) const; // only mine
    bool remove(const QString &jobId) const;                        // whoever held it (they are gone)
    bool write(const QString &jobId, const JobLease &lease) const;  // inside the caller's transaction

private:
    bool isOpen() const;
    const SqliteDb *m_db;
};

} // namespace td
