#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class MigrationValidatePage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationValidatePage.ui); the work is MigrationController's.
class MigrationValidatePage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationValidatePage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationValidatePage() override;
    void initializePage() override;
    void validate();
    void refresh();

private:
    std::unique_ptr<Ui::MigrationValidatePage> ui;
    MigrationController *m_migration;
};

} // namespace td
