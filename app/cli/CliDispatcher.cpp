#include "app/cli/CliDispatcher.h"

#include "app/cli/CliAssignCapacity.h"
#include "app/cli/CliCapacities.h"
#include "app/cli/CliCheckAccess.h"
#include "app/cli/CliConnections.h"
#include "app/cli/CliCustomers.h"
#include "app/cli/CliHealth.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CliMigrate.h"
#include "app/cli/CliOnboard.h"

namespace td {

namespace {
template<typename Command> CliCommand *make(const CliContext &context, QObject *parent)
{
    return new Command(context, parent);
}

struct CommandEntry
{
    const char *name;
    QString (*usage)();
    CliCommand *(*make)(const CliContext &, QObject *);
};

// In the order of the usage text.
const CommandEntry kCommands[] = {
    {"connections", &CliConnections::usage, &make<CliConnections>},
    {"customers", &CliCustomers::usage, &make<CliCustomers>},
    {"onboard", &CliOnboard::usage, &make<CliOnboard>},
    {"capacities", &CliCapacities::usage, &make<CliCapacities>},
    {"assign-capacity", &CliAssignCapacity::usage, &make<CliAssignCapacity>},
    {"jobs", &CliJobs::usage, &make<CliJobs>},
    {"health", &CliHealth::usage, &make<CliHealth>},
    {"check-access", &CliCheckAccess::usage, &make<CliCheckAccess>},
    {"migrate", &CliMigrate::usage, &make<CliMigrate>},
};
} // namespace

CliDispatcher::CliDispatcher(const CliContext &context, QObject *parent) : QObject(parent), m_ctx(context) {}

QString CliDispatcher::usage()
{
    QStringList commands;
    for (const CommandEntry &c : kCommands)
        commands << c.usage();
    return tr("Usage: tenantdesk-cli [--json] <command> ...\n%1\n"
              "Exit codes: 0 done, 1 failed, 2 usage, 3 keychain, 4 connection, 5 interrupted.")
        .arg(commands.join(QLatin1Char('\n')));
}

void CliDispatcher::start(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.removeAll(QStringLiteral("--json")) > 0)
        m_ctx.json = true;
    const QString command = args.value(0);
    for (const CommandEntry &c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.make(m_ctx, this)->run(args.mid(1));
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command.isEmpty()) {
        if (m_ctx.out)
            *m_ctx.out << usage() << Qt::endl;
        m_ctx.finish(command.isEmpty() ? ExitUsage : ExitOk);
    } else {
        m_ctx.fail(ExitUsage, tr("Unknown command %1.\n%2").arg(command, usage()));
    }
}

} // namespace td
