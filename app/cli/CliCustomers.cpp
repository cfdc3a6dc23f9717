#include "app/cli/CliCustomers.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/connections/ConnectionStore.h"
#include "app/registry/CustomerRegistry.h"
#include "app/util/Csv.h"
#include "app/util/InputFile.h"

namespace td {

QString CliCustomers::usage()
{
    return tr("customers list [--connection NAME]\n"
              "customers import --connection NAME --csv FILE\n"
              "customers export [--connection NAME] --csv FILE");
}

void CliCustomers::run(const QStringList &args)
{
    if (!m_ctx.registry)
        return m_ctx.fail(ExitFailed, tr("The customer registry is not available."));
    CliArgs a({"connection", "csv"});
    const QString verb = args.value(0);
    if (!parse(a, args.mid(1), usage()))
        return;
    QString connectionId;
    if (a.isSet("connection")) {
        connectionId = m_ctx.connections->find(a.value("connection")).id;
        if (connectionId.isEmpty()) {
            m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(a.value("connection")));
            return;
        }
    }
    if (verb == QLatin1String("list")) {
        QJsonArray all;
        for (const Customer &c : m_ctx.registry->list(connectionId)) {
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
    } else if (verb == QLatin1String("import") && a.isSet("csv") && !connectionId.isEmpty()) {
        QByteArray bytes;
        QString error;
        if (!InputFile::read(a.value("csv"), InputFile::CsvLimit, &bytes, &error))
            return m_ctx.fail(ExitFailed, error);
        const CsvImportResult r = m_ctx.registry->importCsv(bytes, connectionId);
        if (m_ctx.json) {
            m_ctx.printJson(QJsonObject{{QStringLiteral("added"), r.added},
                                        {QStringLiteral("updated"), r.updated},
                                        {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}});
            return m_ctx.finish(r.errors.isEmpty() ? ExitOk : ExitFailed);
        }
        if (r.errors.isEmpty()) {
            m_ctx.print(tr("%1 added, %2 updated.").arg(r.added).arg(r.updated));
            return m_ctx.finish(ExitOk);
        }
        const int shown = qMin(int(r.errors.size()), 20);
        for (int i = 0; i < shown; ++i)
            m_ctx.print(QStringLiteral("  ") + r.errors.at(i));
        if (r.errors.size() > shown)
            m_ctx.print(tr("  … and %1 more.").arg(r.errors.size() - shown));
        m_ctx.fail(ExitFailed,
                   tr("Nothing was imported: %n row(s) of %1 refused.", nullptr, int(r.errors.size()))
                       .arg(a.value("csv")));
    } else if (verb == QLatin1String("export") && a.isSet("csv")) {
        QString error;
        if (!Csv::save(a.value("csv"), "\xEF\xBB\xBF" + m_ctx.registry->toCsv(connectionId).toUtf8(), &error))
            return m_ctx.fail(ExitFailed, error);
        m_ctx.print(tr("Wrote %1.").arg(a.value("csv")));
        m_ctx.finish(ExitOk);
    } else {
        usageError(QString(), usage());
    }
}

} // namespace td
