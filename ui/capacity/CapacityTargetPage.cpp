#include "ui/capacity/CapacityTargetPage.h"

#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/capacity/EstateSummary.h"
#include "ui_CapacityTargetPage.h"

namespace td {

namespace {
constexpr int kSharedRole = Qt::UserRole + 1;
}

CapacityTargetPage::CapacityTargetPage(const CapacityWizardContext *context,
                                       std::function<QVector<PoolWorkspace>()> chosen, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::CapacityTargetPage>()), m_context(context),
      m_chosen(std::move(chosen))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("capacityTargetPage"));
    connect(ui->capacityTree, &QTreeWidget::currentItemChanged, this, &CapacityTargetPage::completeChanged);
}

CapacityTargetPage::~CapacityTargetPage()
{
    if (m_job)
        m_job->cancel();
}

QTreeWidget *CapacityTargetPage::capacityTree() const
{
    return ui->capacityTree;
}

void CapacityTargetPage::initializePage()
{
    if (m_loaded) {
        fill(); // the choice of workspaces may have changed: the "already holds" column follows it
        return;
    }
    if (m_requested || !m_context->session)
        return;
    m_requested = true;
    ui->statusLabel->setText(tr("Loading the capacities…"));
    m_job = m_context->session->client()->listCapacities();
    connect(m_job, &PagedApiCall::finished, this, [this](const ListResult &r) {
        m_loaded = true;
        if (!r.ok()) {
            ui->statusLabel->setText(
                tr("Could not list the capacities: %1. Only shared capacity can be chosen.")
                    .arg(r.error.summary()));
        } else {
            for (const QJsonObject &o : r.items)
                m_capacities.push_back(Capacity::fromJson(o));
            ui->statusLabel->setText(
                m_capacities.isEmpty() ? tr("No capacity is visible to the service principal: ask a capacity "
                                            "admin to give it Assign rights.")
                                       : QString());
        }
        fill();
        emit loaded();
    });
}

void CapacityTargetPage::fill()
{
    const QString previous = ui->capacityTree->currentItem() ? targetId() : QStringLiteral("-");
    const QVector<PoolWorkspace> chosen = m_chosen ? m_chosen() : QVector<PoolWorkspace>();
    auto holds = [&](const QString &capacityId) {
        int n = 0;
        for (const PoolWorkspace &w : chosen)
            n += w.capacityId.compare(capacityId, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    };
    const QSignalBlocker block(ui->capacityTree);
    ui->capacityTree->clear();
    for (const Capacity &c : m_capacities) {
        const QString rights = c.capacityUserAccessRight.isEmpty() ? tr("None") : c.capacityUserAccessRight;
        auto *item = new QTreeWidgetItem(ui->capacityTree,
                                         {c.displayName, c.sku, c.region, c.state, rights,
                                          tr("%1 of %2").arg(holds(c.id.toLower())).arg(chosen.size())});
        item->setData(NameColumn, Qt::UserRole, c.id.toLower());
        item->setToolTip(NameColumn, tr("capacity id %1").arg(c.id));
        if (c.state != QLatin1String("Active"))
            item->setToolTip(StateColumn, tr("Not active: it refuses assignments"));
        if (rights == tr("None"))
            item->setToolTip(RightsColumn, tr("The service principal cannot assign workspaces to it"));
    }
    auto *shared = new QTreeWidgetItem(ui->capacityTree,
                                       {EstateSummary::sharedName(), tr("—"), tr("—"), tr("—"), tr("—"),
                                        tr("%1 of %2").arg(holds(QString())).arg(chosen.size())});
    shared->setData(NameColumn, Qt::UserRole, QString());
    shared->setData(NameColumn, kSharedRole, true);
    shared->setToolTip(NameColumn, tr("Unassign: the workspaces go back to shared capacity (embedding for "
                                      "customers needs a capacity)"));
    for (int c = 0; c < ui->capacityTree->columnCount(); ++c)
        ui->capacityTree->resizeColumnToContents(c);
    if (previous != QLatin1String("-"))
        selectTarget(previous);
    emit completeChanged();
}

bool CapacityTargetPage::selectTarget(const QString &capacityId)
{
    for (int i = 0; i < ui->capacityTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = ui->capacityTree->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString().compare(capacityId, Qt::CaseInsensitive) == 0) {
            ui->capacityTree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString CapacityTargetPage::targetId() const
{
    const QTreeWidgetItem *item = ui->capacityTree->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

Capacity CapacityTargetPage::target() const
{
    const QString id = targetId();
    for (const Capacity &c : m_capacities) {
        if (c.id.compare(id, Qt::CaseInsensitive) == 0 && !id.isEmpty())
            return c;
    }
    Capacity shared;
    shared.displayName = EstateSummary::sharedName();
    return shared;
}

bool CapacityTargetPage::isComplete() const
{
    return ui->capacityTree->currentItem() != nullptr;
}

} // namespace td
