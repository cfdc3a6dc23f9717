#pragma once
#include <QObject>
#include <QPointer>
#include <QSet>

#include "app/jobs/JobTypes.h"

namespace td {

class JobEngine;

// Follows one job of a JobEngine for a view that waits on it (a dialog, a CLI command, a test): each
// item once when it reaches a final state, the progress, and the job once when it ends. A view over the
// journal; it runs nothing itself, and stopping to follow (destroying it) leaves the job running.
class JobFollower : public QObject
{
    Q_OBJECT
public:
    JobFollower(JobEngine *engine, const QString &jobId, QObject *parent = nullptr);
    const QString &jobId() const { return m_jobId; }
    bool hasEnded() const { return m_ended; }
    void check(); // reports what already happened (also called on every change of the job)

Q_SIGNALS:
    void itemEnded(const td::JobItemInfo &item);
    void progress(int done, int total);
    void ended(const td::JobInfo &job); // final state; once

private:
    QPointer<JobEngine> m_engine;
    QString m_jobId;
    QSet<QString> m_reported;
    bool m_ended = false;
};

} // namespace td
