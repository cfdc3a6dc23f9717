#include "app/ops/ReadParametersOp.h"

#include <QJsonArray>

#include "app/api/ContentClient.h"
#include "app/domain/ContentTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

ReadParametersOp::ReadParametersOp(ConnectionSession *session, const QString &asProfileId,
                                   const QString &workspaceId, const QStringList &datasetIds, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_datasetIds(datasetIds)
{}

void ReadParametersOp::run()
{
    next(0);
}

void ReadParametersOp::next(int index)
{
    if (index >= m_datasetIds.size()) {
        succeed({{QStringLiteral("parameters"), m_parameters}, {QStringLiteral("datasets"), m_names}});
        return;
    }
    Q_EMIT progress(
        tr("Reading the parameters of semantic model %1 of %2").arg(index + 1).arg(m_datasetIds.size()));
    const QString datasetId = m_datasetIds.at(index);
    listOrFail(session()->content()->listParameters(m_profileId, m_workspaceId, datasetId),
               [this, index, datasetId](const ListResult &r) {
                   QStringList names;
                   for (const QJsonObject &o : r.items) {
                       const MashupParameter p = MashupParameter::fromJson(o);
                       if (p.name.isEmpty())
                           continue;
                       names << p.name;
                       bool known = false;
                       for (const QJsonValue &v : std::as_const(m_parameters))
                           known = known || v.toObject().value(QLatin1String("name")).toString() == p.name;
                       if (!known)
                           m_parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                                           {QStringLiteral("type"), p.type},
                                                           {QStringLiteral("isRequired"), p.isRequired},
                                                           {QStringLiteral("currentValue"), p.currentValue}});
                   }
                   m_names.insert(datasetId, QJsonArray::fromStringList(names));
                   next(index + 1);
               });
}

} // namespace td
