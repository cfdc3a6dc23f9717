#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class MigrationPlanPage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationPlanPage.ui); the work is MigrationController's.
class MigrationPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationPlanPage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationPlanPage() override;
    void initializePage() override;
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::MigrationPlanPage> ui;
    MigrationController *m_migration;
};

} // namespace td
