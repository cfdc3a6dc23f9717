#pragma once
#include <QStringList>

#include "app/cli/CliCommand.h"

namespace td {

// tenantdesk-cli check-access --connection NAME [--profile ID] (--report ID | --dataset ID)
// [--workspace ID] [--username NAME --roles R1,R2] [--json]: runs the access check (AccessCheck) and prints
// each link (or the report as JSON). Exit 0 when every link passes, 1 when one fails or stays unknown. A
// token refused by Entra is link 1 failing (exit 1), not a connection error.
class CliCheckAccess : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
    static QString usage();
};

} // namespace td
