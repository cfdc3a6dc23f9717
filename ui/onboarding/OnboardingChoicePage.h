#pragma once
#include <QPointer>
#include <QWizardPage>
#include <memory>

#include "ui/onboarding/OnboardingContext.h"

namespace Ui {
class OnboardingChoicePage;
}
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace td {

class PagedApiCall;
struct OnboardingPlan;

// Steps 2 and 3: create a new profile / workspace named by a template (live preview), or pick an existing
// one (profiles from the inventory cache when it has them, else listed live; workspaces the service
// principal sees, listed live).
class OnboardingChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Kind { Profile, Workspace };
    OnboardingChoicePage(Kind kind, const OnboardingContext *context, QWidget *parent = nullptr);
    ~OnboardingChoicePage() override;

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(OnboardingPlan &plan) const;

    QRadioButton *existingRadio() const;
    QLineEdit *templateEdit() const;
    QComboBox *existingCombo() const;
    QString preview() const;
    void reload(); // lists the existing ones live

private:
    void updatePreview();
    void updateMode();
    void fill(const QVector<QPair<QString, QString>> &idNames, const QString &source);

    std::unique_ptr<Ui::OnboardingChoicePage> ui;
    Kind m_kind;
    const OnboardingContext *m_context;
    QPointer<PagedApiCall> m_job;
    bool m_loaded = false;
};

} // namespace td
