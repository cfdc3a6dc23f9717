#include "ui/customers/CustomersModel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace td {

namespace {
bool profileGone(const CustomerOverviewRow &r)
{
    return r.inventoryKnown && r.identity == Customer::Identity::Profile && !r.profileId.isEmpty() &&
           !r.profileFound;
}
} // namespace

CustomersModel::CustomersModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomersModel::setRows(const QVector<CustomerOverviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CustomersModel::rowOfKey(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].key() == key)
            return r;
    }
    return -1;
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomersModel::statusText(const CustomerOverviewRow &r)
{
    if (!r.registered)
        return tr("not in registry");
    QString status = r.status;
    if (status == QLatin1String("active"))
        status = tr("active");
    else if (status == QLatin1String("onboarding"))
        status = tr("onboarding");
    else if (status == QLatin1String("failed"))
        status = tr("failed");
    else if (status == QLatin1String("offboarded"))
        status = tr("offboarded");
    return profileGone(r) ? tr("%1 · profile not found").arg(status) : status;
}

QVariant CustomersModel::display(const CustomerOverviewRow &r, int column) const
{
    switch (column) {
    case IdCol:
        return r.registered ? r.customerId : unknownText();
    case NameCol:
        return r.displayName;
    case IdentityCol:
        return r.identity == Customer::Identity::Profile ? tr("Profile") : tr("Own service principal");
    case WorkspacesCol:
        return r.workspaceCount < 0 ? unknownText() : QString::number(r.workspaceCount);
    case CapacityCol:
        if (!r.capacities.isEmpty())
            return r.sharedCapacity ? tr("%1 + shared").arg(r.capacities.join(QStringLiteral(", ")))
                                    : r.capacities.join(QStringLiteral(", "));
        return r.sharedCapacity ? tr("Shared") : unknownText();
    case RegionCol:
        return r.regions.isEmpty() ? unknownText() : r.regions.join(QStringLiteral(", "));
    case StatusCol:
        return statusText(r);
    case FindingsCol:
        return r.findings < 0 ? unknownText() : QString::number(r.findings);
    default: // content version, last refresh: no store records them yet
        return unknownText();
    }
}

QVariant CustomersModel::sortValue(const CustomerOverviewRow &r, int column) const
{
    switch (column) {
    case WorkspacesCol:
        return r.workspaceCount;
    case FindingsCol:
        return r.findings;
    default:
        return display(r, column).toString().toLower();
    }
}

QVariant CustomersModel::toolTip(const CustomerOverviewRow &r, int column) const
{
    switch (column) {
    case IdCol:
    case NameCol:
        if (!r.registered)
            return tr("Profile %1 has no entry in the customer registry.").arg(r.profileId);
        return r.profileId.isEmpty() ? QVariant() : tr("profile id: %1").arg(r.profileId);
    case WorkspacesCol:
        if (r.workspaceCount < 0)
            return tr("Not known yet: the registry lists no workspace and there is no inventory.");
        return (r.workspacesFromRegistry ? tr("From the customer registry:") : tr("From the inventory:")) +
               QLatin1Char('\n') +
               (r.workspaceNames.isEmpty() ? r.workspaceIds : r.workspaceNames).join(QLatin1Char('\n'));
    case StatusCol:
        if (profileGone(r))
            return tr("The registry names profile %1, which is not in the inventory.").arg(r.profileId);
        return {};
    case ContentVersionCol:
        return tr("Not recorded yet: no store keeps a customer's content version.");
    case LastRefreshCol:
        return tr("Not recorded yet: the inventory does not keep refresh histories (the health check "
                  "reads them).");
    case FindingsCol:
        return r.findings < 0 ? tr("Run the health check to count this customer's findings.") : QVariant();
    default:
        return {};
    }
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerOverviewRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == WorkspacesCol || index.column() == FindingsCol
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusCol && r.needsAttention())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (!r.registered) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SortRole:
        return sortValue(r, index.column());
    case KeyRole:
        return r.key();
    case StatusKeyRole:
        return r.registered ? r.status : QStringLiteral("unregistered");
    case AttentionRole:
        return r.needsAttention();
    case SearchTextRole:
        return QStringList{r.customerId,
                           r.displayName,
                           r.profileId,
                           r.workspaceIds.join(QLatin1Char(' ')),
                           r.workspaceNames.join(QLatin1Char(' ')),
                           statusText(r)}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdCol:
        return tr("Customer");
    case NameCol:
        return tr("Name");
    case IdentityCol:
        return tr("Identity");
    case WorkspacesCol:
        return tr("Workspaces");
    case CapacityCol:
        return tr("Capacity");
    case RegionCol:
        return tr("Region");
    case StatusCol:
        return tr("Status");
    case ContentVersionCol:
        return tr("Content version");
    case LastRefreshCol:
        return tr("Last refresh");
    case FindingsCol:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace td
