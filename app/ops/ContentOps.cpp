#include "app/ops/ContentOps.h"

#include <QJsonArray>

#include "app/api/ApiCall.h"
#include "app/api/ContentClient.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/session/ConnectionSession.h"

namespace td {

// ---- ImportOp -------------------------------------------------------------------------------------

ImportOp::ImportOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                   const QString &filePath, const QString &displayName, const QString &nameConflict,
                   QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_file(filePath),
      m_name(displayName), m_conflict(nameConflict)
{}

void ImportOp::run()
{
    Q_EMIT progress(tr("Looking for semantic model %1").arg(m_name));
    listOrFail(session()->client()->listDatasets(m_profileId, m_workspaceId),
               [this](const ListResult &datasets) {
                   QString datasetId;
                   for (const QJsonObject &o : datasets.items) {
                       const Dataset d = Dataset::fromJson(o);
                       if (d.name == m_name)
                           datasetId = d.id;
                   }
                   const bool replace = m_conflict == QLatin1String("Overwrite") ||
                                        m_conflict == QLatin1String("CreateOrOverwrite");
                   if (replace) {
                       upload();
                       return;
                   }
                   if (datasetId.isEmpty()) {
                       resumePendingOrUpload();
                       return;
                   }
                   listOrFail(session()->client()->listReports(m_profileId, m_workspaceId),
                              [this, datasetId](const ListResult &reps) {
                                  QString reportId;
                                  for (const QJsonObject &o : reps.items) {
                                      const Report r = Report::fromJson(o);
                                      if (r.datasetId.compare(datasetId, Qt::CaseInsensitive) == 0 &&
                                          r.name == m_name)
                                          reportId = r.id;
                                  }
                                  succeed({{QStringLiteral("datasetId"), datasetId},
                                           {QStringLiteral("reportId"), reportId},
                                           {QStringLiteral("created"), false}});
                              });
               });
}

// An earlier run may have uploaded the file and stopped (crash, kill) while the import was still
// publishing: its model does not exist yet. Polling that import instead of uploading again keeps the
// operation idempotent.
void ImportOp::resumePendingOrUpload()
{
    listOrFail(session()->content()->listImports(m_profileId, m_workspaceId),
               [this](const ListResult &imports) {
                   for (const QJsonObject &o : imports.items) {
                       const Import imp = Import::fromJson(o);
                       if (imp.name == m_name && !imp.isFinished()) {
                           poll(imp.id);
                           return;
                       }
                   }
                   upload();
               });
}

void ImportOp::upload()
{
    Q_EMIT progress(tr("Uploading %1").arg(m_file));
    ApiCall *job = session()->content()->importFile(m_profileId, m_workspaceId, m_file, m_name, m_conflict);
    connect(job, &ApiCall::uploadProgress, this, &ImportOp::uploadProgress);
    callOrFail(job, [this](const ApiResponse &resp) {
        const QString importId = Import::fromJson(resp.json()).id;
        if (importId.isEmpty()) {
            failWith(tr("The service accepted the upload but returned no import id."), resp.requestId);
            return;
        }
        poll(importId);
    });
}

void ImportOp::poll(const QString &importId)
{
    Q_EMIT progress(tr("Waiting for the import to finish"));
    callOrFail(
        session()->content()->getImport(m_profileId, m_workspaceId, importId),
        [this, importId](const ApiResponse &resp) {
            const Import imp = Import::fromJson(resp.json());
            if (!imp.isFinished()) {
                pollLater([this, importId] { poll(importId); });
                return;
            }
            if (imp.isFailed()) {
                failWith(imp.errorMessage.isEmpty() ? tr("The import failed (%1).").arg(imp.errorCode)
                                                    : tr("The import failed: %1").arg(imp.errorMessage),
                         resp.requestId);
                return;
            }
            succeed(
                {{QStringLiteral("importId"), importId},
                 {QStringLiteral("reportId"), imp.reports.isEmpty() ? QString() : imp.reports.first().id},
                 {QStringLiteral("datasetId"), imp.datasets.isEmpty() ? QString() : imp.datasets.first().id},
                 {QStringLiteral("created"), true}},
                resp.requestId);
        });
}

// ---- AssignCapacityOp -----------------------------------------------------------------------------

AssignCapacityOp::AssignCapacityOp(ConnectionSession *session, const QString &asProfileId,
                                   const QString &workspaceId, const QString &capacityId, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_capacityId(capacityId)
{}

void AssignCapacityOp::run()
{
    Q_EMIT progress(tr("Assigning the workspace to the capacity"));
    callOrFail(session()->content()->assignToCapacity(m_profileId, m_workspaceId, m_capacityId),
               [this](const ApiResponse &) { poll(); });
}

void AssignCapacityOp::poll()
{
    call(session()->content()->capacityAssignmentStatus(m_profileId, m_workspaceId),
         [this](const ApiResponse &resp) {
             if (!resp.ok()) {
                 // Polling only reads: throttling or a passing server error is polled through (within the
                 // poll timeout) instead of failing an assignment that was accepted.
                 const ApiError &e = resp.error;
                 const bool passing =
                     e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout ||
                     (e.kind == ApiError::Kind::Http && (e.httpStatus == 429 || e.httpStatus >= 500));
                 if (passing)
                     pollLater([this] { poll(); });
                 else
                     fail(e);
                 return;
             }
             const CapacityAssignment a = CapacityAssignment::fromJson(resp.json());
             if (!a.isFinished()) {
                 pollLater([this] { poll(); });
                 return;
             }
             if (!a.isSuccess()) {
                 ApiError e = ApiError::make(ApiError::Kind::Http,
                                             tr("The capacity assignment failed (status %1, activity id %2).")
                                                 .arg(a.status, a.activityId));
                 e.code = a.status;
                 e.requestId = resp.requestId;
                 fail(e);
                 return;
             }
             QJsonObject o{
                 {QStringLiteral("capacityId"), a.capacityId.isEmpty() ? m_capacityId : a.capacityId},
                 {QStringLiteral("status"), a.status}};
             if (!a.activityId.isEmpty())
                 o.insert(QStringLiteral("activityId"), a.activityId);
             if (a.startTime.isValid())
                 o.insert(QStringLiteral("startTime"), a.startTime.toString(Qt::ISODateWithMs));
             if (a.endTime.isValid())
                 o.insert(QStringLiteral("endTime"), a.endTime.toString(Qt::ISODateWithMs));
             succeed(o, resp.requestId);
         });
}

// ---- RefreshOp ------------------------------------------------------------------------------------

RefreshOp::RefreshOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                     const QString &datasetId, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_datasetId(datasetId)
{}

void RefreshOp::run()
{
    Q_EMIT progress(tr("Starting a refresh"));
    callOrFail(session()->content()->refreshDataset(m_profileId, m_workspaceId, m_datasetId),
               [this](const ApiResponse &resp) {
                   m_refreshRequestId = resp.requestId;
                   pollLater([this] { poll(); });
               });
}

void RefreshOp::poll()
{
    Q_EMIT progress(tr("Waiting for the refresh"));
    listOrFail(session()->content()->refreshHistory(m_profileId, m_workspaceId, m_datasetId, 1),
               [this](const ListResult &history) {
                   if (history.items.isEmpty()) {
                       pollLater([this] { poll(); });
                       return;
                   }
                   const RefreshEntry e = RefreshEntry::fromJson(history.items.first());
                   if (e.isRunning()) {
                       pollLater([this] { poll(); });
                       return;
                   }
                   const QJsonObject out{{QStringLiteral("status"), e.status},
                                         {QStringLiteral("requestId"), e.requestId},
                                         {QStringLiteral("startTime"), e.startTime.toString(Qt::ISODate)},
                                         {QStringLiteral("endTime"), e.endTime.toString(Qt::ISODate)}};
                   if (e.status == QLatin1String("Completed")) {
                       succeed(out, e.requestId);
                       return;
                   }
                   ApiError err = ApiError::make(
                       ApiError::Kind::Http,
                       tr("The refresh ended with status %1: %2").arg(e.status, e.errorCode()));
                   err.code = e.errorCode();
                   err.requestId = e.requestId;
                   fail(err);
               });
}

// ---- SetCredentialsOp -----------------------------------------------------------------------------

SetCredentialsOp::SetCredentialsOp(ConnectionSession *session, const QString &asProfileId,
                                   const QString &workspaceId, const QString &datasetId,
                                   const DatasourceCredentials &credentials, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_workspaceId(workspaceId), m_datasetId(datasetId),
      m_credentials(credentials)
{}

void SetCredentialsOp::run()
{
    Q_EMIT progress(tr("Reading the data sources"));
    listOrFail(session()->content()->listDatasources(m_profileId, m_workspaceId, m_datasetId),
               [this](const ListResult &sources) {
                   for (const QJsonObject &o : sources.items)
                       m_pending.append(Datasource::fromJson(o));
                   next();
               });
}

void SetCredentialsOp::next()
{
    if (m_pending.isEmpty()) {
        succeed({{QStringLiteral("datasources"), m_done}});
        return;
    }
    const Datasource ds = m_pending.takeFirst();
    if (ds.gatewayId.isEmpty() || ds.datasourceId.isEmpty()) {
        failWith(
            tr("The data source %1 has no gateway binding; its credentials cannot be set through the API.")
                .arg(ds.describe()));
        return;
    }
    Q_EMIT progress(tr("Setting credentials on %1").arg(ds.describe()));
    callOrFail(session()->content()->setDatasourceCredentials(m_profileId, ds.gatewayId, ds.datasourceId,
                                                              m_credentials),
               [this](const ApiResponse &) {
                   ++m_done;
                   next();
               });
}

// ---- EmbedCheckOp ---------------------------------------------------------------------------------

EmbedCheckOp::EmbedCheckOp(ConnectionSession *session, const QString &asProfileId,
                           const GenerateTokenRequest &request, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_request(request)
{}

void EmbedCheckOp::run()
{
    Q_EMIT progress(tr("Generating an embed token"));
    callOrFail(session()->content()->generateToken(m_profileId, m_request), [this](const ApiResponse &resp) {
        const EmbedToken t = EmbedToken::fromJson(resp.json());
        if (t.token.isEmpty()) {
            failWith(tr("The service answered without a token."), resp.requestId);
            return;
        }
        succeed({{QStringLiteral("tokenId"), t.tokenId},
                 {QStringLiteral("expiration"), t.expiration.toString(Qt::ISODate)}},
                resp.requestId);
    });
}

} // namespace td
