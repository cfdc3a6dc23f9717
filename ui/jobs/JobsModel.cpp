#include "ui/jobs/JobsModel.h"

#include <QLocale>

#include "app/jobs/JobCenter.h"

namespace td {

JobsModel::JobsModel(JobCenter *center, QObject *parent) : QAbstractTableModel(parent), m_center(center)
{
    connect(center, &JobCenter::jobsReset, this, &JobsModel::reload);
    connect(center, &JobCenter::jobAdded, this, &JobsModel::onJobChanged);
    connect(center, &JobCenter::jobChanged, this, &JobsModel::onJobChanged);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &JobsModel::tick);
    m_clock.start();
    reload();
}

void JobsModel::reload()
{
    beginResetModel();
    m_rows = m_center ? m_center->jobs() : QVector<JobInfo>{};
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
    endResetModel();
}

void JobsModel::onJobChanged(const QString &jobId)
{
    if (!m_center)
        return;
    const JobInfo job = m_center->job(jobId);
    if (job.id.isEmpty())
        return;
    const int row = m_rowOf.value(jobId, -1);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rowOf.insert(jobId, int(m_rows.size()));
        m_rows.append(job);
        endInsertRows();
        return;
    }
    m_rows[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::tick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const JobState s = m_rows.at(row).state;
        if (s == JobState::Running || s == JobState::Paused)
            Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
    }
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::formatDuration(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    if (secs < 60)
        return tr("%1 s").arg(secs);
    if (secs < 3600)
        return tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobInfo &j = m_rows.at(index.row());
    if (role == JobIdRole)
        return j.id;
    if (role == ProgressRole)
        return j.total > 0 ? int(qint64(j.done) * 100 / j.total) : (isFinal(j.state) ? 100 : -1);
    if (role == Qt::ToolTipRole) {
        QString tip =
            j.journaled ? tr("Journaled job (%1)").arg(j.type) : tr("Live operation (not journaled)");
        if (!j.summary.isEmpty())
            tip += QLatin1Char('\n') + j.summary;
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return j.title;
    case State:
        if (j.state == JobState::Interrupted)
            return tr("Interrupted — Resume continues it");
        if (j.waiting > 0 && !isFinal(j.state))
            return tr("%1 — %n item(s) need input", nullptr, j.waiting).arg(displayName(j.state));
        return displayName(j.state);
    case Progress:
        return j.total > 0 ? tr("%1%").arg(qint64(j.done) * 100 / j.total) : QString();
    case Count:
        if (j.failed > 0)
            return tr("%1 / %2 (%3 failed)").arg(j.done).arg(j.total).arg(j.failed);
        return tr("%1 / %2").arg(j.done).arg(j.total);
    case Started:
        return QLocale().toString(j.created.toLocalTime(), QLocale::ShortFormat);
    case Duration: {
        const bool live =
            j.state == JobState::Running || j.state == JobState::Paused || j.state == JobState::NeedsInput;
        const QDateTime end = live ? QDateTime::currentDateTimeUtc() : j.updated;
        return formatDuration(j.created.secsTo(end));
    }
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Count:
        return tr("Done / total");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace td
