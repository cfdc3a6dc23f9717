#pragma once
#include <QAbstractTableModel>
#include <QPointer>

#include "app/jobs/JobTypes.h"

namespace td {

class JobCenter;

// The per-item results of one job (the Jobs tab's lower/right table), live while the job runs.
class JobItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, State, Message, RequestId, ColumnCount };

    explicit JobItemsModel(JobCenter *center, QObject *parent = nullptr);

    void setJob(const QString &jobId); // "" = none
    QString jobId() const { return m_jobId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    JobItemInfo itemAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row) : JobItemInfo{};
    }

    // UTF-8 CSV (header: item,key,state,message,requestId,updated), written atomically (QSaveFile).
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    void reload();
    void onItemChanged(const QString &jobId, const QString &key);

    QPointer<JobCenter> m_center;
    QString m_jobId;
    QVector<JobItemInfo> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace td
