#include "ui/jobs/JobItemsModel.h"

#include <QJsonDocument>

#include "app/jobs/JobCenter.h"
#include "app/util/Csv.h"

namespace td {

JobItemsModel::JobItemsModel(JobCenter *center, QObject *parent)
    : QAbstractTableModel(parent), m_center(center)
{
    connect(center, &JobCenter::itemChanged, this, &JobItemsModel::onItemChanged);
    connect(center, &JobCenter::jobsReset, this, &JobItemsModel::reload);
}

void JobItemsModel::setJob(const QString &jobId)
{
    m_jobId = jobId;
    reload();
}

void JobItemsModel::reload()
{
    beginResetModel();
    m_rows = m_center && !m_jobId.isEmpty() ? m_center->items(m_jobId) : QVector<JobItemInfo>{};
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).key, i);
    endResetModel();
}

void JobItemsModel::onItemChanged(const QString &jobId, const QString &key)
{
    if (jobId != m_jobId || !m_center)
        return;
    const JobItemInfo item = m_center->item(jobId, key);
    if (item.key.isEmpty())
        return;
    const int row = m_rowOf.value(key, -1);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rowOf.insert(key, int(m_rows.size()));
        m_rows.append(item);
        endInsertRows();
        return;
    }
    m_rows[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobItemInfo &i = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && !i.result.isEmpty())
        return QString::fromUtf8(QJsonDocument(i.result).toJson(QJsonDocument::Indented));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Item:
        return i.displayName.isEmpty() ? i.key : i.displayName;
    case State:
        return displayName(i.state);
    case Message:
        if (i.state == ItemState::NeedsInput)
            return tr("Waits for input (%1) at step %2")
                .arg(i.inputRequest.value(QLatin1String("kind")).toString(),
                     i.inputRequest.value(QLatin1String("step")).toString());
        return i.error;
    case RequestId:
        return i.requestId;
    default:
        return {};
    }
}

QVariant JobItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case State:
        return tr("State");
    case Message:
        return tr("Message");
    case RequestId:
        return tr("RequestId");
    default:
        return {};
    }
}

bool JobItemsModel::exportCsv(const QString &path, QString *error) const
{
    // Csv::line neutralises a leading = + - @ so that spreadsheets do not run a message as a formula.
    QString out =
        Csv::line({QStringLiteral("item"), QStringLiteral("key"), QStringLiteral("state"),
                   QStringLiteral("message"), QStringLiteral("requestId"), QStringLiteral("updated")});
    for (const JobItemInfo &i : m_rows)
        out += Csv::line({i.displayName, i.key, stateKey(i.state), i.error, i.requestId,
                          i.updated.isValid() ? i.updated.toString(Qt::ISODate) : QString()});
    return Csv::save(path, out.toUtf8(), error);
}

} // namespace td
