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

CliDispatcher::CliDispatcher(const CliContext &context, CustomerRegistry *registry, QObject *parent)
    : QObject(parent), m_ctx(context), m_registry(registry)
{}

QString CliDispatcher::usage()
{
    const QStringList commands{CliConnections::usage(), CliCustomers::usage(),      CliOnboard::usage(),
                               CliCapacities::usage(),  CliAssignCapacity::usage(), CliJobs::usage(),
                               CliHealth::usage(),      CliCheckAccess::usage(),    CliMigrate::usage()};
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
    args = args.mid(1);
    if (command == QLatin1String("connections")) {
        (new CliConnections(m_ctx, this))->run(args);
    } else if (command == QLatin1String("customers")) {
        if (!m_registry) {
            m_ctx.fail(ExitFailed, tr("The customer registry is not available."));
            return;
        }
        (new CliCustomers(m_ctx, m_registry, this))->run(args);
    } else if (command == QLatin1String("onboard")) {
        (new CliOnboard(m_ctx, m_journal, m_registry, m_audit, this))->run(args);
    } else if (command == QLatin1String("capacities")) {
        (new CliCapacities(m_ctx, this))->run(args);
    } else if (command == QLatin1String("assign-capacity")) {
        (new CliAssignCapacity(m_ctx, m_journal, m_registry, this))->run(args);
    } else if (command == QLatin1String("migrate")) {
        (new CliMigrate(m_ctx, m_journal, m_registry, this))->run(args);
    } else if (command == QLatin1String("jobs")) {
        (new CliJobs(m_ctx, m_journal, m_registry, m_audit, this))->run(args);
    } else if (command == QLatin1String("health")) {
        (new CliHealth(m_ctx, m_journal, m_registry, this))->run(args);
    } else if (command == QLatin1String("check-access")) {
        (new CliCheckAccess(m_ctx, this))->run(args);
    } else if (command == QLatin1String("help") || command == QLatin1String("--help") || command.isEmpty()) {
        if (m_ctx.out)
            *m_ctx.out << usage() << Qt::endl;
        m_ctx.finish(command.isEmpty() ? ExitUsage : ExitOk);
    } else {
        m_ctx.fail(ExitUsage, tr("Unknown command %1.\n%2").arg(command, usage()));
    }
}

} // namespace td
