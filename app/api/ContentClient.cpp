#include "app/api/ContentClient.h"

#include <QJsonArray>
#include <QUrl>

#include "app/api/RequestScheduler.h"

namespace td {

namespace {

QString seg(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString datasetPath(const QString &groupId, const QString &datasetId, const char *tail = "")
{
    return QStringLiteral("groups/%1/datasets/%2%3").arg(seg(groupId), seg(datasetId), QLatin1String(tail));
}

// A POST that changes something and must not be repeated by the transport on its own.
ApiRequest action(const QString &path, const QString &profileId, const QJsonObject &body = {})
{
    ApiRequest r = ApiRequest::json("POST", path, body, profileId);
    if (body.isEmpty())
        r.body.clear();
    r.idempotent = false;
    return r;
}

} // namespace

ContentClient::ContentClient(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{}

PagedApiCall *ContentClient::list(const ApiRequest &request)
{
    auto *job = new PagedApiCall(m_scheduler, request, 0, this);
    job->start();
    return job;
}

ApiCall *ContentClient::importFile(const QString &asProfileId, const QString &groupId,
                                      const QString &filePath, const QString &datasetDisplayName,
                                      const QString &nameConflict)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("groups/%1/imports").arg(seg(groupId));
    r.query.addQueryItem(QStringLiteral("datasetDisplayName"),
                         QString::fromLatin1(QUrl::toPercentEncoding(datasetDisplayName)));
    if (!nameConflict.isEmpty())
        r.query.addQueryItem(QStringLiteral("nameConflict"), nameConflict);
    r.profileId = asProfileId;
    r.uploadFilePath = filePath;
    r.idempotent = false;
    r.timeoutMs = 120000; // no byte moved for two minutes; a large upload itself may take longer
    return m_scheduler->submit(r);
}

ApiCall *ContentClient::getImport(const QString &asProfileId, const QString &groupId,
                                     const QString &importId)
{
    return m_scheduler->submit(ApiRequest::get(
        QStringLiteral("groups/%1/imports/%2").arg(seg(groupId), seg(importId)), asProfileId));
}

PagedApiCall *ContentClient::listImports(const QString &asProfileId, const QString &groupId)
{
    return list(ApiRequest::get(QStringLiteral("groups/%1/imports").arg(seg(groupId)), asProfileId));
}

ApiCall *ContentClient::getDataset(const QString &asProfileId, const QString &groupId,
                                      const QString &datasetId)
{
    return m_scheduler->submit(ApiRequest::get(datasetPath(groupId, datasetId), asProfileId));
}

PagedApiCall *ContentClient::listParameters(const QString &asProfileId, const QString &groupId,
                                        const QString &datasetId)
{
    return list(ApiRequest::get(datasetPath(groupId, datasetId, "/parameters"), asProfileId));
}

ApiCall *ContentClient::updateParameters(const QString &asProfileId, const QString &groupId,
                                            const QString &datasetId,
                                            const QVector<QPair<QString, QString>> &nameValues)
{
    QJsonArray details;
    for (const auto &nv : nameValues)
        details.append(
            QJsonObject{{QStringLiteral("name"), nv.first}, {QStringLiteral("newValue"), nv.second}});
    ApiRequest r = action(datasetPath(groupId, datasetId, "/Default.UpdateParameters"), asProfileId,
                          QJsonObject{{QStringLiteral("updateDetails"), details}});
    r.idempotent = true; // setting the same values twice is harmless
    return m_scheduler->submit(r);
}

PagedApiCall *ContentClient::listDatasources(const QString &asProfileId, const QString &groupId,
                                         const QString &datasetId)
{
    return list(ApiRequest::get(datasetPath(groupId, datasetId, "/datasources"), asProfileId));
}

ApiCall *ContentClient::setDatasourceCredentials(const QString &asProfileId, const QString &gatewayId,
                                                    const QString &datasourceId,
                                                    const DatasourceCredentials &credentials)
{
    // The body carries the secret: it is sent, never logged (the activity log keeps no bodies).
    ApiRequest r = ApiRequest::json(
        "PATCH", QStringLiteral("gateways/%1/datasources/%2").arg(seg(gatewayId), seg(datasourceId)),
        credentials.toJson(), asProfileId);
    return m_scheduler->submit(r);
}

ApiCall *ContentClient::datasourceStatus(const QString &asProfileId, const QString &gatewayId,
                                            const QString &datasourceId)
{
    ApiRequest r = ApiRequest::get(
        QStringLiteral("gateways/%1/datasources/%2/status").arg(seg(gatewayId), seg(datasourceId)),
        asProfileId);
    r.expectJson = false; // 200 without a body
    return m_scheduler->submit(r);
}

ApiCall *ContentClient::refreshDataset(const QString &asProfileId, const QString &groupId,
                                          const QString &datasetId)
{
    return m_scheduler->submit(
        action(datasetPath(groupId, datasetId, "/refreshes"), asProfileId,
               QJsonObject{{QStringLiteral("notifyOption"), QStringLiteral("NoNotification")}}));
}

PagedApiCall *ContentClient::refreshHistory(const QString &asProfileId, const QString &groupId,
                                        const QString &datasetId, int top)
{
    ApiRequest r = ApiRequest::get(datasetPath(groupId, datasetId, "/refreshes"), asProfileId);
    if (top > 0)
        r.query.addQueryItem(QStringLiteral("$top"), QString::number(top));
    return list(r);
}

ApiCall *ContentClient::takeOver(const QString &asProfileId, const QString &groupId,
                                    const QString &datasetId)
{
    ApiRequest r = action(datasetPath(groupId, datasetId, "/Default.TakeOver"), asProfileId);
    r.idempotent = true; // taking over what one already owns changes nothing
    return m_scheduler->submit(r);
}

ApiCall *ContentClient::assignToCapacity(const QString &asProfileId, const QString &groupId,
                                            const QString &capacityId)
{
    ApiRequest r = action(QStringLiteral("groups/%1/AssignToCapacity").arg(seg(groupId)), asProfileId,
                          QJsonObject{{QStringLiteral("capacityId"), capacityId}});
    r.idempotent = true; // assigning to the same capacity again is a no-op on the service
    return m_scheduler->submit(r);
}

ApiCall *ContentClient::capacityAssignmentStatus(const QString &asProfileId, const QString &groupId)
{
    return m_scheduler->submit(
        ApiRequest::get(QStringLiteral("groups/%1/CapacityAssignmentStatus").arg(seg(groupId)), asProfileId));
}

ApiCall *ContentClient::generateToken(const QString &asProfileId, const GenerateTokenRequest &request)
{
    ApiRequest r = ApiRequest::json("POST", QStringLiteral("GenerateToken"), request.toJson(), asProfileId);
    return m_scheduler->submit(r); // generating a second token is harmless: idempotent for retries
}

} // namespace td
