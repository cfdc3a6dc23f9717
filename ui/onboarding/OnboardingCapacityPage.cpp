#include "ui/onboarding/OnboardingCapacityPage.h"

#include "app/api/PowerBiClient.h"
#include "app/domain/Types.h"
#include "app/onboarding/OnboardingPlan.h"
#include "ui_OnboardingCapacityPage.h"

namespace td {

OnboardingCapacityPage::OnboardingCapacityPage(const OnboardingContext *context, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingCapacityPage>()), m_context(context)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingCapacityPage"));
    connect(ui->assignCheck, &QCheckBox::toggled, ui->capacityTree, &QWidget::setEnabled);
    connect(ui->assignCheck, &QCheckBox::toggled, this, &OnboardingCapacityPage::completeChanged);
    connect(ui->capacityTree, &QTreeWidget::currentItemChanged, this,
            &OnboardingCapacityPage::completeChanged);
}

OnboardingCapacityPage::~OnboardingCapacityPage()
{
    if (m_job)
        m_job->cancel();
}

QCheckBox *OnboardingCapacityPage::assignCheck() const
{
    return ui->assignCheck;
}
QTreeWidget *OnboardingCapacityPage::capacityTree() const
{
    return ui->capacityTree;
}

void OnboardingCapacityPage::initializePage()
{
    if (m_loaded || !m_context->session)
        return;
    m_loaded = true;
    ui->statusLabel->setText(tr("Loading capacities…"));
    m_job = m_context->session->client()->listCapacities();
    connect(m_job, &PagedApiCall::finished, this, [this](const ListResult &r) {
        if (!r.ok()) {
            ui->statusLabel->setText(tr("Could not list the capacities: %1").arg(r.error.summary()));
            return;
        }
        for (const QJsonObject &o : r.items) {
            const Capacity c = Capacity::fromJson(o);
            auto *item = new QTreeWidgetItem(ui->capacityTree, {c.displayName, c.sku, c.region, c.state});
            item->setData(0, Qt::UserRole, c.id);
            item->setToolTip(0, c.id);
        }
        ui->statusLabel->setText(r.items.isEmpty() ? tr("No capacity is visible to the service principal.")
                                                   : QString());
    });
}

bool OnboardingCapacityPage::selectCapacity(const QString &id)
{
    for (int i = 0; i < ui->capacityTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = ui->capacityTree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString().compare(id, Qt::CaseInsensitive) == 0) {
            ui->capacityTree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool OnboardingCapacityPage::isComplete() const
{
    return !ui->assignCheck->isChecked() || ui->capacityTree->currentItem() != nullptr;
}

void OnboardingCapacityPage::applyTo(OnboardingPlan &plan) const
{
    QTreeWidgetItem *item = ui->capacityTree->currentItem();
    plan.capacityId =
        ui->assignCheck->isChecked() && item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace td
