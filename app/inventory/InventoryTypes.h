#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "app/domain/Types.h"

// Value types read from and written to the InventoryStore (the local cache of one or more tenants).
namespace td {

enum class ItemKind { Report, Dataset, Dashboard, Dataflow };
QString itemKindName(ItemKind kind); // "report", "dataset", "dashboard", "dataflow" (stored form)
bool itemKindFromName(const QString &name, ItemKind *kind);

struct CrawlState
{
    QString connectionId;
    QDateTime started;  // UTC
    QDateTime finished; // UTC; invalid while running
    QString status;     // running | completed | completed-with-errors | cancelled | failed
    int errorCount = 0;
    bool isValid() const { return started.isValid(); }
    qint64 ageSecs(const QDateTime &now) const; // since finished (or started); -1 when never crawled
};

struct InvProfile
{
    QString connectionId;
    QString id;
    QString displayName;
};

struct InvWorkspace
{
    QString connectionId;
    QString id;
    QString name;
    QString profileId; // the profile it was seen through; "" = the service principal
    QString capacityId;
    bool isReadOnly = false;
};

struct InvItem
{
    ItemKind kind = ItemKind::Report;
    QString id;
    QString name;
    QString workspaceId;
    QString datasetId;
    bool paginated = false;
    QJsonObject raw;

    static InvItem from(const Report &r, const QString &workspaceId);
    static InvItem from(const Dataset &d, const QString &workspaceId);
    static InvItem from(const Dashboard &d, const QString &workspaceId);
    static InvItem from(const Dataflow &d, const QString &workspaceId);
};

struct InvAccess
{
    QString workspaceId;
    QString identifier;
    QString principalType;
    QString role;
    QString profileId;
    QString displayName;
};

struct InvCapacity
{
    QString connectionId;
    QString id;
    QString displayName;
    QString sku;
    QString region;
    QString state;
};

// What an id (or a name search hit) is, and where it lives: profile -> workspace -> item.
struct FoundObject
{
    enum class Kind { None, Profile, Workspace, Item, Capacity };
    Kind kind = Kind::None;
    ItemKind itemKind = ItemKind::Report; // when kind == Item
    QString id;
    QString name;
    QString connectionId;
    QString profileId; // "" = the service principal
    QString profileName;
    QString workspaceId;
    QString workspaceName;

    bool isValid() const { return kind != Kind::None; }
    QString kindName() const; // "profile", "workspace", "report", ..., "capacity"
    QStringList path() const; // display names from the top: [profile,] [workspace,] name
};

} // namespace td

Q_DECLARE_METATYPE(td::FoundObject)
