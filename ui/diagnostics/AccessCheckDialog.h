#pragma once
#include <QDialog>
#include <QPointer>
#include <QVector>
#include <memory>

#include "app/diagnostics/AccessReport.h"
#include "app/registry/Customer.h"

namespace Ui {
class AccessCheckDialog;
}

namespace td {

class AccessCheck;
class ConnectionSession;
class CustomerRegistry;
class PagedApiCall;
struct OpResult;

// "Troubleshoot access…": pick a customer of the registry (or type a profile id) and a report or semantic
// model, run the access check (AccessCheck) and see each link with a pass/fail/unknown icon, its evidence
// and its fix; "Copy ticket text" puts the plain-text report (RequestIds, never a token or secret) on the
// clipboard. Non-modal; the check can be cancelled.
class AccessCheckDialog : public QDialog
{
    Q_OBJECT
public:
    AccessCheckDialog(ConnectionSession *session, CustomerRegistry *registry, QWidget *parent = nullptr);
    ~AccessCheckDialog() override;

    // Fills the form, e.g. from the tree's selected report (empty values leave the fields as they are).
    void prefill(const QString &profileId, const QString &workspaceId, const QString &reportId,
                 const QString &datasetId);
    void selectCustomer(const QString &customerId); // by the registry's customer id
    void startCheck();
    void cancelCheck();

Q_SIGNALS:
    void checkFinished();

private:
    void onCustomerChanged(int index);
    void loadReports(const QString &profileId, const QString &workspaceId);
    void onFinished(const OpResult &result);
    void showReport();
    void setRunning(bool running);
    QString currentReportId() const;

    std::unique_ptr<Ui::AccessCheckDialog> ui;
    QPointer<ConnectionSession> m_session;
    CustomerRegistry *m_registry;
    QVector<Customer> m_customers;
    QPointer<AccessCheck> m_check;
    QPointer<PagedApiCall> m_reportsJob;
    AccessReport m_report;
    bool m_haveReport = false;
};

} // namespace td
