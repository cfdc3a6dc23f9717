#pragma once
#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <memory>

#include "app/capacity/CapacityTypes.h"
#include "ui/capacity/CapacityWizardContext.h"

namespace Ui {
class CapacityPreflightPage;
}
class QTreeWidget;
class QTreeWidgetItem;

namespace td {

class CapacityPreflight;
struct ApiError;

// Step 3: runs the CapacityPreflight (reads only) for the chosen workspaces and target and shows, per
// workspace, what will happen (move, skip, blocked) and each finding with what to do about it.
class CapacityPreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, OutcomeColumn, WhatToDoColumn };

    // input: the workspaces and the target id ("" = shared) chosen on the earlier pages
    CapacityPreflightPage(const CapacityWizardContext *context,
                          std::function<std::pair<QVector<AssignTarget>, QString>()> input,
                          QWidget *parent = nullptr);
    ~CapacityPreflightPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isDone() const { return m_done; }
    const CapacityPlan &plan() const { return m_plan; }
    QTreeWidget *findingTree() const;

Q_SIGNALS:
    void checked(); // the pre-flight finished (successfully or not)

private:
    void start();
    void onFinished(const ApiError &error);
    void showPlan();
    QString detailText(const QTreeWidgetItem *item) const;

    std::unique_ptr<Ui::CapacityPreflightPage> ui;
    const CapacityWizardContext *m_context;
    std::function<std::pair<QVector<AssignTarget>, QString>()> m_input;
    QPointer<CapacityPreflight> m_preflight;
    CapacityPlan m_plan;
    bool m_done = false;
};

} // namespace td
