#include "ui/migration/MigrationWizard.h"

#include "app/migration/MigrationController.h"
#include "app/session/ConnectionSession.h"
#include "ui/migration/MigrationCleanupPage.h"
#include "ui/migration/MigrationInventoryPage.h"
#include "ui/migration/MigrationMappingPage.h"
#include "ui/migration/MigrationPlanPage.h"
#include "ui/migration/MigrationRunPage.h"
#include "ui/migration/MigrationValidatePage.h"

namespace td {

MigrationWizard::MigrationWizard(MigrationController *migration, QWidget *parent)
    : QWizard(parent), m_migration(migration), m_inventory(new MigrationInventoryPage(migration, this)),
      m_mapping(new MigrationMappingPage(migration, this)), m_plan(new MigrationPlanPage(migration, this)),
      m_run(new MigrationRunPage(migration, this)), m_validate(new MigrationValidatePage(migration, this)),
      m_cleanup(new MigrationCleanupPage(migration, this))
{
    migration->setParent(this);
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Migrate to profiles – %1")
                       .arg(migration->session() ? migration->session()->connection().name : QString()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(InventoryPage, m_inventory);
    setPage(MappingPage, m_mapping);
    setPage(PlanPage, m_plan);
    setPage(RunPage, m_run);
    setPage(ValidatePage, m_validate);
    setPage(CleanupPage, m_cleanup);
    setStartId(resumePage(migration->lastStep()));
    resize(900, 620);
}

MigrationWizard::~MigrationWizard() = default;

int MigrationWizard::resumePage(const QString &lastStep)
{
    if (lastStep == QLatin1String("inventory") || lastStep == QLatin1String("mapping"))
        return MappingPage;
    if (lastStep == QLatin1String("plan") || lastStep == QLatin1String("run"))
        return RunPage;
    if (lastStep == QLatin1String("validate"))
        return ValidatePage;
    if (lastStep == QLatin1String("cleanup") || lastStep == QLatin1String("restore"))
        return CleanupPage;
    return InventoryPage;
}

} // namespace td
