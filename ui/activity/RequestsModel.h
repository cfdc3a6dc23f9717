#pragma once
#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include "app/api/ActivityLog.h"

namespace td {

// The Requests pane's table over a connection's ActivityLog, newest first.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Path, Profile, Status, Duration, RequestId, Attempts, ColumnCount };
    enum Role { FilterTextRole = Qt::UserRole + 1 };

    explicit RequestsModel(QObject *parent = nullptr);
    void setLog(ActivityLog *log); // not owned
    const ActivityEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString displayPath(const QString &url); // "groups?$top=1000" (relative to /v1.0/myorg)

private:
    void add(const ActivityEntry &entry);
    void reload();
    QString cellText(const ActivityEntry &e, int column) const;

    QPointer<ActivityLog> m_log;
    QVector<ActivityEntry> m_rows; // newest first
    int m_maxRows = 5000;
};

} // namespace td
