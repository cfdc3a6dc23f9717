#pragma once
#include <QPair>
#include <QVector>

#include "app/ops/AsyncOp.h"

namespace td {

// Reads a semantic model's parameters and applies the given values with UpdateParameters. Idempotent:
// nothing is sent when every value is already current. A name the model does not have fails the step
// with the names it does have. Output: updated (count), parameters (the model's names).
class ParametersOp : public AsyncOp
{
    Q_OBJECT
public:
    ParametersOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                 const QString &datasetId, const QVector<QPair<QString, QString>> &values,
                 QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_profileId, m_workspaceId, m_datasetId;
    QVector<QPair<QString, QString>> m_values;
};

} // namespace td
