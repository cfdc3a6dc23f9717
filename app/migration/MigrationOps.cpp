#include "app/migration/MigrationOps.h"

#include <QJsonArray>

#include "app/api/ContentClient.h"
#include "app/session/ConnectionSession.h"

namespace td {

OpSequence::OpSequence(ConnectionSession *session, const QVector<Make> &ops, const Each &onEach,
                       QObject *parent)
    : AsyncOp(session, parent), m_ops(ops), m_each(onEach)
{}

void OpSequence::run()
{
    next();
}

void OpSequence::next()
{
    if (m_index >= m_ops.size()) {
        succeed({{QStringLiteral("results"), m_results}}, m_lastRequestId);
        return;
    }
    AsyncOp *op = m_ops.at(m_index)(this);
    connect(op, &AsyncOp::finished, this, [this](const OpResult &r) {
        if (isFinished())
            return;
        if (m_each)
            m_each(m_index, r);
        if (!r.ok) {
            fail(r.error);
            return;
        }
        m_results.append(r.output);
        if (!r.requestId.isEmpty())
            m_lastRequestId = r.requestId;
        ++m_index;
        next();
    });
    op->start();
}

TakeOverOp::TakeOverOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                       const QString &datasetId, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_datasetId(datasetId)
{}

void TakeOverOp::run()
{
    Q_EMIT progress(tr("Taking over semantic model %1").arg(m_datasetId));
    call(session()->content()->takeOver(m_profileId, m_workspaceId, m_datasetId),
         [this](const ApiResponse &r) {
             if (r.ok())
                 succeed({{QStringLiteral("datasetId"), m_datasetId}}, r.requestId);
             else
                 fail(r.error);
         });
}

} // namespace td
