#include "ui/capacity/CapacityWizard.h"

#include "ui/capacity/CapacityPlanPage.h"
#include "ui/capacity/CapacityPreflightPage.h"
#include "ui/capacity/CapacityRunPage.h"
#include "ui/capacity/CapacityTargetPage.h"
#include "app/capacity/CapacityTypes.h"
#include "ui/capacity/CapacityWorkspacesPage.h"

namespace td {

namespace {
AssignTarget toTarget(const PoolWorkspace &w, const WorkspacePool &pool)
{
    AssignTarget t;
    t.workspaceId = w.id;
    t.workspaceName = w.name;
    t.currentCapacityId = w.capacityId;
    t.region = pool.regionOf(w);
    t.adminProfileId = w.profileId;
    return t;
}
} // namespace

CapacityWizard::CapacityWizard(const CapacityWizardContext &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("capacityWizard"));
    setWindowTitle(tr("Assign capacity"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    if (m_context.session)
        m_pool.load(m_context.inventory, m_context.session->connection().id);
    for (const PoolWorkspace &w : m_context.treeSelection) {
        if (!m_pool.find(w.id))
            m_pool.add(w);
    }
    m_workspaces = new CapacityWorkspacesPage(&m_context, &m_pool, this);
    m_target = new CapacityTargetPage(
        &m_context, [this] { return m_workspaces->checkedWorkspaces(); }, this);
    m_preflight = new CapacityPreflightPage(
        &m_context,
        [this] {
            QVector<AssignTarget> targets;
            for (const PoolWorkspace &w : m_workspaces->checkedWorkspaces())
                targets.push_back(toTarget(w, m_pool));
            return std::make_pair(targets, m_target->targetId());
        },
        this);
    m_plan = new CapacityPlanPage([this]() -> const CapacityPlan & { return m_preflight->plan(); }, this);
    m_run = new CapacityRunPage(
        &m_context, [this]() -> const CapacityPlan & { return m_preflight->plan(); }, this);
    setPage(WorkspacesPage, m_workspaces);
    setPage(TargetPage, m_target);
    setPage(PreflightPage, m_preflight);
    setPage(PlanPage, m_plan);
    setPage(RunPage, m_run);
    setStartId(WorkspacesPage);
    resize(900, 600);
}

CapacityWizard::~CapacityWizard() = default;

const CapacityPlan &CapacityWizard::plan() const
{
    return m_preflight->plan();
}

} // namespace td
