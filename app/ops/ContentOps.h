#pragma once
#include <QVector>

#include "app/domain/ContentTypes.h"
#include "app/ops/AsyncOp.h"

namespace td {

// Imports a .pbix into a workspace as an identity and waits for the import to finish. Idempotent: when a
// semantic model of that name (and its report) is there already, nothing is uploaded; when an import of
// that name is still publishing (an earlier run stopped mid-way), it is awaited instead of uploading again.
// Output: importId (when uploaded), reportId, datasetId, created.
class ImportOp : public AsyncOp
{
    Q_OBJECT
public:
    ImportOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
             const QString &filePath, const QString &displayName, const QString &nameConflict,
             QObject *parent = nullptr);

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);

protected:
    void run() override;

private:
    void resumePendingOrUpload();
    void upload();
    void poll(const QString &importId);
    QString m_profileId, m_workspaceId, m_file, m_name, m_conflict;
};

// Assigns a workspace to a capacity (empty GUID = shared) and polls CapacityAssignmentStatus until it
// completes or fails. Output: capacityId, status, activityId.
class AssignCapacityOp : public AsyncOp
{
    Q_OBJECT
public:
    AssignCapacityOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                     const QString &capacityId, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void poll();
    QString m_profileId, m_workspaceId, m_capacityId;
};

// Refreshes a semantic model now and waits for the result (history entry newest first).
// Output: status, requestId, startTime, endTime; failure carries the service's error code.
class RefreshOp : public AsyncOp
{
    Q_OBJECT
public:
    RefreshOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
              const QString &datasetId, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void poll();
    QString m_profileId, m_workspaceId, m_datasetId;
    QString m_refreshRequestId;
};

// Sets the same credentials on every data source of a semantic model (through the gateway data source
// API). The secret is sent only. Output: datasources (count).
class SetCredentialsOp : public AsyncOp
{
    Q_OBJECT
public:
    SetCredentialsOp(ConnectionSession *session, const QString &asProfileId, const QString &workspaceId,
                     const QString &datasetId, const DatasourceCredentials &credentials,
                     QObject *parent = nullptr);

protected:
    void run() override;

private:
    void next();
    QString m_profileId, m_workspaceId, m_datasetId;
    DatasourceCredentials m_credentials;
    QVector<Datasource> m_pending;
    int m_done = 0;
};

// GenerateToken V2 as the identity for the given items: proves the customer can embed them.
// Output: tokenId, expiration (the token itself is dropped at once).
class EmbedCheckOp : public AsyncOp
{
    Q_OBJECT
public:
    EmbedCheckOp(ConnectionSession *session, const QString &asProfileId, const GenerateTokenRequest &request,
                 QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_profileId;
    GenerateTokenRequest m_request;
};

} // namespace td
