#pragma once
#include <QStringList>

#include "app/cli/CliCommand.h"

namespace td {

// tenantdesk-cli customers list|import|export
class CliCustomers : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;
    static QString usage();
};

} // namespace td
