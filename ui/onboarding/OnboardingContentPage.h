#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class OnboardingContentPage;
}
class QComboBox;
class QListWidget;

namespace td {

struct OnboardingPlan;

// Step 5 (optional): .pbix files to import and what to do when the name exists already.
class OnboardingContentPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OnboardingContentPage(QWidget *parent = nullptr);
    ~OnboardingContentPage() override;

    bool validatePage() override;
    void applyTo(OnboardingPlan &plan) const;
    void addFiles(const QStringList &paths);
    QListWidget *fileList() const;
    QComboBox *conflictCombo() const;
    bool hasFiles() const;

private:
    void browse();
    void removeSelected();
    std::unique_ptr<Ui::OnboardingContentPage> ui;
};

} // namespace td
