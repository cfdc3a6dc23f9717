#include "app/jobs/JobLeases.h"

#include <QSqlQuery>

#include "app/db/SqliteDb.h"

namespace td {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The row of this very process (a lease is never taken over from itself without being released).
const char *const kMine = " WHERE job_id = ? AND pid = ? AND host = ? AND process_start = ?";

} // namespace

bool JobLeases::isOpen() const
{
    return m_db && m_db->isOpen();
}

JobLease JobLeases::holder(const QString &jobId) const
{
    JobLease l;
    if (!isOpen())
        return l;
    QSqlQuery q = m_db->run(QStringLiteral("SELECT pid, host, process_start, since, heartbeat FROM leases"
                                           " WHERE job_id = ?"),
                            {jobId});
    if (q.next()) {
        l.pid = q.value(0).toLongLong();
        l.host = q.value(1).toString();
        l.processStart = q.value(2).toString();
        l.since = parseTime(q.value(3));
        l.heartbeat = parseTime(q.value(4));
    }
    return l;
}

bool JobLeases::take(const QString &jobId, const JobLease &mine, qint64 expiryMs, JobLease *holder) const
{
    if (holder)
        *holder = {};
    if (!isOpen())
        return false;
    return m_db->writeTransaction([&] {
        const JobLease current = this->holder(jobId);
        if (current.isAlive(mine.heartbeat, expiryMs)) {
            if (holder)
                *holder = current;
            return false;
        }
        return write(jobId, mine);
    });
}

bool JobLeases::write(const QString &jobId, const JobLease &lease) const
{
    return isOpen() &&
           m_db->exec(
               QStringLiteral("INSERT OR REPLACE INTO leases (job_id, pid, host,"
                              " process_start, since, heartbeat) VALUES (?, ?, ?, ?, ?, ?)"),
               {jobId, lease.pid, lease.host, lease.processStart, iso(lease.since), iso(lease.heartbeat)});
}

JobLeases::Renewal JobLeases::renew(const QString &jobId, const JobLease &mine, const QDateTime &now) const
{
    if (!isOpen())
        return Renewal::Failed;
    const QSqlQuery q = m_db->run(QStringLiteral("UPDATE leases SET heartbeat = ?") + QLatin1String(kMine),
                                  {iso(now), jobId, mine.pid, mine.host, mine.processStart});
    if (!q.isActive())
        return Renewal::Failed;
    return q.numRowsAffected() > 0 ? Renewal::Renewed : Renewal::Lost;
}

bool JobLeases::release(const QString &jobId, const JobLease &mine) const
{
    return isOpen() && m_db->exec(QStringLiteral("DELETE FROM leases") + QLatin1String(kMine),
                                  {jobId, mine.pid, mine.host, mine.processStart});
}

bool JobLeases::remove(const QString &jobId) const
{
    return isOpen() && m_db->exec(QStringLiteral("DELETE FROM leases WHERE job_id = ?"), {jobId});
}

} // namespace td
