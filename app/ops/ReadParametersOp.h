#pragma once
#include <QJsonArray>
#include <QStringList>

#include "app/ops/AsyncOp.h"

namespace td {

// Reads the parameters of one or more semantic models of a workspace (as a profile). Output:
// "parameters": [{name, type, isRequired, currentValue}] — the union by name, in the models' order —
// and "datasets": {datasetId: [parameter names]}.
class ReadParametersOp : public AsyncOp
{
    Q_OBJECT
public:
    ReadParametersOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                     const QStringList &datasetIds, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void next(int index);
    QString m_profileId, m_workspaceId;
    QStringList m_datasetIds;
    QJsonArray m_parameters;
    QJsonObject m_names;
};

} // namespace td
