#pragma once
#include <QStringList>

#include "app/cli/CliCommand.h"

namespace td {

// tenantdesk-cli connections add|list|remove|test
class CliConnections : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override; // args after "connections"
    static QString usage();

private:
    void add(const QStringList &args);
    void list();
    void remove(const QString &nameOrId);
    void test(const QString &nameOrId);
};

} // namespace td
