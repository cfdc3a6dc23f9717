#include "app/diagnostics/MainReportTokenOp.h"

#include "app/api/ApiCall.h"
#include "app/api/ContentClient.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/diagnostics/EmbedTokenTest.h"
#include "app/domain/Types.h"
#include "app/ops/ContentOps.h"
#include "app/session/ConnectionSession.h"

namespace td {

MainReportTokenOp::MainReportTokenOp(ConnectionSession *session, const QString &asProfileId,
                                     const QString &workspaceId, const QString &username,
                                     const QStringList &roles, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_username(username),
      m_roles(roles)
{}

void MainReportTokenOp::run()
{
    Q_EMIT progress(tr("Finding the main report"));
    listOrFail(session()->client()->listReports(m_profileId, m_workspaceId),
               [this](const ListResult &reports) {
                   const QVector<Report> all = parseList<Report>(reports.items);
                   for (const Report &r : all) {
                       if (!r.isPaginated() && m_reportId.isEmpty()) {
                           m_reportId = r.id;
                           m_reportName = r.name;
                           m_datasetId = r.datasetId;
                       }
                   }
                   if (m_reportId.isEmpty() && !all.isEmpty()) {
                       m_reportId = all.first().id;
                       m_reportName = all.first().name;
                   }
                   if (m_reportId.isEmpty()) {
                       failWith(tr("The workspace has no report."), reports.requestId);
                       return;
                   }
                   if (m_datasetId.isEmpty())
                       generate(false);
                   else
                       readModel();
               });
}

void MainReportTokenOp::readModel()
{
    call(session()->content()->getDataset(m_profileId, m_workspaceId, m_datasetId),
         [this](const ApiResponse &resp) {
             // A model in another workspace cannot be read here: let GenerateToken say what it thinks.
             generate(resp.ok() && Dataset::fromJson(resp.json()).isEffectiveIdentityRequired);
         });
}

void MainReportTokenOp::generate(bool needsIdentity)
{
    Q_EMIT reportFound(m_reportId, m_reportName);
    EmbedTokenTestInput in;
    in.profileId = m_profileId;
    in.reportIds << m_reportId;
    if (!m_datasetId.isEmpty())
        in.datasetIds << m_datasetId;
    if (needsIdentity) {
        in.username = m_username;
        in.roles = m_roles;
    }
    auto *op = new EmbedCheckOp(session(), m_profileId, in.toRequest(), this);
    connect(op, &AsyncOp::progress, this, &AsyncOp::progress);
    connect(op, &AsyncOp::finished, this, [this](const OpResult &r) {
        if (isFinished())
            return;
        if (!r.ok) {
            fail(r.error);
            return;
        }
        QJsonObject out = r.output;
        out.insert(QStringLiteral("reportId"), m_reportId);
        out.insert(QStringLiteral("reportName"), m_reportName);
        out.insert(QStringLiteral("datasetId"), m_datasetId);
        succeed(out, r.requestId);
    });
    op->start();
}

} // namespace td
