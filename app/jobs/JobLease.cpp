#include "app/jobs/JobLease.h"

#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace td {

namespace {

enum class ProcessState { Alive, Gone, Unknown };

// Whether pid runs on this host, and is the process that started at `start` (when known).
ProcessState stateOf(qint64 pid, const QString &start)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return ProcessState::Gone;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return ProcessState::Gone; // EPERM: it runs, as another user
    const QString now = JobLease::processStartOf(pid);
    if (!start.isEmpty() && !now.isEmpty() && now != start)
        return ProcessState::Gone; // the pid was given to another process since
    return ProcessState::Alive;
#else
    Q_UNUSED(pid)
    Q_UNUSED(start)
    return ProcessState::Unknown;
#endif
}

} // namespace

bool JobLease::isSameProcess(const JobLease &other) const
{
    return pid == other.pid && host == other.host && processStart == other.processStart;
}

bool JobLease::isAlive(const QDateTime &now, qint64 expiryMs) const
{
    if (isEmpty())
        return false;
    if (host == QSysInfo::machineHostName()) {
        const ProcessState s = stateOf(pid, processStart);
        if (s != ProcessState::Unknown)
            return s == ProcessState::Alive;
    }
    return heartbeat.isValid() && heartbeat.msecsTo(now) <= expiryMs;
}

QString JobLease::describe() const
{
    return tr("process %1 on host %2 since %3").arg(pid).arg(host, since.toUTC().toString(Qt::ISODate));
}

JobLease JobLease::thisProcess(const QDateTime &now)
{
    JobLease l;
    l.pid = QCoreApplication::applicationPid();
    l.host = QSysInfo::machineHostName();
    l.processStart = processStartOf(l.pid);
    l.since = l.heartbeat = now;
    return l;
}

QString JobLease::processStartOf(qint64 pid)
{
    // Linux: field 22 of /proc/<pid>/stat, the start in clock ticks since boot. The command name (field
    // 2) is in parentheses and may hold spaces, so the fields are counted after its closing one.
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 1).simplified().split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace td
