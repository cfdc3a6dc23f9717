#pragma once
#include <QObject>
#include <QPair>
#include <QVector>

#include "api/PagedJob.h"
#include "api/RequestJob.h"
#include "domain/ContentTypes.h"

namespace td {

class RequestScheduler;

// Typed entry points for content and embedding: imports (streamed .pbix upload), semantic model
// parameters, data sources and their gateway credentials, refreshes, ownership take-over, capacity
// assignment and embed tokens. Same conventions as PowerBiClient: profileId empty = as the service
// principal, else the request carries exactly that X-PowerBI-Profile-Id.
class ContentClient : public QObject
{
    Q_OBJECT
public:
    explicit ContentClient(RequestScheduler *scheduler, QObject *parent = nullptr);

    // Imports. nameConflict: Ignore | Abort | Overwrite | CreateOrOverwrite | GenerateUniqueName.
    // The upload reports progress through RequestJob::uploadProgress; it is never re-sent on its own.
    RequestJob *importFile(const QString &asProfileId, const QString &groupId, const QString &filePath,
                           const QString &datasetDisplayName, const QString &nameConflict);
    RequestJob *getImport(const QString &asProfileId, const QString &groupId, const QString &importId);
    PagedJob *listImports(const QString &asProfileId, const QString &groupId);

    // Semantic models
    RequestJob *getDataset(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    PagedJob *listParameters(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    RequestJob *updateParameters(const QString &asProfileId, const QString &groupId, const QString &datasetId,
                                 const QVector<QPair<QString, QString>> &nameValues);
    PagedJob *listDatasources(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    RequestJob *setDatasourceCredentials(const QString &asProfileId, const QString &gatewayId,
                                         const QString &datasourceId,
                                         const DatasourceCredentials &credentials);
    // Whether the service can use a data source (200, no body) or not (400 with the error, e.g. no
    // credentials). Gateways_GetDatasourceStatus.
    RequestJob *datasourceStatus(const QString &asProfileId, const QString &gatewayId,
                                 const QString &datasourceId);
    RequestJob *refreshDataset(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    PagedJob *refreshHistory(const QString &asProfileId, const QString &groupId, const QString &datasetId,
                             int top = 1);
    RequestJob *takeOver(const QString &asProfileId, const QString &groupId, const QString &datasetId);

    // Capacity assignment (asynchronous: poll the status). The empty GUID unassigns.
    RequestJob *assignToCapacity(const QString &asProfileId, const QString &groupId,
                                 const QString &capacityId);
    RequestJob *capacityAssignmentStatus(const QString &asProfileId, const QString &groupId);

    // Embed token V2, always as the identity that owns the customer's content.
    RequestJob *generateToken(const QString &asProfileId, const GenerateTokenRequest &request);

    static QString emptyGuid() { return QStringLiteral("00000000-0000-0000-0000-000000000000"); }

private:
    PagedJob *list(const ApiRequest &request);
    RequestScheduler *m_scheduler;
};

} // namespace td
