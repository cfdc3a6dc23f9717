#pragma once
#include <QPointer>
#include <QWizardPage>
#include <memory>

#include "ui/onboarding/OnboardingContext.h"

namespace Ui {
class OnboardingCapacityPage;
}
class QCheckBox;
class QTreeWidget;

namespace td {

class PagedApiCall;
struct OnboardingPlan;

// Step 4 (optional): the capacities (name, SKU, region, state) listed live; the one checked is assigned.
class OnboardingCapacityPage : public QWizardPage
{
    Q_OBJECT
public:
    OnboardingCapacityPage(const OnboardingContext *context, QWidget *parent = nullptr);
    ~OnboardingCapacityPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void applyTo(OnboardingPlan &plan) const;
    QCheckBox *assignCheck() const;
    QTreeWidget *capacityTree() const;
    bool selectCapacity(const QString &id);

private:
    std::unique_ptr<Ui::OnboardingCapacityPage> ui;
    const OnboardingContext *m_context;
    QPointer<PagedApiCall> m_job;
    bool m_loaded = false;
};

} // namespace td
