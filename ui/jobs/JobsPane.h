#pragma once
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace td {

class JobCenter;
class JobItemsModel;
class JobsModel;

// Activity dock, "Jobs" tab: the jobs (state, progress bar, done/total, started, duration) with Pause,
// Resume, Cancel (confirmed) and Retry failed; beside them the per-item results of the selected job
// with "Export results…" (CSV) and "Provide input…" for an item that needs input (JobInputDialog).
class JobsPane : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPane(JobCenter *center, QWidget *parent = nullptr);

    JobsModel *model() const { return m_model; }
    JobItemsModel *itemsModel() const { return m_items; }
    QTableView *jobsView() const { return m_jobsView; }
    QTableView *itemsView() const { return m_itemsView; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *inputButton() const { return m_input; }
    QLabel *messageLabel() const { return m_message; }

    QString currentJobId() const;
    void selectJob(const QString &jobId);
    bool exportResults(const QString &path, QString *error = nullptr); // the selected job's items

public Q_SLOTS:
    void pauseCurrent();
    void resumeCurrent();
    void cancelCurrent(); // asks first (dialog "confirmCancelJob", opened with open())
    void retryCurrent();
    void exportResultsAs(); // asks for a file name (non-modal-loop file dialog)
    void provideInput();    // for the selected item that needs input (dialog "jobInputDialog", open())

private:
    void updateButtons();
    void onCurrentChanged();
    void showMessage(const QString &text);
    QPushButton *addButton(const QString &text, const QKeySequence &key, void (JobsPane::*slot)());

    QPointer<JobCenter> m_center;
    JobsModel *m_model;
    JobItemsModel *m_items;
    QTableView *m_jobsView;
    QTableView *m_itemsView;
    QLabel *m_unavailable;
    QLabel *m_message;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_input = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace td
