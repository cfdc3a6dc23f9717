#pragma once
#include <QObject>
#include <QPair>
#include <QVector>

#include "app/api/ApiCall.h"
#include "app/api/PagedApiCall.h"
#include "app/domain/ContentTypes.h"

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

    // Imports. nameConflict: Ignore | Abort | Overwrite | CreateOrOverwrite (GenerateUniqueName is for
    // dataflow model.json imports only; the service refuses it for .pbix files).
    // The upload reports progress through ApiCall::uploadProgress; it is never re-sent on its own.
    ApiCall *importFile(const QString &asProfileId, const QString &groupId, const QString &filePath,
                        const QString &datasetDisplayName, const QString &nameConflict);
    ApiCall *getImport(const QString &asProfileId, const QString &groupId, const QString &importId);
    PagedApiCall *listImports(const QString &asProfileId, const QString &groupId);

    // Semantic models
    ApiCall *getDataset(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    PagedApiCall *listParameters(const QString &asProfileId, const QString &groupId,
                                 const QString &datasetId);
    ApiCall *updateParameters(const QString &asProfileId, const QString &groupId, const QString &datasetId,
                              const QVector<QPair<QString, QString>> &nameValues);
    PagedApiCall *listDatasources(const QString &asProfileId, const QString &groupId,
                                  const QString &datasetId);
    ApiCall *setDatasourceCredentials(const QString &asProfileId, const QString &gatewayId,
                                      const QString &datasourceId, const DatasourceCredentials &credentials);
    // Whether the service can use a data source (200, no body) or not (400 with the error, e.g. no
    // credentials). Gateways_GetDatasourceStatus.
    ApiCall *datasourceStatus(const QString &asProfileId, const QString &gatewayId,
                              const QString &datasourceId);
    ApiCall *refreshDataset(const QString &asProfileId, const QString &groupId, const QString &datasetId);
    PagedApiCall *refreshHistory(const QString &asProfileId, const QString &groupId, const QString &datasetId,
                                 int top = 1);
    ApiCall *takeOver(const QString &asProfileId, const QString &groupId, const QString &datasetId);

    // Capacity assignment (asynchronous: poll the status). The empty GUID unassigns.
    ApiCall *assignToCapacity(const QString &asProfileId, const QString &groupId, const QString &capacityId);
    ApiCall *capacityAssignmentStatus(const QString &asProfileId, const QString &groupId);

    // Embed token V2, always as the identity that owns the customer's content.
    ApiCall *generateToken(const QString &asProfileId, const GenerateTokenRequest &request);

private:
    PagedApiCall *list(const ApiRequest &request);
    RequestScheduler *m_scheduler;
};

} // namespace td
