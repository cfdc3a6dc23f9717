#include "ui/capacity/CapacityWorkspacesPage.h"

#include <QStandardItemModel>

#include "app/registry/CustomerRegistry.h"
#include "ui_CapacityWorkspacesPage.h"

namespace td {

CapacityWorkspacesPage::CapacityWorkspacesPage(const CapacityWizardContext *context, WorkspacePool *pool,
                                               QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::CapacityWorkspacesPage>()), m_context(context),
      m_pool(pool)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("capacityWorkspacesPage"));
    ui->modeCombo->addItem(tr("Selected in the tree"), TreeSelection);
    ui->modeCombo->addItem(tr("By customer"), ByCustomer);
    ui->modeCombo->addItem(tr("By profile"), ByProfile);
    ui->modeCombo->addItem(tr("By current capacity"), ByCapacity);
    ui->modeCombo->addItem(tr("By region"), ByRegion);
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &CapacityWorkspacesPage::fillValues);
    connect(ui->valueCombo, &QComboBox::currentIndexChanged, this, &CapacityWorkspacesPage::fillList);
    connect(ui->workspaceTree, &QTreeWidget::itemChanged, this, &CapacityWorkspacesPage::updateCount);
    connect(ui->checkAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(ui->checkNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
}

CapacityWorkspacesPage::~CapacityWorkspacesPage() = default;

QComboBox *CapacityWorkspacesPage::modeCombo() const
{
    return ui->modeCombo;
}
QTreeWidget *CapacityWorkspacesPage::workspaceTree() const
{
    return ui->workspaceTree;
}

void CapacityWorkspacesPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const int start = m_context->treeSelection.isEmpty() ? ByCustomer : TreeSelection;
    if (auto *model = qobject_cast<QStandardItemModel *>(ui->modeCombo->model())) {
        model->item(ByCustomer)->setEnabled(m_context->registry != nullptr);
        model->item(TreeSelection)->setEnabled(!m_context->treeSelection.isEmpty());
    }
    ui->modeCombo->setCurrentIndex(start == ByCustomer && !m_context->registry ? ByProfile : start);
    fillValues();
    if (m_context->treeSelection.isEmpty() && !m_context->treeProfileId.isEmpty())
        setMode(ByProfile, m_context->treeProfileId.toLower());
}

bool CapacityWorkspacesPage::setMode(Mode mode, const QString &value)
{
    ui->modeCombo->setCurrentIndex(mode);
    if (value.isNull())
        return true;
    const int i = ui->valueCombo->findData(value);
    if (i < 0)
        return false;
    ui->valueCombo->setCurrentIndex(i);
    return true;
}

void CapacityWorkspacesPage::fillValues()
{
    const QSignalBlocker block(ui->valueCombo);
    ui->valueCombo->clear();
    const QString conn = m_context->session ? m_context->session->connection().id : QString();
    switch (ui->modeCombo->currentData().toInt()) {
    case TreeSelection:
        ui->valueCombo->addItem(tr("%n workspace(s) selected", "", int(m_context->treeSelection.size())),
                                QString());
        break;
    case ByCustomer:
        if (m_context->registry) {
            for (const Customer &c : m_context->registry->list(conn))
                ui->valueCombo->addItem(tr("%1 — %2").arg(c.customerId, c.displayName), c.customerId);
        }
        break;
    case ByProfile:
        ui->valueCombo->addItem(tr("Service principal (its own workspaces)"), QStringLiteral(""));
        for (const InvProfile &p : m_pool->profiles())
            ui->valueCombo->addItem(p.displayName, p.id);
        break;
    case ByCapacity:
        for (const InvCapacity &c : m_pool->capacities())
            ui->valueCombo->addItem(tr("%1 (%2, %3, %4)").arg(c.displayName, c.sku, c.region, c.state), c.id);
        ui->valueCombo->addItem(m_pool->capacityName(QString()), QStringLiteral(""));
        break;
    case ByRegion:
        for (const QString &r : m_pool->regions())
            ui->valueCombo->addItem(r, r);
        break;
    }
    ui->valueCombo->setEnabled(ui->modeCombo->currentData().toInt() != TreeSelection);
    fillList();
}

void CapacityWorkspacesPage::fillList()
{
    QVector<PoolWorkspace> list;
    const QString value = ui->valueCombo->currentData().toString();
    const QString conn = m_context->session ? m_context->session->connection().id : QString();
    switch (ui->modeCombo->currentData().toInt()) {
    case TreeSelection:
        for (const PoolWorkspace &w : m_context->treeSelection) {
            const PoolWorkspace *known = m_pool->find(w.id);
            list.push_back(known ? *known : w);
        }
        break;
    case ByCustomer:
        if (m_context->registry && ui->valueCombo->currentIndex() >= 0)
            list = m_pool->ofCustomer(*m_context->registry, conn, value);
        break;
    case ByProfile:
        if (ui->valueCombo->currentIndex() >= 0)
            list = m_pool->ofProfile(value);
        break;
    case ByCapacity:
        if (ui->valueCombo->currentIndex() >= 0)
            list = m_pool->onCapacity(value);
        break;
    case ByRegion:
        if (ui->valueCombo->currentIndex() >= 0)
            list = m_pool->inRegion(value);
        break;
    }
    const QSignalBlocker block(ui->workspaceTree);
    ui->workspaceTree->clear();
    for (const PoolWorkspace &w : list) {
        const QString identity =
            w.profileId.isEmpty()
                ? tr("Service principal")
                : (w.profileName.isEmpty() ? tr("profile %1").arg(w.profileId) : w.profileName);
        const QString region = m_pool->regionOf(w);
        auto *item =
            new QTreeWidgetItem(ui->workspaceTree, {w.name, identity, m_pool->capacityName(w.capacityId),
                                                    region.isEmpty() ? tr("—") : region});
        item->setData(NameColumn, Qt::UserRole, w.id);
        item->setToolTip(NameColumn, tr("workspace id %1").arg(w.id));
        item->setCheckState(NameColumn, Qt::Checked);
    }
    for (int c = 0; c < ui->workspaceTree->columnCount(); ++c)
        ui->workspaceTree->resizeColumnToContents(c);
    if (ui->workspaceTree->topLevelItemCount() > 0)
        ui->workspaceTree->setCurrentItem(ui->workspaceTree->topLevelItem(0));
    updateCount();
}

void CapacityWorkspacesPage::setAllChecked(bool checked)
{
    for (int i = 0; i < ui->workspaceTree->topLevelItemCount(); ++i)
        ui->workspaceTree->topLevelItem(i)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    updateCount();
}

QVector<PoolWorkspace> CapacityWorkspacesPage::checkedWorkspaces() const
{
    QVector<PoolWorkspace> out;
    for (int i = 0; i < ui->workspaceTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = ui->workspaceTree->topLevelItem(i);
        if (item->checkState(NameColumn) != Qt::Checked)
            continue;
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        if (const PoolWorkspace *w = m_pool->find(id)) {
            out.push_back(*w);
            continue;
        }
        for (const PoolWorkspace &w : m_context->treeSelection) {
            if (w.id.compare(id, Qt::CaseInsensitive) == 0)
                out.push_back(w);
        }
    }
    return out;
}

void CapacityWorkspacesPage::updateCount()
{
    const int total = ui->workspaceTree->topLevelItemCount();
    const int checked = int(checkedWorkspaces().size());
    ui->countLabel->setText(total == 0 ? tr("No workspace matches.")
                                       : tr("%1 of %n workspace(s) checked.", "", total).arg(checked));
    emit completeChanged();
}

bool CapacityWorkspacesPage::isComplete() const
{
    return !checkedWorkspaces().isEmpty();
}

} // namespace td
