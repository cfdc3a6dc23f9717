#include "ModelSerializer.h"

#include <QJsonArray>

namespace emu {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

void ModelSerializer::writeDetails(const Dataset &d, QJsonObject *o)
{
    QJsonArray parameters, datasources, refreshes;
    for (const ModelParameter &p : d.parameters)
        parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("type"), p.type},
                                      {QStringLiteral("isRequired"), p.isRequired},
                                      {QStringLiteral("currentValue"), p.currentValue}});
    for (const ModelDatasource &s : d.datasources) {
        QJsonObject details;
        for (auto it = s.connectionDetails.constBegin(); it != s.connectionDetails.constEnd(); ++it)
            details.insert(it.key(), it.value());
        datasources.append(QJsonObject{{QStringLiteral("datasourceId"), s.datasourceId},
                                       {QStringLiteral("gatewayId"), s.gatewayId},
                                       {QStringLiteral("datasourceType"), s.datasourceType},
                                       {QStringLiteral("connectionDetails"), details},
                                       {QStringLiteral("credentialType"), s.credentialType},
                                       {QStringLiteral("privacyLevel"), s.privacyLevel},
                                       {QStringLiteral("encryptedConnection"), s.encryptedConnection}});
    }
    for (const RefreshEntry &r : d.refreshes)
        refreshes.append(QJsonObject{{QStringLiteral("requestId"), r.requestId},
                                     {QStringLiteral("refreshType"), r.refreshType},
                                     {QStringLiteral("startTime"), r.startTime},
                                     {QStringLiteral("endTime"), r.endTime},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("serviceExceptionJson"), r.serviceExceptionJson}});
    if (!parameters.isEmpty())
        o->insert(QStringLiteral("parameters"), parameters);
    if (!datasources.isEmpty())
        o->insert(QStringLiteral("datasources"), datasources);
    if (!refreshes.isEmpty())
        o->insert(QStringLiteral("refreshes"), refreshes);
    if (!d.roles.isEmpty())
        o->insert(QStringLiteral("roles"), QJsonArray::fromStringList(d.roles));
}

void ModelSerializer::readDetails(const QJsonObject &o, Dataset *d)
{
    for (const auto v : o.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        d->parameters.append({str(p, "name"), str(p, "type"), p.value(QLatin1String("isRequired")).toBool(),
                              str(p, "currentValue")});
    }
    for (const auto v : o.value(QLatin1String("datasources")).toArray()) {
        const QJsonObject s = v.toObject();
        ModelDatasource m;
        m.datasourceId = str(s, "datasourceId");
        m.gatewayId = str(s, "gatewayId");
        m.datasourceType = str(s, "datasourceType");
        const QJsonObject details = s.value(QLatin1String("connectionDetails")).toObject();
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            m.connectionDetails.insert(it.key(), it.value().toString());
        m.credentialType = str(s, "credentialType");
        m.privacyLevel = str(s, "privacyLevel");
        m.encryptedConnection = str(s, "encryptedConnection");
        d->datasources.append(m);
    }
    for (const auto v : o.value(QLatin1String("refreshes")).toArray()) {
        const QJsonObject r = v.toObject();
        RefreshEntry e{str(r, "requestId"), str(r, "refreshType"), str(r, "startTime"),
                       str(r, "endTime"),   str(r, "status"),      str(r, "serviceExceptionJson")};
        if (e.status == QLatin1String("Unknown")) {
            // Assumption: a refresh still running when the emulator stopped cannot finish; it is
            // loaded as Failed so clients polling it do not wait forever.
            e.status = QStringLiteral("Failed");
            e.endTime = e.startTime;
            e.serviceExceptionJson =
                QStringLiteral("{\"errorCode\":\"ModelRefresh_ShortMessage_ProcessingError\"}");
        }
        d->refreshes.append(e);
    }
    for (const auto v : o.value(QLatin1String("roles")).toArray())
        d->roles.append(v.toString());
}

QJsonObject ModelSerializer::importToJson(const ImportJob &job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("name"), job.name},
            {QStringLiteral("importState"), job.importState},
            {QStringLiteral("createdDateTime"), job.createdDateTime},
            {QStringLiteral("updatedDateTime"), job.updatedDateTime},
            {QStringLiteral("reportIds"), QJsonArray::fromStringList(job.reportIds)},
            {QStringLiteral("datasetIds"), QJsonArray::fromStringList(job.datasetIds)},
            {QStringLiteral("errorCode"), job.errorCode},
            {QStringLiteral("errorMessage"), job.errorMessage}};
}

ImportJob ModelSerializer::importFromJson(const QJsonObject &o)
{
    ImportJob job;
    job.id = str(o, "id");
    job.name = str(o, "name");
    job.importState = str(o, "importState");
    job.createdDateTime = str(o, "createdDateTime");
    job.updatedDateTime = str(o, "updatedDateTime");
    for (const auto v : o.value(QLatin1String("reportIds")).toArray())
        job.reportIds.append(v.toString());
    for (const auto v : o.value(QLatin1String("datasetIds")).toArray())
        job.datasetIds.append(v.toString());
    job.errorCode = str(o, "errorCode");
    job.errorMessage = str(o, "errorMessage");
    if (job.importState == QLatin1String("Publishing")) {
        // Assumption: the uploaded bytes are not kept, so an import cut short by a restart ends Failed.
        job.importState = QStringLiteral("Failed");
        job.errorCode = QStringLiteral("ImportInterrupted");
        job.errorMessage = QStringLiteral("The emulator stopped while the import was publishing.");
    }
    return job;
}

} // namespace emu
