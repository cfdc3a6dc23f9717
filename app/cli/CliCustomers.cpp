#include "app/cli/CliCustomers.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include "app/connections/ConnectionStore.h"
#include "app/registry/CustomerRegistry.h"

namespace td {

CliCustomers::CliCustomers(const CliContext &context, CustomerRegistry *registry, QObject *parent)
    : QObject(parent), m_ctx(context), m_registry(registry)
{}

QString CliCustomers::usage()
{
    return tr("customers list [--connection NAME]\n"
              "customers import --connection NAME --csv FILE\n"
              "customers export [--connection NAME] --csv FILE");
}

QString CliCustomers::connectionIdFor(const QString &nameOrId) const
{
    return m_ctx.connections->find(nameOrId).id;
}

void CliCustomers::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    p.addOptions({connection, csv});
    const QString verb = args.value(0);
    if (!p.parse(QStringList{QStringLiteral("customers")} + args.mid(1)) ||
        !p.positionalArguments().isEmpty()) {
        m_ctx.fail(ExitUsage, tr("%1\nUsage:\n%2").arg(p.errorText(), usage()));
        return;
    }
    QString connectionId;
    if (p.isSet(connection)) {
        connectionId = connectionIdFor(p.value(connection));
        if (connectionId.isEmpty()) {
            m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(p.value(connection)));
            return;
        }
    }
    if (verb == QLatin1String("list")) {
        QJsonArray all;
        for (const Customer &c : m_registry->list(connectionId)) {
            all.append(
                QJsonObject{{QStringLiteral("customerId"), c.customerId},
                            {QStringLiteral("displayName"), c.displayName},
                            {QStringLiteral("connectionId"), c.connectionId},
                            {QStringLiteral("identity"), Customer::identityName(c.identity)},
                            {QStringLiteral("profileId"), c.profileId},
                            {QStringLiteral("workspaceIds"), QJsonArray::fromStringList(c.workspaceIds)},
                            {QStringLiteral("capacityId"), c.capacityId},
                            {QStringLiteral("status"), c.status}});
            m_ctx.print(
                QStringLiteral("%1\t%2\t%3\t%4").arg(c.customerId, c.displayName, c.profileId, c.status));
        }
        if (m_ctx.json)
            m_ctx.printJson(all);
        m_ctx.finish(ExitOk);
    } else if (verb == QLatin1String("import") && p.isSet(csv) && !connectionId.isEmpty()) {
        QFile f(p.value(csv));
        if (!f.open(QIODevice::ReadOnly)) {
            m_ctx.fail(ExitFailed, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return;
        }
        const CsvImportResult r = m_registry->importCsv(f.readAll(), connectionId);
        if (m_ctx.json)
            m_ctx.printJson(QJsonObject{{QStringLiteral("added"), r.added},
                                        {QStringLiteral("updated"), r.updated},
                                        {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}});
        m_ctx.print(tr("%1 added, %2 updated, %3 refused.").arg(r.added).arg(r.updated).arg(r.errors.size()));
        for (const QString &e : r.errors)
            m_ctx.print(QStringLiteral("  ") + e);
        m_ctx.finish(r.errors.isEmpty() ? ExitOk : ExitFailed);
    } else if (verb == QLatin1String("export") && p.isSet(csv)) {
        QSaveFile f(p.value(csv));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write("\xEF\xBB\xBF" + m_registry->toCsv(connectionId).toUtf8()) < 0 || !f.commit()) {
            m_ctx.fail(ExitFailed, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
            return;
        }
        m_ctx.print(tr("Wrote %1.").arg(f.fileName()));
        m_ctx.finish(ExitOk);
    } else {
        m_ctx.fail(ExitUsage, tr("Usage:\n%1").arg(usage()));
    }
}

} // namespace td
