#include "app/cli/CliCommand.h"

#include <unistd.h>

#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/jobs/JobEngine.h"
#include "app/jobtypes/KnownJobTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliArgs::CliArgs(std::initializer_list<const char *> valueOptions, std::initializer_list<const char *> flags)
{
    for (const char *name : valueOptions)
        m_parser.addOption(QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("VALUE")));
    for (const char *name : flags)
        m_parser.addOption(QCommandLineOption(QLatin1String(name)));
}

bool CliArgs::number(const char *name, int *n, int min, int max) const
{
    if (!isSet(name))
        return true;
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *n = v;
    return true;
}

CliCommand::CliCommand(const CliContext &context, QObject *parent) : QObject(parent), m_ctx(context) {}

void CliCommand::usageError(const QString &why, const QString &usage) const
{
    if (why.isEmpty())
        m_ctx.fail(ExitUsage, tr("Usage:\n%1").arg(usage));
    else if (usage.contains(QLatin1Char('\n')))
        m_ctx.fail(ExitUsage, tr("%1\nUsage:\n%2").arg(why, usage));
    else
        m_ctx.fail(ExitUsage, tr("%1\nUsage: %2").arg(why, usage));
}

bool CliCommand::parse(CliArgs &a, const QStringList &args, const QString &usage, bool positional) const
{
    if (a.parse(args) && (positional || a.positional().isEmpty()))
        return true;
    usageError(a.errorText().isEmpty() ? tr("unexpected argument") : a.errorText(), usage);
    return false;
}

bool CliCommand::stdinIsInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void CliCommand::openSession(const QString &nameOrId, const Opened &opened, bool test)
{
    const Connection c = m_ctx.connections->find(nameOrId);
    if (c.id.isEmpty())
        return m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(nameOrId));
    const QStringList problems = test ? QStringList() : c.validate();
    if (!problems.isEmpty())
        return m_ctx.fail(ExitConnection, tr("%1: %2").arg(c.name, problems.join(QLatin1Char(' '))));
    m_ctx.secrets->read(c.id, this, [this, c, opened, test](const QString &secret, const ApiError &error) {
        if (error.isError())
            return m_ctx.fail(ExitKeychain, error.summary());
        auto *session = new ConnectionSession(c, secret, m_ctx.nam, nullptr, this);
        session->setAuditLog(m_ctx.audit);
        if (!test)
            return opened(session, 0);
        connect(session, &ConnectionSession::tested, this,
                [this, c, session, opened](const ApiError &e, int n) {
                    if (e.isError())
                        return m_ctx.fail(ExitConnection, tr("%1: %2").arg(c.name, e.summary()));
                    opened(session, n);
                });
        session->test();
    });
}

JobEngine *CliCommand::newEngine(ConnectionSession *session, int itemsAtOnce)
{
    auto *engine = new JobEngine(m_ctx.journal, this);
    registerKnownJobTypes(engine->types(), m_ctx.registry);
    engine->setSession(session->connection().id, session);
    engine->setMaxConcurrency(itemsAtOnce);
    return engine;
}

} // namespace td
