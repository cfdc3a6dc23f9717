#pragma once

#include "app/cli/CliCommand.h"

namespace td {

// tenantdesk-cli capacities list --connection NAME [--json]
// The capacities the connection's service principal sees: id, name, SKU, region, state, its right.
class CliCapacities : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override; // args after "capacities"
    static QString usage();
};

} // namespace td
