#include "ui/details/DetailsRows.h"

#include <QJsonValue>
#include <QSet>

#include "app/connections/Connection.h"
#include "app/inventory/InventoryStore.h"
#include "app/registry/Customer.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/NodePresentation.h"

namespace td {

using Kind = TreeNode::Kind;

QString DetailsRows::labelForKey(const QString &key)
{
    static const QHash<QString, const char *> known = {
        {QStringLiteral("capacityid"), QT_TRANSLATE_NOOP("DetailsRows", "capacity id")},
        {QStringLiteral("datasetid"), QT_TRANSLATE_NOOP("DetailsRows", "semantic model id")},
        {QStringLiteral("datasetworkspaceid"),
         QT_TRANSLATE_NOOP("DetailsRows", "semantic model's workspace id")},
        {QStringLiteral("dataflowid"), QT_TRANSLATE_NOOP("DetailsRows", "dataflow id")},
        {QStringLiteral("appid"), QT_TRANSLATE_NOOP("DetailsRows", "app id")},
        {QStringLiteral("weburl"), QT_TRANSLATE_NOOP("DetailsRows", "web URL")},
        {QStringLiteral("embedurl"), QT_TRANSLATE_NOOP("DetailsRows", "embed URL")},
        {QStringLiteral("modelurl"), QT_TRANSLATE_NOOP("DetailsRows", "model URL")},
    };
    const auto it = known.constFind(key.toLower());
    if (it != known.cend())
        return tr(it.value());
    // camelCase -> "camel case"
    QString out;
    for (const QChar c : key) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char(' ');
        out += c.toLower();
    }
    return out;
}

static bool keyIsId(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1String("id") || k == QLatin1String("objectid") || k.endsWith(QLatin1String("id"));
}

static QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? DetailsRows::tr("yes") : DetailsRows::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

QVector<DetailsRow> DetailsRows::forConnection(const Connection &c)
{
    QVector<DetailsRow> rows;
    rows.append({tr("name"), c.name, false});
    rows.append({tr("application (client) id"), c.clientId, true});
    rows.append({tr("tenant id"), c.tenantId, true});
    if (!c.servicePrincipalObjectId.isEmpty())
        rows.append({tr("service principal object id"), c.servicePrincipalObjectId, true});
    rows.append({tr("cloud"), c.cloud, false});
    rows.append({tr("REST base URL"), c.apiBaseUrl.toString(), false});
    rows.append({tr("login URL"), c.loginUrl.toString(), false});
    if (c.demo)
        rows.append({tr("mode"), tr("Demo data from the built-in emulator"), false});
    return rows;
}

QVector<DetailsRow> DetailsRows::forCustomer(const Customer &c)
{
    if (c.customerId.isEmpty())
        return {};
    QVector<DetailsRow> rows{{tr("customer id"), c.customerId, true},
                             {tr("customer"), c.displayName, false},
                             {tr("registry status"), c.status, false}};
    if (!c.workspaceIds.isEmpty())
        rows.append({tr("registered workspaces"), c.workspaceIds.join(QLatin1Char('\n')), false});
    return rows;
}

QJsonObject DetailsRows::connectionJson(const Connection &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("cloud"), c.cloud},
                       {QStringLiteral("apiBaseUrl"), c.apiBaseUrl.toString()},
                       {QStringLiteral("loginUrl"), c.loginUrl.toString()},
                       {QStringLiteral("tenantId"), c.tenantId},
                       {QStringLiteral("clientId"), c.clientId},
                       {QStringLiteral("servicePrincipalObjectId"), c.servicePrincipalObjectId},
                       {QStringLiteral("demo"), c.demo}};
}

QVector<DetailsRow> DetailsRows::forIndex(const QModelIndex &index, const Connection *connection)
{
    QVector<DetailsRow> rows;
    if (!index.isValid())
        return rows;
    const auto kind = Kind(index.data(ConnectionTreeModel::KindRole).toInt());
    if (kind == Kind::Connection)
        return connection ? forConnection(*connection) : rows;
    if (kind == Kind::Error) {
        rows.append({tr("error"), index.data(ConnectionTreeModel::ErrorSummaryRole).toString(), false});
        rows.append({tr("details"), index.data(ConnectionTreeModel::ErrorDetailsRole).toString(), false});
        return rows;
    }

    const QString id = index.data(ConnectionTreeModel::IdRole).toString();
    const QString profileId = index.data(ConnectionTreeModel::ProfileIdRole).toString();
    const QString profileName = index.data(ConnectionTreeModel::ProfileNameRole).toString();
    const QString workspaceId = index.data(ConnectionTreeModel::WorkspaceIdRole).toString();
    const QJsonObject raw = index.data(ConnectionTreeModel::RawJsonRole).toJsonObject();

    if (!id.isEmpty())
        rows.append({index.data(ConnectionTreeModel::IdKindRole).toString(), id, true});
    const QString name = index.data(ConnectionTreeModel::NameRole).toString();
    if (!name.isEmpty())
        rows.append({tr("name"), name, false});
    const bool inWorkspace = (int(kind) >= int(Kind::ReportsFolder) && int(kind) <= int(Kind::Dataflow)) ||
                             kind == Kind::AccessFolder || kind == Kind::Member;
    if (inWorkspace && !workspaceId.isEmpty())
        rows.append({tr("workspace id"), workspaceId, true});
    const QString memberProfileId = index.data(ConnectionTreeModel::MemberProfileIdRole).toString();
    if (kind == Kind::Member && !memberProfileId.isEmpty())
        rows.append({tr("member profile id"), memberProfileId, true});
    if (kind != Kind::Profile && kind != Kind::Profiles) {
        if (profileId.isEmpty()) {
            rows.append({tr("acting as"), tr("the service principal (no profile)"), false});
        } else {
            rows.append({tr("profile"), profileName, false});
            rows.append({tr("profile id"), profileId, true});
        }
    }
    if (kind == Kind::Workspace) {
        // What the workspace holds, once its folders have loaded.
        QStringList parts;
        const QAbstractItemModel *model = index.model();
        for (int r = 0; r < model->rowCount(index); ++r) {
            const QModelIndex folder = model->index(r, 0, index);
            if (TreeNode::State(folder.data(ConnectionTreeModel::StateRole).toInt()) ==
                TreeNode::State::Loaded)
                parts << folder.data(Qt::DisplayRole).toString();
        }
        if (!parts.isEmpty())
            rows.append({tr("content"), parts.join(QStringLiteral(" · ")), false});
    }
    appendJsonRows(&rows, raw, kind == Kind::Member ? QStringLiteral("identifier") : QString());
    return rows;
}

QVector<DetailsRow> DetailsRows::forFound(const FoundObject &object, const QJsonObject &raw)
{
    QVector<DetailsRow> rows;
    const bool capacity = object.kind == FoundObject::Kind::Capacity;
    rows.append({capacity ? labelForKey(QStringLiteral("capacityId"))
                          : NodePresentation::idKind(NodePresentation::treeKind(object)),
                 object.id, true});
    rows.append({tr("name"), object.name, false});
    if (object.kind == FoundObject::Kind::Item) {
        rows.append({tr("workspace"), object.workspaceName, false});
        rows.append({tr("workspace id"), object.workspaceId, true});
    }
    if (object.kind == FoundObject::Kind::Workspace || object.kind == FoundObject::Kind::Item) {
        if (object.profileId.isEmpty()) {
            rows.append({tr("acting as"), tr("the service principal (no profile)"), false});
        } else {
            rows.append({tr("profile"), object.profileName, false});
            rows.append({tr("profile id"), object.profileId, true});
        }
    }
    appendJsonRows(&rows, raw, QString());
    return rows;
}

void DetailsRows::appendJsonRows(QVector<DetailsRow> *rows, const QJsonObject &raw, const QString &idKey)
{
    QSet<QString> shown{QStringLiteral("id"), QStringLiteral("objectid"), QStringLiteral("name"),
                        QStringLiteral("displayname")};
    if (!idKey.isEmpty())
        shown << idKey; // already the id row
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (shown.contains(it.key().toLower()) || it.value().isObject() || it.value().isArray())
            continue;
        const QString text = scalarText(it.value());
        if (text.isEmpty())
            continue;
        rows->append({labelForKey(it.key()), text, keyIsId(it.key())});
    }
}

QVector<DetailsRow> DetailsRows::capacityRows(const QJsonObject &workspace, const InventoryStore *inventory,
                                              const QString &connectionId)
{
    const QString capacityId = workspace.value(QStringLiteral("capacityId")).toString();
    if (capacityId.isEmpty())
        return {{tr("capacity"),
                 tr("Shared capacity (no dedicated capacity: embedding for customers needs one)"), false}};
    if (!inventory || !inventory->lastCrawl(connectionId).isValid())
        return {
            {tr("capacity"), tr("name and region not known yet: no inventory (Shift+F5 builds it)"), false}};
    for (const InvCapacity &c : inventory->capacities(connectionId)) {
        if (c.id.compare(capacityId, Qt::CaseInsensitive) != 0)
            continue;
        return {{tr("capacity"), tr("%1 (SKU %2, %3)").arg(c.displayName, c.sku, c.state), false},
                {tr("region"), c.region, false}};
    }
    return {
        {tr("capacity"), tr("not in the inventory (the service principal may have no rights on it)"), false}};
}

} // namespace td
