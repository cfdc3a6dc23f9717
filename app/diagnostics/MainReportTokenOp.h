#pragma once
#include <QStringList>

#include "app/ops/AsyncOp.h"

namespace td {

// One customer of the embed token batch: finds the main report in a workspace as the identity (the
// first Power BI report, else the first report), reads its semantic model to learn whether it needs an
// effective identity, then generates an embed token for exactly that report and model (EmbedCheckOp).
// Output: reportId, reportName, datasetId, tokenId, expiration. The identity (username + roles) is sent
// only when the model requires one.
class MainReportTokenOp : public AsyncOp
{
    Q_OBJECT
public:
    MainReportTokenOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                      const QString &username, const QStringList &roles, QObject *parent = nullptr);

Q_SIGNALS:
    void reportFound(const QString &reportId, const QString &reportName); // before GenerateToken

protected:
    void run() override;

private:
    void readModel();
    void generate(bool needsIdentity);
    QString m_profileId, m_workspaceId, m_username;
    QStringList m_roles;
    QString m_reportId, m_reportName, m_datasetId;
};

} // namespace td
