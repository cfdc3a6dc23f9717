#pragma once
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// Value types of the Power BI REST API. Parsed with case-insensitive keys (the swagger says
// PascalCase where the wire says camelCase), unknown fields ignored (kept in `raw`), unknown enum
// values kept as text.
namespace td {

struct Profile
{
    QString id;
    QString displayName;
    QJsonObject raw;
    static Profile fromJson(const QJsonObject &o);
};

struct Workspace // API: group
{
    QString id;
    QString name;
    bool isReadOnly = false;
    bool isOnDedicatedCapacity = false;
    QString capacityId;
    QString defaultDatasetStorageFormat; // "Small" | "Large" | other text
    QJsonObject raw;
    static Workspace fromJson(const QJsonObject &o);
};

struct Report
{
    QString id;
    QString name;
    QString datasetId;
    QString reportType; // "PowerBIReport" | "PaginatedReport" | other text
    QString webUrl;
    QString embedUrl;
    QJsonObject raw;
    bool isPaginated() const
    {
        return reportType.compare(QLatin1String("PaginatedReport"), Qt::CaseInsensitive) == 0;
    }
    static Report fromJson(const QJsonObject &o);
};

struct Dataset // UI: semantic model
{
    QString id;
    QString name;
    QString configuredBy;
    bool isRefreshable = false;
    bool isEffectiveIdentityRequired = false;
    bool isEffectiveIdentityRolesRequired = false;
    bool isOnPremGatewayRequired = false;
    QString targetStorageMode;
    QString createdDate;
    QString webUrl;
    QJsonObject raw;
    static Dataset fromJson(const QJsonObject &o);
};

struct Dashboard
{
    QString id;
    QString displayName; // dashboards use displayName, not name
    bool isReadOnly = false;
    QString webUrl;
    QString embedUrl;
    QJsonObject raw;
    static Dashboard fromJson(const QJsonObject &o);
};

struct Dataflow
{
    QString objectId; // dataflows use objectId, not id
    QString name;
    QString description;
    QString configuredBy;
    QString modelUrl;
    QJsonObject raw;
    static Dataflow fromJson(const QJsonObject &o);
};

struct Capacity
{
    QString id;
    QString displayName;
    QString sku;
    QString region;
    QString state;                   // Active, Suspended, ... (unknown values kept)
    QString capacityUserAccessRight; // None | Assign | Admin
    QStringList admins;
    QJsonObject raw;
    static Capacity fromJson(const QJsonObject &o);
};

struct GroupUser
{
    QString identifier;           // UPN for users, object id for apps and groups
    QString principalType;        // User | Group | App | None
    QString groupUserAccessRight; // Admin | Member | Contributor | Viewer | None
    QString displayName;
    QString emailAddress;
    QString profileId; // set when the member is a service principal profile
    QString profileDisplayName;
    QJsonObject raw;
    static GroupUser fromJson(const QJsonObject &o);
    QJsonObject toJson() const; // request body for add/update (with the "profile" object)
};

template<typename T> QVector<T> parseList(const QVector<QJsonObject> &items)
{
    QVector<T> out;
    out.reserve(items.size());
    for (const QJsonObject &o : items)
        out.push_back(T::fromJson(o));
    return out;
}

} // namespace td

Q_DECLARE_METATYPE(td::Profile)
Q_DECLARE_METATYPE(td::Workspace)
