#pragma once
#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class EmbedTokenDialog;
}

namespace td {

class ConnectionSession;
class CustomerRegistry;
class EmbedCheckOp;
class EmbedTokenBatch;
class JobCenter;

// "Embed token test…": one report (optionally more reports, models, target workspaces and an effective
// identity) as a profile → the token's id and expiry, or the exact error with its RequestId; or every
// registry customer's main report in a batch (progress, cancel) with the failures listed. The token itself
// is never shown or kept.
class EmbedTokenDialog : public QDialog
{
    Q_OBJECT
public:
    EmbedTokenDialog(ConnectionSession *session, CustomerRegistry *registry, QWidget *parent = nullptr);
    ~EmbedTokenDialog() override;

    void prefill(const QString &profileId, const QString &reportId, const QString &datasetId);
    // The batch then also shows in the Jobs tab as a live operation (progress, cancel, per-customer items).
    void setJobCenter(JobCenter *center);
    void generate(); // the single test
    void runBatch(); // every customer of the connection in the registry
    void cancelBatch();
    EmbedTokenBatch *batch() const; // the last batch run (null before the first)

Q_SIGNALS:
    void generated();
    void batchFinished();

private:
    void onBatchItem(int index);
    void onBatchFinished();

    std::unique_ptr<Ui::EmbedTokenDialog> ui;
    QPointer<ConnectionSession> m_session;
    CustomerRegistry *m_registry;
    QPointer<EmbedCheckOp> m_single;
    QPointer<EmbedTokenBatch> m_batch;
    QPointer<JobCenter> m_jobs;
    QString m_operationId; // in m_jobs, while a batch runs
};

} // namespace td
