#include "app/ops/ParametersOp.h"

#include <QJsonArray>

#include "app/api/ContentClient.h"
#include "app/domain/ContentTypes.h"
#include "app/session/ConnectionSession.h"

namespace td {

ParametersOp::ParametersOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                           const QString &datasetId, const QVector<QPair<QString, QString>> &values,
                           QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_datasetId(datasetId),
      m_values(values)
{}

void ParametersOp::run()
{
    Q_EMIT progress(tr("Reading the parameters of the semantic model"));
    ContentClient *content = session()->content();
    listOrFail(content->listParameters(m_profileId, m_workspaceId, m_datasetId), [this, content](
                                                                                     const ListResult &r) {
        QStringList names;
        QHash<QString, QString> current;
        for (const QJsonObject &o : r.items) {
            const MashupParameter p = MashupParameter::fromJson(o);
            names << p.name;
            current.insert(p.name, p.currentValue);
        }
        QVector<QPair<QString, QString>> changes;
        for (const auto &nv : m_values) {
            if (!current.contains(nv.first)) {
                failWith(tr("The semantic model has no parameter \"%1\". Its parameters: %2.")
                             .arg(nv.first, names.isEmpty() ? tr("none") : names.join(QLatin1String(", "))));
                return;
            }
            if (current.value(nv.first) != nv.second)
                changes << nv;
        }
        const QJsonObject out{{QStringLiteral("updated"), int(changes.size())},
                              {QStringLiteral("parameters"), QJsonArray::fromStringList(names)}};
        if (changes.isEmpty()) {
            succeed(out);
            return;
        }
        Q_EMIT progress(tr("Updating %n parameter(s)", nullptr, int(changes.size())));
        call(content->updateParameters(m_profileId, m_workspaceId, m_datasetId, changes),
             [this, out](const ApiResponse &resp) {
                 if (resp.ok())
                     succeed(out, resp.requestId);
                 else
                     fail(resp.error);
             });
    });
}

} // namespace td
