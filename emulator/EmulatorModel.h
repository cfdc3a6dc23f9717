#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// Plain data of the emulator's in-memory Power BI tenant (see EmulatorState).
namespace emu {

struct Tenant
{
    QString id;
    QString domain; // e.g. contoso-isv.example; accepted in the token URL like the id
};

struct Profile
{
    QString id;
    QString displayName;
    QString ownerClientId; // the service principal (client id) that created it
};

// One workspace member. principalType App + identifier = SP object id; with profileId = that profile.
struct Member
{
    QString principalType; // User | Group | App | None
    QString identifier;    // email / object id
    QString profileId;     // only for App members that are profiles
    QString accessRight;   // Admin | Member | Contributor | Viewer | None
    QString displayName;
    QString emailAddress;

    QString key() const; // principal key, see principalKey*()
};

QString principalKeyForSp(const QString &objectId);
QString principalKeyForProfile(const QString &profileId);
QString principalKeyForUser(const QString &email);
// The gateway id reported for cloud data sources (Power BI binds them to a personal cloud gateway).
QString cloudGatewayId();

struct Report
{
    QString id;
    QString name;
    QString datasetId;  // empty for paginated reports
    QString reportType; // PowerBIReport | PaginatedReport
    QString description;
};

// A semantic model parameter (MashupParameter, docs/powerbi-rest/API-NOTES.md §6).
struct ModelParameter
{
    QString name;
    QString type = QStringLiteral("Text"); // Text | Number | DateTime | Logical | Any | Binary ...
    bool isRequired = true;
    QString currentValue;
};

// A data source of a semantic model, bound to a (cloud) gateway data source for credentials.
// Only whether credentials are set and their type is kept, never the secret (docs/powerbi-rest/API-NOTES.md
// §10).
struct ModelDatasource
{
    QString datasourceId;
    QString gatewayId;
    QString datasourceType = QStringLiteral("Sql");
    QHash<QString, QString> connectionDetails; // server, database, url, path, ...
    QString credentialType;                    // "" = no credentials set
    QString privacyLevel;
    QString encryptedConnection;
    bool hasCredentials() const { return !credentialType.isEmpty(); }
};

// One refresh history entry (Refresh, docs/powerbi-rest/API-NOTES.md §6).
struct RefreshEntry
{
    QString requestId;
    QString refreshType = QStringLiteral("ViaApi");
    QString startTime;
    QString endTime;              // empty while running
    QString status;               // Unknown (running) | Completed | Failed | Disabled
    QString serviceExceptionJson; // only when Failed
};

struct Dataset
{
    QString id;
    QString name;
    QString configuredBy;
    QString createdDate; // ISO 8601
    QString targetStorageMode = QStringLiteral("Abf");
    bool isRefreshable = true;
    bool isEffectiveIdentityRequired = false;
    bool isEffectiveIdentityRolesRequired = false;
    bool isOnPremGatewayRequired = false;
    bool addRowsAPIEnabled = false;
    QVector<ModelParameter> parameters;
    QVector<ModelDatasource> datasources;
    QVector<RefreshEntry> refreshes; // newest first
    QStringList roles;               // row-level security roles defined in the model
};

// One import (Import, docs/powerbi-rest/API-NOTES.md §9).
struct ImportJob
{
    QString id;
    QString name;
    QString importState; // Publishing | Succeeded | Failed
    QString createdDateTime;
    QString updatedDateTime;
    QStringList reportIds;
    QStringList datasetIds;
    QString errorCode; // only when Failed
    QString errorMessage;
};

struct Dashboard
{
    QString id;
    QString displayName;
    bool isReadOnly = false;
};

struct Dataflow
{
    QString objectId;
    QString name;
    QString description;
    QString configuredBy;
};

struct Workspace
{
    QString id;
    QString name;
    QString capacityId; // empty = shared capacity
    QString defaultDatasetStorageFormat = QStringLiteral("Small");
    QString dataflowStorageId;
    bool isReadOnly = false;
    QVector<Member> members;
    QVector<Report> reports;
    QVector<Dataset> datasets;
    QVector<Dashboard> dashboards;
    QVector<Dataflow> dataflows;
    QVector<ImportJob> imports;
    // Capacity assignment status (Groups_CapacityAssignmentStatus)
    QString assignmentStatus; // "" | Pending | InProgress | CompletedSuccessfully | AssignmentFailed
    QString assignmentStart;
    QString assignmentEnd;
    QString assignmentActivityId;
    QString assignmentTarget;     // while Pending/InProgress: the capacity it moves to ("" = shared)
    int assignmentPollsLeft = 0;  // status polls answered before the final status
    bool assignmentFails = false; // ends AssignmentFailed (JobSettings::failNextAssignments)

    const Member *findMember(const QString &principalKey) const;
    Member *findMember(const QString &principalKey);
    Dataset *findDataset(const QString &id);
    Report *findReport(const QString &id);
    ImportJob *findImport(const QString &id);
};

struct Capacity
{
    QString id;
    QString displayName;
    QString sku;
    QString region;
    QString state = QStringLiteral("Active");
    QStringList admins;
    QHash<QString, QString> rights; // principal key -> Assign | Admin
};

} // namespace emu
