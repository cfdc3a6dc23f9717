#pragma once
#include <QWizard>

#include "ui/capacity/CapacityWizardContext.h"

namespace td {

class CapacityPlanPage;
class CapacityPreflightPage;
class CapacityRunPage;
class CapacityTargetPage;
class CapacityWorkspacesPage;
struct CapacityPlan;

// Moves workspaces to a capacity or to shared capacity: 1 workspaces, 2 target, 3 pre-flight
// (reads only), 4 plan review (commit: Run), 5 the job with per-workspace results, CSV and 6 roll back.
// The pages hold the UI; CapacityPreflight, AssignCapacityJobType and CapacityRollback (app/capacity) do
// the work. Open with open() or show(), never exec().
class CapacityWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WorkspacesPage, TargetPage, PreflightPage, PlanPage, RunPage };

    explicit CapacityWizard(const CapacityWizardContext &context, QWidget *parent = nullptr);
    ~CapacityWizard() override;

    const CapacityPlan &plan() const;
    CapacityWorkspacesPage *workspacesPage() const { return m_workspaces; }
    CapacityTargetPage *targetPage() const { return m_target; }
    CapacityPreflightPage *preflightPage() const { return m_preflight; }
    CapacityPlanPage *planPage() const { return m_plan; }
    CapacityRunPage *runPage() const { return m_run; }

private:
    CapacityWizardContext m_context;
    WorkspacePool m_pool;
    CapacityWorkspacesPage *m_workspaces;
    CapacityTargetPage *m_target;
    CapacityPreflightPage *m_preflight;
    CapacityPlanPage *m_plan;
    CapacityRunPage *m_run;
};

} // namespace td
