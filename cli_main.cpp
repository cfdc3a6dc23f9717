// tenantdesk-cli: the thin headless main. Same stores as the GUI (QSettings connections, the OS
// keychain, the SQLite registry and journal in the app data directory).
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

#include "app/audit/AuditLog.h"
#include "app/cli/CliDispatcher.h"
#include "app/cli/CliInterrupts.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/jobs/JobJournal.h"
#include "app/registry/CustomerRegistry.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TenantDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QNetworkAccessManager nam;
    QSettings settings;
    td::ConnectionStore connections(&settings);
    td::SecretStore secrets;
    td::CustomerRegistry registry(td::CustomerRegistry::defaultPath());
    QString error;
    const bool registryOk = registry.open(&error);
    if (!registryOk)
        err << QCoreApplication::translate("main", "Customer registry unavailable: %1").arg(error)
            << Qt::endl;
    // Journaled jobs (onboard, jobs resume) and the audit trail: the GUI's files. Without the journal,
    // those commands say so; without the audit log, changes are made unaudited.
    td::JobJournal journal(td::JobJournal::defaultPath());
    const bool journalOk = journal.open(&error);
    if (!journalOk)
        err << QCoreApplication::translate("main", "Job journal unavailable: %1").arg(error) << Qt::endl;
    td::AuditLog audit(td::AuditLog::defaultPath());
    const bool auditOk = audit.open(&error);
    if (!auditOk)
        err << QCoreApplication::translate("main", "Audit log unavailable: %1").arg(error) << Qt::endl;

    td::CliContext ctx;
    ctx.connections = &connections;
    ctx.secrets = &secrets;
    ctx.nam = &nam;
    ctx.out = &out;
    ctx.err = &err;
    ctx.readStdinLine = [&in] { return in.readLine(); };
    ctx.journal = journalOk ? &journal : nullptr;
    ctx.registry = registryOk ? &registry : nullptr;
    ctx.audit = auditOk ? &audit : nullptr;
    td::CliInterrupts interrupts;
    if (interrupts.install())
        ctx.interrupts = &interrupts;
    int exitCode = -1;
    ctx.finish = [&exitCode](int code) {
        if (exitCode >= 0)
            return; // one completion only
        exitCode = code;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    };
    td::CliDispatcher runner(ctx);
    runner.start(app.arguments().mid(1));
    return app.exec(); // a command that finished at once has queued its exit already
}
