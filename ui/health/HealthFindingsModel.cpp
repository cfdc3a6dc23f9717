#include "ui/health/HealthFindingsModel.h"

#include <QBrush>
#include <QColor>

namespace td {

HealthFindingsModel::HealthFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void HealthFindingsModel::setFindings(const QVector<HealthFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    m_fixStates.clear();
    endResetModel();
}

void HealthFindingsModel::setFixState(const QString &key, bool ok, const QString &message)
{
    m_fixStates.insert(key, {ok, message});
    for (int r = 0; r < m_findings.size(); ++r) {
        if (m_findings.at(r).key() == key)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int HealthFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int HealthFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const HealthFinding &f = m_findings.at(index.row());
    if (role == KeyRole)
        return f.key();
    if (role == FixAvailableRole)
        return f.fix.isAvailable();
    const bool hasState = m_fixStates.contains(f.key());
    const FixState state = m_fixStates.value(f.key());
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityCol:
            if (role == SortRole)
                return int(f.severity);
            return healthSeverityLabel(f.severity);
        case RuleCol:
            return f.ruleId;
        case ObjectsCol:
            return f.objectsText();
        case ExplanationCol:
            return f.explanation;
        case FixCol:
            return f.fix.isAvailable() ? f.fix.preview : tr("No automatic fix: %1").arg(f.advice);
        case StatusCol:
            if (!hasState)
                return QString();
            if (role == Qt::ToolTipRole)
                return state.message;
            return state.ok ? tr("Fixed — re-check to confirm") : tr("Fix failed: %1").arg(state.message);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityCol) {
        if (f.severity == HealthSeverity::Error)
            return QBrush(QColor(0xa0, 0x00, 0x00));
        if (f.severity == HealthSeverity::Warning)
            return QBrush(QColor(0xa0, 0x60, 0x00));
    }
    return {};
}

QVariant HealthFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityCol:
        return tr("Severity");
    case RuleCol:
        return tr("Rule");
    case ObjectsCol:
        return tr("Objects");
    case ExplanationCol:
        return tr("Explanation");
    case FixCol:
        return tr("Fix");
    case StatusCol:
        return tr("Status");
    }
    return {};
}

} // namespace td
