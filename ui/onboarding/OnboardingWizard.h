#pragma once
#include <QWizard>

#include "app/onboarding/OnboardingPlan.h"
#include "ui/onboarding/OnboardingContext.h"

namespace td {

class OnboardingCapacityPage;
class OnboardingChoicePage;
class OnboardingContentPage;
class OnboardingCredentialsPage;
class OnboardingCustomerPage;
class OnboardingParametersPage;
class OnboardingRunPage;

// Onboards one customer: the pages collect an OnboardingPlan, the last page runs it as an "onboard" job
// of the context's JobCenter (the pages hold no logic beyond their own checks; the run shows in the Jobs
// tab and goes on when the wizard closes). Open with open() or show(), never exec().
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        CustomerPage,
        ProfilePage,
        WorkspacePage,
        CapacityPage,
        ContentPage,
        ParametersPage,
        CredentialsPage,
        RunPage
    };

    OnboardingWizard(const OnboardingContext &context, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    OnboardingPlan plan() const; // from the answers on every page

    OnboardingCustomerPage *customerPage() const { return m_customer; }
    OnboardingChoicePage *profilePage() const { return m_profile; }
    OnboardingCapacityPage *capacityPage() const { return m_capacity; }
    OnboardingContentPage *contentPage() const { return m_content; }
    OnboardingParametersPage *parametersPage() const { return m_parameters; }
    OnboardingCredentialsPage *credentialsPage() const { return m_credentials; }
    OnboardingRunPage *runPage() const { return m_runPage; }

protected:
    void initializePage(int id) override;

private:
    OnboardingContext m_context;
    OnboardingCustomerPage *m_customer;
    OnboardingChoicePage *m_profile;
    OnboardingChoicePage *m_workspace;
    OnboardingCapacityPage *m_capacity;
    OnboardingContentPage *m_content;
    OnboardingParametersPage *m_parameters;
    OnboardingCredentialsPage *m_credentials;
    OnboardingRunPage *m_runPage;
};

} // namespace td
