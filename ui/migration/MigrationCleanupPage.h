#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class MigrationCleanupPage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationCleanupPage.ui); the work is MigrationController's.
class MigrationCleanupPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationCleanupPage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationCleanupPage() override;
    void initializePage() override;
    void refresh();
    QStringList tickedCustomers() const;
    void cleanUp();
    void restore();

private:
    std::unique_ptr<Ui::MigrationCleanupPage> ui;
    MigrationController *m_migration;
};

} // namespace td
