#include "app/cli/CliCapacities.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "app/api/PowerBiClient.h"
#include "app/capacity/CapacityTypes.h"
#include "app/cli/CliSessionOpener.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliCapacities::CliCapacities(const CliContext &context, QObject *parent) : QObject(parent), m_ctx(context) {}

QString CliCapacities::usage()
{
    return tr("capacities list --connection NAME");
}

void CliCapacities::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption connection(QStringLiteral("connection"), QString(), QStringLiteral("NAME"));
    p.addOption(connection);
    if (!p.parse(QStringList{QStringLiteral("capacities")} + args) ||
        p.positionalArguments() != QStringList{QStringLiteral("list")} || !p.isSet(connection)) {
        const QString why =
            p.errorText().isEmpty() ? tr("capacities list needs --connection.") : p.errorText();
        return m_ctx.fail(ExitUsage, tr("%1\nUsage: %2").arg(why, usage()));
    }
    auto *opener = new CliSessionOpener(m_ctx, this);
    opener->open(p.value(connection), [this](ConnectionSession *session) {
        PagedApiCall *job = session->client()->listCapacities();
        connect(job, &PagedApiCall::finished, this, [this](const ListResult &r) {
            if (!r.ok())
                return m_ctx.fail(ExitConnection, r.error.summary());
            QJsonArray all;
            for (const Capacity &c : parseList<Capacity>(r.items)) {
                const CapacityInfo i = CapacityInfo::fromCapacity(c);
                all.append(i.toJson());
                m_ctx.print(
                    QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                        .arg(i.id, i.displayName, i.sku, i.region, i.state, i.capacityUserAccessRight));
            }
            if (m_ctx.json)
                m_ctx.printJson(all);
            else if (all.isEmpty())
                m_ctx.print(
                    tr("The service principal sees no capacity (it needs Assign or Admin rights on one)."));
            m_ctx.finish(ExitOk);
        });
    });
}

} // namespace td
