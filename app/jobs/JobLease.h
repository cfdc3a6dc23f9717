#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace td {

// Who runs a journaled job: the process that started or resumed running it writes its lease to the
// journal, its JobEngine refreshes the heartbeat while the job runs (or waits for input) there, and
// removes the lease when the job ends or pauses or the engine goes away. Another process runs the job
// only once its owner is gone: on the same host when the owner's process has ended (its pid is not
// alive, or it is another process with a reused pid); on another host when the heartbeat is too old.
struct JobLease
{
    Q_DECLARE_TR_FUNCTIONS(JobLease)
public:
    qint64 pid = 0;
    QString host;
    QString processStart; // the process's start time as the system tells it ("" = unknown)
    QDateTime since;      // when this owner took the job (UTC)
    QDateTime heartbeat;  // its last sign of life (UTC)

    bool isEmpty() const { return pid == 0 && host.isEmpty(); }
    bool isSameProcess(const JobLease &other) const;
    // Whether the owner still runs the job at `now` (a heartbeat older than expiryMs counts on another
    // host, or where the process cannot be looked at).
    bool isAlive(const QDateTime &now, qint64 expiryMs) const;
    // "process 1234 on host build-7 since 2026-12-03T18:01:47Z" (translated)
    QString describe() const;

    // This process, its lease taken and its heartbeat at `now`.
    static JobLease thisProcess(const QDateTime &now);
    // How the system reports the start of process pid ("" when it cannot tell): tells a reused pid apart.
    static QString processStartOf(qint64 pid);
};

} // namespace td
