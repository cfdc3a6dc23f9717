#pragma once
#include <QCommandLineParser>
#include <QObject>
#include <functional>
#include <initializer_list>
#include <limits>

#include "app/cli/CliContext.h"

namespace td {

class ConnectionSession;
class JobEngine;

// The arguments of one command (those after its name), its options given by name: each of valueOptions
// takes a value ("--connection NAME"), each of flags none ("--dry-run").
class CliArgs
{
public:
    CliArgs(std::initializer_list<const char *> valueOptions, std::initializer_list<const char *> flags = {});
    bool parse(const QStringList &args) { return m_parser.parse(QStringList{QString()} + args); }
    QString errorText() const { return m_parser.errorText(); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const char *name) const { return m_parser.isSet(QLatin1String(name)); }
    QString value(const char *name) const { return m_parser.value(QLatin1String(name)); }
    QStringList values(const char *name) const { return m_parser.values(QLatin1String(name)); }
    // The option's number into *n when the option is given; false when it is not a number from min to max.
    bool number(const char *name, int *n, int min, int max = std::numeric_limits<int>::max()) const;

private:
    QCommandLineParser m_parser;
};

// One tenantdesk-cli command (CliDispatcher starts it) and what the commands share: usage errors, the
// saved connection opened as a session, a job engine over the journal.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(const CliContext &context, QObject *parent);
    // Runs with the arguments after the command's name; the run ends with m_ctx.finish (or m_ctx.fail).
    virtual void run(const QStringList &args) = 0;

protected:
    using Opened = std::function<void(ConnectionSession *session, int profiles)>;
    // Ends the run with ExitUsage: why (none: only the usage) and the command's usage.
    void usageError(const QString &why, const QString &usage) const;
    // Parses args into a; false (after the usage error) when they do not parse or, unless positional
    // arguments are taken, when one is given.
    bool parse(CliArgs &a, const QStringList &args, const QString &usage, bool positional = false) const;
    // Opens a saved connection the way `connections test` does: the secret from the keychain (never from
    // the command line), a session (auditing into m_ctx.audit), a token and one API call. On success
    // opened gets the tested session (a child of this command) and the profiles on the first page; on
    // failure the run ends with ExitConnection (unknown connection, token or call refused) or
    // ExitKeychain. Without test, the connection's settings are validated instead and the session is
    // handed over untested (profiles 0).
    void openSession(const QString &nameOrId, const Opened &opened, bool test = true);
    // A job engine over the journal (it marks interrupted the jobs a killed run left "running") that
    // knows every job type, runs the jobs of the session's connection, itemsAtOnce items at once.
    JobEngine *newEngine(ConnectionSession *session, int itemsAtOnce = 4);
    static bool stdinIsInteractive();

    CliContext m_ctx;
};

} // namespace td
