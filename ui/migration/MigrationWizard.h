#pragma once
#include <QWizard>

namespace td {

class MigrationCleanupPage;
class MigrationController;
class MigrationInventoryPage;
class MigrationMappingPage;
class MigrationPlanPage;
class MigrationRunPage;
class MigrationValidatePage;

// Migrates a multi-customer app to one profile per customer: inventory, mapping, plan, run,
// validation as each profile, gated clean-up and restore. Every step is saved in the migration journal,
// so the wizard can be closed after any step and opened again (or the CLI can go on) where it stopped;
// it opens on the page after the last step done. Open with open() or show(), never exec().
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { InventoryPage, MappingPage, PlanPage, RunPage, ValidatePage, CleanupPage };
    // Takes ownership of the controller.
    explicit MigrationWizard(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    MigrationController *migration() const { return m_migration; }
    MigrationInventoryPage *inventoryPage() const { return m_inventory; }
    MigrationMappingPage *mappingPage() const { return m_mapping; }
    MigrationPlanPage *planPage() const { return m_plan; }
    MigrationRunPage *runPage() const { return m_run; }
    MigrationValidatePage *validatePage() const { return m_validate; }
    MigrationCleanupPage *cleanupPage() const { return m_cleanup; }
    static int resumePage(const QString &lastStep); // the page to open on after that step

private:
    MigrationController *m_migration;
    MigrationInventoryPage *m_inventory;
    MigrationMappingPage *m_mapping;
    MigrationPlanPage *m_plan;
    MigrationRunPage *m_run;
    MigrationValidatePage *m_validate;
    MigrationCleanupPage *m_cleanup;
};

} // namespace td
