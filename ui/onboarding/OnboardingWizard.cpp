#include "ui/onboarding/OnboardingWizard.h"

#include "ui/onboarding/OnboardingCapacityPage.h"
#include "ui/onboarding/OnboardingChoicePage.h"
#include "ui/onboarding/OnboardingContentPage.h"
#include "ui/onboarding/OnboardingCredentialsPage.h"
#include "ui/onboarding/OnboardingCustomerPage.h"
#include "ui/onboarding/OnboardingParametersPage.h"
#include "ui/onboarding/OnboardingRunPage.h"

namespace td {

OnboardingWizard::OnboardingWizard(const OnboardingContext &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Onboard customer"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_customer = new OnboardingCustomerPage(&m_context, this);
    m_profile = new OnboardingChoicePage(OnboardingChoicePage::Kind::Profile, &m_context, this);
    m_workspace = new OnboardingChoicePage(OnboardingChoicePage::Kind::Workspace, &m_context, this);
    m_capacity = new OnboardingCapacityPage(&m_context, this);
    m_content = new OnboardingContentPage(this);
    m_parameters = new OnboardingParametersPage(this);
    m_credentials = new OnboardingCredentialsPage(this);
    m_runPage = new OnboardingRunPage(&m_context, this);
    setPage(CustomerPage, m_customer);
    setPage(ProfilePage, m_profile);
    setPage(WorkspacePage, m_workspace);
    setPage(CapacityPage, m_capacity);
    setPage(ContentPage, m_content);
    setPage(ParametersPage, m_parameters);
    setPage(CredentialsPage, m_credentials);
    setPage(RunPage, m_runPage);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(720, 520);
}

OnboardingWizard::~OnboardingWizard() = default;

OnboardingPlan OnboardingWizard::plan() const
{
    OnboardingPlan p;
    m_customer->applyTo(p);
    m_profile->applyTo(p);
    m_workspace->applyTo(p);
    m_capacity->applyTo(p);
    m_content->applyTo(p);
    m_parameters->applyTo(p);
    m_credentials->applyTo(p);
    return p;
}

void OnboardingWizard::initializePage(int id)
{
    if (id == CredentialsPage)
        m_credentials->setHasContent(m_content->hasFiles());
    QWizard::initializePage(id);
}

} // namespace td
