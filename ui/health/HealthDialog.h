#pragma once
#include <QDialog>
#include <QPointer>

#include "app/health/HealthTypes.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace td {

class ConnectionSession;
class CustomerRegistry;
class HealthCheck;
class HealthFilterProxy;
class HealthFindingsModel;
class InventoryStore;
class JobCenter;
class JobFollower;

// The estate health check of one connection: Run / Re-check (a live operation in the Jobs tab with
// progress and Cancel), the findings (filter by text and severity, sort by any column), Fix… on the
// selected findings (a preview and a confirmation first, then one "health-fix" job: in the Jobs tab,
// audited, each fix as its own identity), and export to CSV or HTML. The stores must outlive the
// dialog; jobs may be null (no fixes then).
class HealthDialog : public QDialog
{
    Q_OBJECT
public:
    HealthDialog(ConnectionSession *session, InventoryStore *store, CustomerRegistry *registry,
                 JobCenter *jobs, QWidget *parent = nullptr);
    ~HealthDialog() override;

    void run(); // Run / Re-check
    void cancel();
    void fixSelected(); // preview + confirmation (a window-modal message box, opened with open())
    void exportTo(const QString &path); // CSV, or HTML for .html/.htm; the result shows in the status line
    bool isChecking() const;
    bool isFixing() const;
    ConnectionSession *session() const { return m_session; }
    HealthFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

Q_SIGNALS:
    void checkFinished(const td::HealthReport &report);
    void fixesFinished(int succeeded, int failed);

private:
    void buildUi();
    void onProgress(int done, int total, const QString &phase);
    void onFinished(const HealthReport &report);
    void applyFixes(const QVector<HealthFinding> &findings);
    void chooseExport(bool html);
    void updateButtons();
    QVector<HealthFinding> selectedFindings() const;

    QPointer<ConnectionSession> m_session;
    InventoryStore *m_store;
    CustomerRegistry *m_registry;
    QPointer<JobCenter> m_jobs;
    QPointer<HealthCheck> m_check;
    QPointer<JobFollower> m_fixes;
    QString m_operationId;
    HealthFindingsModel *m_model;
    HealthFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_severity = nullptr;
};

} // namespace td
