#include "app/cli/CliCheckAccess.h"

#include "app/cli/CliInterrupts.h"
#include "app/diagnostics/AccessCheck.h"
#include "app/session/ConnectionSession.h"

namespace td {

QString CliCheckAccess::usage()
{
    return tr(
        "check-access --connection NAME [--profile ID] (--report ID | --dataset ID) [--workspace ID]\n"
        "             [--username NAME] [--roles ROLE,ROLE]   (no --profile: as the service principal)");
}

void CliCheckAccess::run(const QStringList &args)
{
    CliArgs a({"connection", "profile", "report", "dataset", "workspace", "username", "roles"});
    if (!parse(a, args, usage(), true))
        return;
    if (!a.positional().isEmpty() || !a.isSet("connection") || (!a.isSet("report") && !a.isSet("dataset")))
        return usageError(QString(), usage());
    AccessCheckInput in;
    in.profileId = a.value("profile").trimmed();
    in.reportId = a.value("report").trimmed();
    in.datasetId = a.value("dataset").trimmed();
    in.workspaceId = a.value("workspace").trimmed();
    in.username = a.value("username").trimmed();
    for (const QString &r : a.value("roles").split(QLatin1Char(','), Qt::SkipEmptyParts))
        in.roles << r.trimmed();

    // Not ConnectionSession::test(): a refused token is the check's first link, not a usage error.
    openSession(
        a.value("connection"),
        [this, in](ConnectionSession *session, int) {
            auto *check = new AccessCheck(session, in, this);
            if (m_ctx.interrupts)
                connect(m_ctx.interrupts, &CliInterrupts::interrupted, check, &AccessCheck::cancel);
            connect(check, &AsyncOp::finished, this, [this](const OpResult &r) {
                if (r.cancelled())
                    return m_ctx.fail(ExitInterrupted, tr("Cancelled."));
                if (!r.ok)
                    return m_ctx.fail(ExitFailed, r.error.summary());
                const AccessReport report = AccessCheck::reportFrom(r);
                if (m_ctx.json)
                    m_ctx.printJson(report.toJson());
                else
                    m_ctx.print(report.toTicketText().trimmed());
                m_ctx.finish(report.allPassed() ? ExitOk : ExitFailed);
            });
            check->start();
        },
        /*test=*/false);
}

} // namespace td
