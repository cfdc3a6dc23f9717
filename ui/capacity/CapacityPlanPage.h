#pragma once
#include <QWizardPage>
#include <functional>
#include <memory>

#include "app/capacity/CapacityTypes.h"

namespace Ui {
class CapacityPlanPage;
}
class QLabel;

namespace td {

// Step 4: the plan review (a commit page: "Run" submits the job). Counts to move, skip and blocked, the
// time estimate given the assumed rate limit and concurrency, and the workspaces that will move.
class CapacityPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    CapacityPlanPage(std::function<const CapacityPlan &()> plan, QWidget *parent = nullptr);
    ~CapacityPlanPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); } // never a job without moves
    QLabel *moveLabel() const;
    QLabel *blockedLabel() const;
    QLabel *estimateLabel() const;

private:
    std::unique_ptr<Ui::CapacityPlanPage> ui;
    std::function<const CapacityPlan &()> m_plan;
};

} // namespace td
