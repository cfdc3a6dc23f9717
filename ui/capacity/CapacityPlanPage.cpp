#include "ui/capacity/CapacityPlanPage.h"

#include "ui_CapacityPlanPage.h"

namespace td {

CapacityPlanPage::CapacityPlanPage(std::function<const CapacityPlan &()> plan, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::CapacityPlanPage>()), m_plan(std::move(plan))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("capacityPlanPage"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run"));
}

CapacityPlanPage::~CapacityPlanPage() = default;

QLabel *CapacityPlanPage::moveLabel() const
{
    return ui->moveLabel;
}
QLabel *CapacityPlanPage::blockedLabel() const
{
    return ui->blockedLabel;
}
QLabel *CapacityPlanPage::estimateLabel() const
{
    return ui->estimateLabel;
}

void CapacityPlanPage::initializePage()
{
    const CapacityPlan &plan = m_plan();
    ui->targetLabel->setText(plan.target.label());
    ui->moveLabel->setText(QString::number(plan.toMove));
    ui->skipLabel->setText(QString::number(plan.toSkip));
    ui->blockedLabel->setText(QString::number(plan.blocked));
    const PlanEstimateParams assumed;
    ui->estimateLabel->setText(tr("%1 (%2 workspaces at a time, at most %3 requests an hour, each move "
                                  "polled until it completes)")
                                   .arg(CapacityPlan::durationText(plan.estimatedMs))
                                   .arg(assumed.itemsAtOnce)
                                   .arg(assumed.requestsPerHour));
    ui->moveList->clear();
    for (const AssignTarget &w : plan.moves()) {
        auto *item =
            new QListWidgetItem(w.workspaceName.isEmpty() ? w.workspaceId : w.workspaceName, ui->moveList);
        item->setToolTip(tr("workspace id %1").arg(w.workspaceId));
    }
    bool crossesRegion = false;
    for (const PlanItem &item : plan.items) {
        for (const PreflightFinding &f : item.findings)
            crossesRegion |= item.action == PlanAction::Move && f.severity == FindingSeverity::Warning;
    }
    QString note = plan.toMove == 0 ? tr("Nothing to move: go back to change the choice, or cancel.")
                                    : tr("The job runs in the Jobs tab (pause, resume, cancel there); you "
                                         "can close this wizard while it runs.");
    if (crossesRegion)
        note +=
            QLatin1Char(' ') + tr("Some moves have warnings (see the pre-flight): read them before you run.");
    ui->noteLabel->setText(note);
}

bool CapacityPlanPage::isComplete() const
{
    return m_plan().toMove > 0;
}

} // namespace td
