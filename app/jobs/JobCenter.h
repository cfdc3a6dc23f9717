#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

#include "app/jobs/JobTypes.h"

namespace td {

class ConnectionSession;
class JobEngine;
class JobJournal;

// Everything the Jobs tab lists: the journaled jobs of a JobEngine (created here over the journal) and
// live operations that are not journaled (an inventory crawl, ...), which show progress, can be
// cancelled and keep a result summary until the window closes. One per window; not a singleton.
class JobCenter : public QObject
{
    Q_OBJECT
public:
    explicit JobCenter(QObject *parent = nullptr);
    ~JobCenter() override;

    // Creates the engine over an open journal (jobs a previous run left running become interrupted).
    // The journal must outlive this object. Call once.
    void setJournal(JobJournal *journal);
    // The journal could not open: journaled jobs are disabled and the pane says why.
    void setJournalUnavailable(const QString &reason);
    JobEngine *engine() const { return m_engine; } // null while journaled jobs are disabled
    QString unavailableReason() const { return m_unavailable; }
    void setSession(const QString &connectionId, ConnectionSession *session); // forwarded to the engine

    // Live operations. cancel may be empty (the operation cannot be cancelled). Returns its id.
    QString trackOperation(const QString &title, const std::function<void()> &cancel);
    void updateOperation(const QString &id, int done, int total);
    void finishOperation(const QString &id, JobState state, const QString &summary,
                         const QVector<JobItemInfo> &items = {});

    // Journaled jobs (oldest first), then live operations (oldest first).
    QVector<JobInfo> jobs() const;
    JobInfo job(const QString &id) const;
    QVector<JobItemInfo> items(const QString &id) const;
    JobItemInfo item(const QString &id, const QString &key) const;

    bool canPause(const QString &id) const;
    bool canResume(const QString &id) const;
    bool canCancel(const QString &id) const;
    bool canRetry(const QString &id) const;
    bool pause(const QString &id);
    bool resume(const QString &id, QString *error = nullptr);
    bool cancel(const QString &id);
    bool retryFailed(const QString &id, QString *error = nullptr);
    bool provideInput(const QString &id, const QString &itemKey, const QJsonObject &input,
                      QString *error = nullptr); // JobEngine::provideInput

Q_SIGNALS:
    void jobsReset(); // the engine arrived (or went): re-read jobs()
    void jobAdded(const QString &id);
    void jobChanged(const QString &id);
    void itemChanged(const QString &id, const QString &itemKey);

private:
    struct LiveOperation
    {
        JobInfo info;
        std::function<void()> cancel;
        QVector<JobItemInfo> items;
    };
    JobEngine *m_engine = nullptr;
    QString m_unavailable;
    QHash<QString, LiveOperation> m_live;
    QStringList m_liveOrder;
    int m_nextLive = 1;
};

} // namespace td
