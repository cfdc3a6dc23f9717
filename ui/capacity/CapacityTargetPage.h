#pragma once
#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <memory>

#include "ui/capacity/CapacityWizardContext.h"
#include "app/domain/Types.h"

namespace Ui {
class CapacityTargetPage;
}
class QTreeWidget;

namespace td {

class PagedApiCall;

// Step 2: the target. The capacities visible to the service principal, listed live (name, SKU, region,
// state, its capacityUserAccessRight) with how many of the chosen workspaces each already holds, and
// "Shared capacity" (unassign) as the last row.
class CapacityTargetPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { NameColumn, SkuColumn, RegionColumn, StateColumn, RightsColumn, HoldsColumn };

    // chosen: the workspaces page's current choice (read when the page is shown)
    CapacityTargetPage(const CapacityWizardContext *context, std::function<QVector<PoolWorkspace>()> chosen,
                       QWidget *parent = nullptr);
    ~CapacityTargetPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isLoaded() const { return m_loaded; }
    QTreeWidget *capacityTree() const;
    bool selectTarget(const QString &capacityId); // "" = shared capacity
    QString targetId() const;                     // "" = shared capacity (valid when isComplete())
    Capacity target() const;                      // id "" and the name "Shared capacity" for shared
    QVector<Capacity> capacities() const { return m_capacities; }

Q_SIGNALS:
    void loaded();

private:
    void fill();

    std::unique_ptr<Ui::CapacityTargetPage> ui;
    const CapacityWizardContext *m_context;
    std::function<QVector<PoolWorkspace>()> m_chosen;
    QPointer<PagedApiCall> m_job;
    QVector<Capacity> m_capacities;
    bool m_requested = false;
    bool m_loaded = false;
};

} // namespace td
