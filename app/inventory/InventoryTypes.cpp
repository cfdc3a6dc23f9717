#include "app/inventory/InventoryTypes.h"

#include "app/domain/JsonFields.h"

namespace td {

namespace {
const EnumKey<ItemKind> kItemKinds[] = {{ItemKind::Report, "report"},
                                        {ItemKind::Dataset, "dataset"},
                                        {ItemKind::Dashboard, "dashboard"},
                                        {ItemKind::Dataflow, "dataflow"}};
} // namespace

QString itemKindName(ItemKind kind)
{
    return enumKey(kItemKinds, kind);
}

bool itemKindFromName(const QString &name, ItemKind *kind)
{
    for (const EnumKey<ItemKind> &k : kItemKinds) {
        if (name == QLatin1String(k.key)) {
            *kind = k.value;
            return true;
        }
    }
    return false;
}

qint64 CrawlState::ageSecs(const QDateTime &now) const
{
    if (!isValid())
        return -1;
    return (finished.isValid() ? finished : started).secsTo(now);
}

InvItem InvItem::from(const Report &r, const QString &workspaceId)
{
    return {ItemKind::Report, r.id, r.name, workspaceId, r.datasetId, r.isPaginated(), r.raw};
}

InvItem InvItem::from(const Dataset &d, const QString &workspaceId)
{
    return {ItemKind::Dataset, d.id, d.name, workspaceId, QString(), false, d.raw};
}

InvItem InvItem::from(const Dashboard &d, const QString &workspaceId)
{
    return {ItemKind::Dashboard, d.id, d.displayName, workspaceId, QString(), false, d.raw};
}

InvItem InvItem::from(const Dataflow &d, const QString &workspaceId)
{
    return {ItemKind::Dataflow, d.objectId, d.name, workspaceId, QString(), false, d.raw};
}

QString FoundObject::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Profile:
        return QStringLiteral("profile");
    case Kind::Workspace:
        return QStringLiteral("workspace");
    case Kind::Item:
        return itemKindName(itemKind);
    case Kind::Capacity:
        return QStringLiteral("capacity");
    }
    return QString();
}

QStringList FoundObject::path() const
{
    QStringList out;
    if (kind == Kind::None)
        return out;
    if (kind != Kind::Capacity && kind != Kind::Profile && !profileName.isEmpty())
        out << profileName;
    if (kind == Kind::Item && !workspaceName.isEmpty())
        out << workspaceName;
    out << name;
    return out;
}

} // namespace td
