#pragma once
#include <QWizardPage>
#include <memory>

#include "ui/capacity/CapacityWizardContext.h"

namespace Ui {
class CapacityWorkspacesPage;
}
class QComboBox;
class QTreeWidget;

namespace td {

// Step 1: the workspaces to move, each with its identity, current capacity and region. Starts from the
// tree's selection when there is one; else (or on request) by customer, profile, current capacity or
// region from the inventory. Every listed workspace is checked; unchecked ones are left alone.
class CapacityWorkspacesPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Mode { TreeSelection, ByCustomer, ByProfile, ByCapacity, ByRegion };
    enum Column { NameColumn, IdentityColumn, CapacityColumn, RegionColumn };

    CapacityWorkspacesPage(const CapacityWizardContext *context, WorkspacePool *pool,
                           QWidget *parent = nullptr);
    ~CapacityWorkspacesPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QVector<PoolWorkspace> checkedWorkspaces() const;
    QComboBox *modeCombo() const;
    QTreeWidget *workspaceTree() const;
    bool setMode(Mode mode, const QString &value = {}); // value: the item data of valueCombo
    void setAllChecked(bool checked);

private:
    void fillValues();
    void fillList();
    void updateCount();

    std::unique_ptr<Ui::CapacityWorkspacesPage> ui;
    const CapacityWizardContext *m_context;
    WorkspacePool *m_pool;
    bool m_initialized = false;
};

} // namespace td
