#pragma once
#include <QJsonArray>
#include <functional>

#include "app/ops/AsyncOp.h"

namespace td {

// Runs operations one after another; fails with the first that fails. Output: {"results": [outputs]}.
// Idempotent when each operation is. onEach sees every finished operation (e.g. to audit it).
class OpSequence : public AsyncOp
{
    Q_OBJECT
public:
    using Make = std::function<AsyncOp *(QObject *parent)>;
    using Each = std::function<void(int index, const OpResult &result)>;
    OpSequence(ConnectionSession *session, const QVector<Make> &ops, const Each &onEach = {},
               QObject *parent = nullptr);

protected:
    void run() override;

private:
    void next();
    QVector<Make> m_ops;
    Each m_each;
    int m_index = 0;
    QJsonArray m_results;
    QString m_lastRequestId;
};

// Default.TakeOver of one semantic model as an identity (a profile). Taking over a model one owns
// already changes nothing. Output: datasetId.
class TakeOverOp : public AsyncOp
{
    Q_OBJECT
public:
    TakeOverOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
               const QString &datasetId, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_profileId, m_workspaceId, m_datasetId;
};

} // namespace td
