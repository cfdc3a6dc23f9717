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

struct Report
{
    QString id;
    QString name;
    QString datasetId;  // empty for paginated reports
    QString reportType; // PowerBIReport | PaginatedReport
    QString description;
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
    // Capacity assignment status (Groups_CapacityAssignmentStatus)
    QString assignmentStatus; // "" | InProgress | CompletedSuccessfully | AssignmentFailed
    QString assignmentStart;
    QString assignmentEnd;
    QString assignmentActivityId;

    const Member *findMember(const QString &principalKey) const;
    Member *findMember(const QString &principalKey);
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
