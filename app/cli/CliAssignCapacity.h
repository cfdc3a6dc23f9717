#pragma once
#include <QPointer>
#include <QStringList>

#include "app/capacity/CapacityTypes.h"
#include "app/cli/CliCommand.h"

namespace td {

class CapacityPreflight;

// tenantdesk-cli assign-capacity --connection NAME --capacity ID|shared (--workspaces ID,... |
//   --customers ID,...) [--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS]
// Customers are resolved through the customer registry to their workspaces (and profiles). The pre-flight
// (CapacityPreflight) runs first; --dry-run prints the plan with each finding (exit 0 when nothing is
// blocked, 1 otherwise). A run submits the Move items as one "assign-capacity" job and follows it
// (CliJobWatcher); blocked workspaces make the exit code 1 and are listed in the result file.
class CliAssignCapacity : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override; // args after "assign-capacity"
    static QString usage();

private:
    void opened(ConnectionSession *session);
    void planned();
    void printPlan();
    void submit();

    QPointer<ConnectionSession> m_session;
    CapacityPreflight *m_preflight = nullptr;
    QString m_capacity;
    QStringList m_workspaceIds;
    QStringList m_customerIds;
    bool m_dryRun = false;
    int m_concurrency = 4;
    int m_pollMs = RetryDefaults::PollMs;
    QString m_resultPath;
};

} // namespace td
