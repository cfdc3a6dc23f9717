#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

class AuditLog;
class CustomerRegistry;
class JobJournal;

// tenantdesk-cli jobs list | jobs resume ID [--concurrency N] [--result FILE]
// list reads the journal only (a job a killed process left shows as running until an engine starts);
// resume opens the job's connection (secret from the keychain), starts an engine over the journal (which
// marks left-running jobs interrupted) and continues the job from each item's first unfinished step.
class CliJobs : public QObject
{
    Q_OBJECT
public:
    CliJobs(const CliContext &context, JobJournal *journal, CustomerRegistry *registry, AuditLog *audit,
            QObject *parent = nullptr);
    void run(const QStringList &args); // args after "jobs"
    static QString usage();

private:
    void list();
    void resume(const QString &jobId, int concurrency, const QString &resultPath);

    CliContext m_ctx;
    JobJournal *m_journal;
    CustomerRegistry *m_registry;
    AuditLog *m_audit;
};

} // namespace td
