#include "ui/activity/RequestsModel.h"

#include <QColor>
#include <QUrl>

namespace td {

RequestsModel::RequestsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequestsModel::setLog(ActivityLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (log) {
        connect(log, &ActivityLog::entryAdded, this, &RequestsModel::add);
        connect(log, &ActivityLog::cleared, this, &RequestsModel::reload);
    }
    reload();
}

void RequestsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_log) {
        const auto entries = m_log->entries();
        for (auto it = entries.crbegin(); it != entries.crend() && m_rows.size() < m_maxRows; ++it)
            m_rows.append(*it);
    }
    endResetModel();
}

void RequestsModel::add(const ActivityEntry &entry)
{
    if (m_rows.size() >= m_maxRows) {
        beginRemoveRows({}, m_rows.size() - 1, m_rows.size() - 1);
        m_rows.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestsModel::displayPath(const QString &url)
{
    const QUrl u(url);
    QString path = u.path();
    const QString root = QStringLiteral("/v1.0/myorg/");
    const int at = path.indexOf(root);
    if (at >= 0)
        path = path.mid(at + root.size());
    if (u.hasQuery())
        path += QLatin1Char('?') + u.query(QUrl::FullyDecoded);
    return path;
}

QString RequestsModel::cellText(const ActivityEntry &e, int column) const
{
    switch (column) {
    case Time:
        return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return e.method;
    case Path:
        return displayPath(e.url);
    case Profile:
        return e.profileId.isEmpty() ? tr("(service principal)") : e.profileId;
    case Status:
        if (e.httpStatus == 0)
            return e.errorCode.isEmpty() ? tr("no answer") : e.errorCode;
        return QString::number(e.httpStatus); // the error code is in the tooltip and the filter
    case Duration:
        return QString::number(e.durationMs);
    case RequestId:
        return e.requestId;
    case Attempts:
        return QString::number(e.attempts);
    default:
        return QString();
    }
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ActivityEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Path)
            return e.url;
        if (index.column() == Status && !e.errorCode.isEmpty())
            return QStringLiteral("%1 %2").arg(cellText(e, Status), e.errorCode);
        return cellText(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Attempts || index.column() == Status)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && (e.httpStatus >= 400 || e.httpStatus == 0))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case FilterTextRole: {
        QStringList parts;
        for (int c = 0; c < ColumnCount; ++c)
            parts << cellText(e, c);
        parts << e.errorCode;
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Profile:
        return tr("Profile");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration (ms)");
    case RequestId:
        return tr("RequestId");
    case Attempts:
        return tr("Attempts");
    default:
        return {};
    }
}

} // namespace td
