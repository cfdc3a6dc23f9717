#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "app/domain/Types.h"

// Value types for content operations: imports, semantic model parameters and data sources, refreshes,
// embed tokens and capacity assignment status. Field names follow the service's wire spelling.
namespace td {

struct Import
{
    QString id;
    QString name;
    QString importState; // Publishing | Succeeded | Failed
    QVector<Report> reports;
    QVector<Dataset> datasets;
    QString errorCode; // when Failed and the service said why
    QString errorMessage;
    QJsonObject raw;
    bool isFinished() const { return importState == QLatin1String("Succeeded") || isFailed(); }
    bool isFailed() const { return importState == QLatin1String("Failed"); }
    static Import fromJson(const QJsonObject &o);
};

struct MashupParameter
{
    QString name;
    QString type; // Text, Number, DateTime, Logical, Any, ...
    bool isRequired = false;
    QString currentValue;
    QStringList suggestedValues;
    QJsonObject raw;
    static MashupParameter fromJson(const QJsonObject &o);
};

struct Datasource
{
    QString datasourceType; // Sql, OData, File, ...
    QJsonObject connectionDetails;
    QString gatewayId;
    QString datasourceId;
    QJsonObject raw;
    QString describe() const; // "Sql: server / database"
    static Datasource fromJson(const QJsonObject &o);
};

// One entry of a semantic model's refresh history (newest first in the list).
struct RefreshEntry
{
    QString requestId;
    QString refreshType;
    QString status; // Unknown (running) | Completed | Failed | Disabled
    QDateTime startTime;
    QDateTime endTime;
    QString serviceExceptionJson;
    QJsonObject raw;
    bool isRunning() const { return status.isEmpty() || status == QLatin1String("Unknown"); }
    QString errorCode() const; // errorCode inside serviceExceptionJson, if any
    static RefreshEntry fromJson(const QJsonObject &o);
};

struct EmbedToken
{
    QString token; // a bearer credential: never logged, never stored
    QString tokenId;
    QDateTime expiration;
    static EmbedToken fromJson(const QJsonObject &o);
};

struct CapacityAssignment
{
    QString status; // Pending | InProgress | CompletedSuccessfully | AssignmentFailed
    QString capacityId;
    QDateTime startTime;
    QDateTime endTime;
    QString activityId;
    bool isFinished() const;
    bool isSuccess() const { return status == QLatin1String("CompletedSuccessfully"); }
    static CapacityAssignment fromJson(const QJsonObject &o);
};

// Body pieces for GenerateToken V2.
struct EffectiveIdentity
{
    QString username;
    QStringList roles;
    QStringList datasets;
    QString customData;
    QJsonObject toJson() const;
};

struct GenerateTokenRequest
{
    QStringList reportIds;
    QStringList datasetIds;
    QStringList targetWorkspaceIds;
    QVector<EffectiveIdentity> identities;
    int lifetimeInMinutes = 0;
    QJsonObject toJson() const;
};

// Credentials for a data source through the gateway data source API. The secret values are used to
// build the request body only; nothing here is persisted.
struct DatasourceCredentials
{
    enum class Type { Basic, Key, OAuth2, Anonymous };
    Type type = Type::Anonymous;
    QString username;
    QString secret; // password, key or access token
    QString privacyLevel = QStringLiteral("Organizational");
    bool encryptedConnection = true;
    static QString typeName(Type type);
    QJsonObject toJson() const; // {"credentialDetails": {...}}
};

} // namespace td
