#include "app/cli/CliCheckAccess.h"

#include <QCommandLineParser>
#include <QPointer>

#include "app/cli/CliInterrupts.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/diagnostics/AccessCheck.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliCheckAccess::CliCheckAccess(const CliContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{}

QString CliCheckAccess::usage()
{
    return tr(
        "check-access --connection NAME [--profile ID] (--report ID | --dataset ID) [--workspace ID]\n"
        "             [--username NAME] [--roles ROLE,ROLE]   (no --profile: as the service principal)");
}

void CliCheckAccess::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("ID"));
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("ID"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QString(), QStringLiteral("ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QString(), QStringLiteral("ID"));
    const QCommandLineOption username(QStringLiteral("username"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption roles(QStringLiteral("roles"), QString(), QStringLiteral("ROLES"));
    p.addOptions({connection, profile, report, dataset, workspace, username, roles});
    if (!p.parse(QStringList{QStringLiteral("check-access")} + args) || !p.positionalArguments().isEmpty() ||
        !p.isSet(connection) || (!p.isSet(report) && !p.isSet(dataset))) {
        m_ctx.fail(ExitUsage, tr("%1\nUsage:\n%2").arg(p.errorText(), usage()).trimmed());
        return;
    }
    AccessCheckInput in;
    in.profileId = p.value(profile).trimmed();
    in.reportId = p.value(report).trimmed();
    in.datasetId = p.value(dataset).trimmed();
    in.workspaceId = p.value(workspace).trimmed();
    in.username = p.value(username).trimmed();
    for (const QString &r : p.value(roles).split(QLatin1Char(','), Qt::SkipEmptyParts))
        in.roles << r.trimmed();

    const Connection c = m_ctx.connections->find(p.value(connection));
    if (c.id.isEmpty()) {
        m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(p.value(connection)));
        return;
    }
    const QStringList problems = c.validate();
    if (!problems.isEmpty()) {
        m_ctx.fail(ExitConnection, tr("%1: %2").arg(c.name, problems.join(QLatin1Char(' '))));
        return;
    }
    const CliContext ctx = m_ctx;
    QPointer<CliCheckAccess> self(this);
    m_ctx.secrets->read(c.id, this, [self, ctx, c, in](const QString &secret, const ApiError &error) {
        if (!self)
            return;
        if (error.isError()) {
            ctx.fail(ExitKeychain, error.summary());
            return;
        }
        // Not ConnectionSession::test(): a refused token is the check's first link, not a usage error.
        auto *session = new ConnectionSession(c, secret, ctx.nam, nullptr, self);
        session->setAuditLog(ctx.audit);
        auto *check = new AccessCheck(session, in, self);
        if (ctx.interrupts)
            connect(ctx.interrupts, &CliInterrupts::interrupted, check, &AccessCheck::cancel);
        connect(check, &AsyncOp::finished, self, [ctx](const OpResult &r) {
            if (r.cancelled()) {
                ctx.fail(ExitInterrupted, tr("Cancelled."));
                return;
            }
            if (!r.ok) {
                ctx.fail(ExitFailed, r.error.summary());
                return;
            }
            const AccessReport report = AccessCheck::reportFrom(r);
            if (ctx.json)
                ctx.printJson(report.toJson());
            else
                ctx.print(report.toTicketText().trimmed());
            ctx.finish(report.allPassed() ? ExitOk : ExitFailed);
        });
        check->start();
    });
}

} // namespace td
