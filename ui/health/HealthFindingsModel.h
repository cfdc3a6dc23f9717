#pragma once
#include <QAbstractTableModel>
#include <QHash>

#include "app/health/HealthTypes.h"

namespace td {

// The findings of one health check as a table: Severity, Rule, Objects, Explanation, Fix, Status.
// SortRole gives sortable values (severity by rank); the Status column shows what a fix did.
class HealthFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityCol, RuleCol, ObjectsCol, ExplanationCol, FixCol, StatusCol, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, FixAvailableRole };

    explicit HealthFindingsModel(QObject *parent = nullptr);
    void setFindings(const QVector<HealthFinding> &findings); // clears fix states
    const QVector<HealthFinding> &findings() const { return m_findings; }
    const HealthFinding &finding(int row) const { return m_findings.at(row); }
    void setFixState(const QString &key, bool ok, const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct FixState
    {
        bool ok = false;
        QString message;
    };
    QVector<HealthFinding> m_findings;
    QHash<QString, FixState> m_fixStates;
};

} // namespace td
