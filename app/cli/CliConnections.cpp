#include "app/cli/CliConnections.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/session/ConnectionSession.h"

namespace td {

QString CliConnections::usage()
{
    return tr("connections add --name N --tenant-id T --client-id C --secret-stdin [--base-url URL "
              "--login-url URL] [--ca-cert FILE]\n"
              "connections list\n"
              "connections remove NAME\n"
              "connections test NAME");
}

void CliConnections::run(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("add"))
        add(args);
    else if (verb == QLatin1String("list"))
        list();
    else if (verb == QLatin1String("remove") && args.size() == 2)
        remove(args.at(1));
    else if (verb == QLatin1String("test") && args.size() == 2)
        test(args.at(1));
    else
        usageError(QString(), usage());
}

void CliConnections::add(const QStringList &args)
{
    CliArgs a({"name", "tenant-id", "client-id", "base-url", "login-url", "sp-object-id", "ca-cert"},
              {"secret-stdin"});
    if (!parse(a, args.mid(1), usage()))
        return;
    if (!a.isSet("secret-stdin")) {
        m_ctx.fail(ExitUsage, tr("The secret is read from standard input only: add --secret-stdin "
                                 "(never put a secret on the command line)."));
        return;
    }
    Connection c;
    c.name = a.value("name").trimmed();
    c.tenantId = a.value("tenant-id").trimmed();
    c.clientId = a.value("client-id").trimmed();
    c.servicePrincipalObjectId = a.value("sp-object-id").trimmed();
    if (a.isSet("ca-cert")) // one more CA to trust for a test environment (e.g. the emulator's caCertFile)
        c.caCertificateFile = QFileInfo(a.value("ca-cert").trimmed()).absoluteFilePath();
    if (a.isSet("base-url") || a.isSet("login-url")) {
        c.cloud = QStringLiteral("Custom");
        c.apiBaseUrl = QUrl(a.value("base-url").trimmed());
        c.loginUrl = QUrl(a.value("login-url").trimmed());
    } else {
        c.apiBaseUrl = Connection::publicApiBaseUrl();
        c.loginUrl = Connection::publicLoginUrl();
    }
    const QStringList problems = c.validate();
    if (!problems.isEmpty()) {
        m_ctx.fail(ExitUsage, problems.join(QLatin1Char('\n')));
        return;
    }
    if (!m_ctx.connections->find(c.name).id.isEmpty()) {
        m_ctx.fail(ExitFailed, tr("A connection named %1 exists already.").arg(c.name));
        return;
    }
    const QString secret = m_ctx.readStdinLine ? m_ctx.readStdinLine().trimmed() : QString();
    if (secret.isEmpty()) {
        m_ctx.fail(ExitUsage, tr("No secret on standard input."));
        return;
    }
    // The secret goes to the keychain first; the settings are saved only when that worked.
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliContext ctx = m_ctx;
    m_ctx.secrets->write(c.id, secret, this, [ctx, c](const ApiError &error) {
        if (error.isError()) {
            ctx.fail(ExitKeychain, error.summary());
            return;
        }
        const QString id = ctx.connections->save(c);
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), c.name}});
        ctx.print(tr("Added connection %1 (%2); its secret is in the keychain.").arg(c.name, id));
        ctx.finish(ExitOk);
    });
}

void CliConnections::list()
{
    QJsonArray all;
    for (const Connection &c : m_ctx.connections->list()) {
        all.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("tenantId"), c.tenantId},
                               {QStringLiteral("clientId"), c.clientId},
                               {QStringLiteral("baseUrl"), c.apiBaseUrl.toString()},
                               {QStringLiteral("demo"), c.demo}});
        m_ctx.print(QStringLiteral("%1\t%2\t%3").arg(c.name, c.id, c.apiBaseUrl.toString()));
    }
    if (m_ctx.json)
        m_ctx.printJson(all);
    else if (all.isEmpty())
        m_ctx.print(tr("No connections. Add one with: tenantdesk-cli connections add ..."));
    m_ctx.finish(ExitOk);
}

void CliConnections::remove(const QString &nameOrId)
{
    const Connection c = m_ctx.connections->find(nameOrId);
    if (c.id.isEmpty()) {
        m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(nameOrId));
        return;
    }
    const CliContext ctx = m_ctx;
    m_ctx.secrets->remove(c.id, this, [ctx, c](const ApiError &error) {
        ctx.connections->remove(c.id);
        if (error.isError()) // the settings are gone; say that the keychain entry may remain
            ctx.fail(ExitKeychain, tr("Removed %1, but its keychain entry could not be removed: %2")
                                       .arg(c.name, error.summary()));
        else {
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("removed"), c.id}});
            ctx.print(tr("Removed connection %1 and its secret.").arg(c.name));
            ctx.finish(ExitOk);
        }
    });
}

void CliConnections::test(const QString &nameOrId)
{
    openSession(nameOrId, [this](ConnectionSession *session, int profiles) {
        if (m_ctx.json)
            m_ctx.printJson(
                QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("profiles"), profiles}});
        m_ctx.print(
            tr("%1: token and API call succeeded (%n profile(s) on the first page).", nullptr, profiles)
                .arg(session->connection().name));
        m_ctx.finish(ExitOk);
    });
}

} // namespace td
