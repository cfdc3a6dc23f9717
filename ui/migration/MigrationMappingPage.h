#pragma once
#include <QWizardPage>
#include <memory>

class QTableWidgetItem;

namespace Ui {
class MigrationMappingPage;
}

namespace td {

class MigrationController;

// Page of the MigrationWizard (form in MigrationMappingPage.ui); the work is MigrationController's.
class MigrationMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationMappingPage(MigrationController *migration, QWidget *parent = nullptr);
    ~MigrationMappingPage() override;
    void initializePage() override;
    bool isComplete() const override;
    void importCsv(const QString &path); // also what the file dialog calls
    void refresh();

private:
    void applyPattern();
    void onItemChanged(QTableWidgetItem *item);
    bool m_filling = false;

    std::unique_ptr<Ui::MigrationMappingPage> ui;
    MigrationController *m_migration;
};

} // namespace td
