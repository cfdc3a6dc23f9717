#pragma once
#include <QWizardPage>
#include <memory>

class QTableWidgetItem;

namespace Ui {
class MigrationRunPage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationRunPage.ui); the work is MigrationController's.
class MigrationRunPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationRunPage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationRunPage() override;
    Ui::MigrationRunPage *form() const { return ui.get(); }
    void initializePage() override;
    bool isComplete() const override;
    void start();

private:
    void refresh();

    std::unique_ptr<Ui::MigrationRunPage> ui;
    MigrationController *m_migration;
};

} // namespace td
