#pragma once
#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include "app/jobs/JobTypes.h"

namespace td {

class JobCenter;

// The Jobs tab's table: one row per job of a JobCenter (journaled jobs, then live operations).
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, State, Progress, Count, Started, Duration, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, ProgressRole }; // ProgressRole: 0..100, -1 = unknown

    explicit JobsModel(JobCenter *center, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    JobInfo jobAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : JobInfo{}; }
    int rowOf(const QString &jobId) const { return m_rowOf.value(jobId, -1); }

    static QString formatDuration(qint64 secs);

private:
    void reload();
    void onJobChanged(const QString &jobId);
    void tick();

    QPointer<JobCenter> m_center;
    QVector<JobInfo> m_rows;
    QHash<QString, int> m_rowOf;
    QTimer m_clock; // running jobs' durations
};

} // namespace td
