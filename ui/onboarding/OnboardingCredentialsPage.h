#pragma once
#include <QWizardPage>
#include <memory>

namespace Ui {
class OnboardingCredentialsPage;
}
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace td {

struct OnboardingPlan;

// Steps 7-9 (optional, need an import): data source credentials (Basic, Key, OAuth2 token, Anonymous;
// the secret is sent and never stored), refresh now, embed check.
class OnboardingCredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OnboardingCredentialsPage(QWidget *parent = nullptr);
    ~OnboardingCredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(OnboardingPlan &plan) const;
    QCheckBox *credentialsCheck() const;
    QComboBox *typeCombo() const;
    QLineEdit *usernameEdit() const;
    QLineEdit *secretEdit() const;
    QCheckBox *refreshCheck() const;
    QCheckBox *embedCheck() const;
    void setHasContent(bool hasContent);

private:
    void updateFields();
    std::unique_ptr<Ui::OnboardingCredentialsPage> ui;
    bool m_hasContent = false;
};

} // namespace td
