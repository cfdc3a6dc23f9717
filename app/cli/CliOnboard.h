#pragma once
#include <QStringList>

#include "app/cli/CliCommand.h"

namespace td {

class BulkOnboarding;

// tenantdesk-cli onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE]
//   [--poll-ms MS] [--profile-template T] [--workspace-template T] [--existing fail|skip|update]
// A customer id the registry holds already is refused (fail, the default), left out (skip), or onboarded
// again on its registered profile and workspace (update): see ExistingCustomers.
// Dry run: per row what will be created / exists / the row's error (exit 0 all rows usable, 1 not).
// Run: one "onboard" job in the journal, a line per finished customer and the totals (CliJobWatcher).
class CliOnboard : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override; // args after "onboard"
    static QString usage();

private:
    void dryRun();
    void submit(ConnectionSession *session);

    BulkOnboarding *m_bulk = nullptr;
    int m_concurrency = 4;
    QString m_resultPath;
};

} // namespace td
