#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class MigrationInventoryPage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationInventoryPage.ui); the work is MigrationController's.
class MigrationInventoryPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationInventoryPage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationInventoryPage() override;
    bool isComplete() const override;
    void refresh();

private:
    void scan();

    std::unique_ptr<Ui::MigrationInventoryPage> ui;
    MigrationController *m_migration;
};

} // namespace td
