#include "app/cli/CliCapacities.h"

#include <QJsonArray>

#include "app/api/PowerBiClient.h"
#include "app/capacity/CapacityTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

QString CliCapacities::usage()
{
    return tr("capacities list --connection NAME");
}

void CliCapacities::run(const QStringList &args)
{
    CliArgs a({"connection"});
    if (!parse(a, args, usage(), true))
        return;
    if (a.positional() != QStringList{QStringLiteral("list")} || !a.isSet("connection"))
        return usageError(tr("capacities list needs --connection."), usage());
    openSession(a.value("connection"), [this](ConnectionSession *session, int) {
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
