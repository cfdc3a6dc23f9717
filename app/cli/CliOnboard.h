#pragma once
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

class AuditLog;
class BulkOnboarding;
class ConnectionSession;
class CustomerRegistry;
class JobEngine;
class JobJournal;

// tenantdesk-cli onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE]
//   [--poll-ms MS] [--profile-template T] [--workspace-template T]
// Dry run: per row what will be created / exists / the row's error (exit 0 all rows usable, 1 not).
// Run: one "onboard" job in the journal, a line per finished customer and the totals (CliJobWatcher).
class CliOnboard : public QObject
{
    Q_OBJECT
public:
    CliOnboard(const CliContext &context, JobJournal *journal, CustomerRegistry *registry, AuditLog *audit,
               QObject *parent = nullptr);
    void run(const QStringList &args); // args after "onboard"
    static QString usage();

private:
    void dryRun();
    void submit();

    CliContext m_ctx;
    JobJournal *m_journal;
    CustomerRegistry *m_registry;
    AuditLog *m_audit;
    QPointer<ConnectionSession> m_session;
    BulkOnboarding *m_bulk = nullptr;
    JobEngine *m_engine = nullptr;
    int m_concurrency = 4;
    QString m_resultPath;
};

} // namespace td
