#include "ui/capacity/CapacityPreflightPage.h"

#include <QStyle>

#include "app/api/ApiError.h"
#include "app/capacity/CapacityPreflight.h"
#include "ui_CapacityPreflightPage.h"

namespace td {

CapacityPreflightPage::CapacityPreflightPage(const CapacityWizardContext *context,
                                             std::function<std::pair<QVector<AssignTarget>, QString>()> input,
                                             QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::CapacityPreflightPage>()), m_context(context),
      m_input(std::move(input))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("capacityPreflightPage"));
    ui->findingTree->header()->setStretchLastSection(true);
    connect(ui->recheckButton, &QPushButton::clicked, this, &CapacityPreflightPage::start);
    connect(ui->findingTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { ui->detailLabel->setText(detailText(item)); });
}

QString CapacityPreflightPage::detailText(const QTreeWidgetItem *item) const
{
    if (!item)
        return {};
    if (!item->parent()) {
        return item->childCount() == 0
                   ? tr("%1: %2, nothing to note.").arg(item->text(SubjectColumn), item->text(OutcomeColumn))
                   : tr("%1: %2. %n finding(s) below.", "", item->childCount())
                         .arg(item->text(SubjectColumn), item->text(OutcomeColumn));
    }
    return tr("%1 (%2): %3\nWhat to do: %4")
        .arg(item->parent()->text(SubjectColumn), item->text(OutcomeColumn), item->text(SubjectColumn),
             item->text(WhatToDoColumn));
}

CapacityPreflightPage::~CapacityPreflightPage()
{
    if (m_preflight)
        m_preflight->cancel();
}

QTreeWidget *CapacityPreflightPage::findingTree() const
{
    return ui->findingTree;
}

void CapacityPreflightPage::initializePage()
{
    start();
}

void CapacityPreflightPage::cleanupPage()
{
    if (m_preflight)
        m_preflight->cancel();
}

void CapacityPreflightPage::start()
{
    if (m_preflight) {
        m_preflight->disconnect(this);
        m_preflight->cancel();
        m_preflight->deleteLater();
    }
    m_done = false;
    m_plan = CapacityPlan();
    ui->findingTree->clear();
    ui->detailLabel->clear();
    emit completeChanged();
    if (!m_context->session) {
        ui->statusLabel->setText(tr("The connection is closed."));
        return;
    }
    const auto [workspaces, targetId] = m_input();
    ui->progressBar->setRange(0, int(workspaces.size()));
    ui->progressBar->setValue(0);
    ui->recheckButton->setEnabled(false);
    ui->statusLabel->setText(tr("Checking %n workspace(s)… nothing is written.", "", int(workspaces.size())));
    m_preflight = new CapacityPreflight(m_context->session, this);
    m_preflight->setWorkspaces(workspaces);
    m_preflight->setTargetCapacityId(targetId);
    connect(m_preflight, &CapacityPreflight::progress, ui->progressBar, [this](int done, int total) {
        ui->progressBar->setRange(0, total);
        ui->progressBar->setValue(done);
    });
    connect(m_preflight, &CapacityPreflight::finished, this, &CapacityPreflightPage::onFinished);
    m_preflight->start();
}

void CapacityPreflightPage::onFinished(const ApiError &error)
{
    ui->recheckButton->setEnabled(true);
    if (error.isError()) {
        ui->statusLabel->setText(tr("The pre-flight could not run: %1").arg(error.summary()));
        emit checked();
        return;
    }
    m_plan = m_preflight->plan();
    m_done = true;
    ui->progressBar->setValue(ui->progressBar->maximum());
    showPlan();
    emit completeChanged();
    emit checked();
}

void CapacityPreflightPage::showPlan()
{
    ui->findingTree->clear();
    const QIcon icons[] = {style()->standardIcon(QStyle::SP_MessageBoxCritical),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning),
                           style()->standardIcon(QStyle::SP_MessageBoxInformation)};
    for (const PlanItem &item : m_plan.items) {
        const QString name = item.workspace.workspaceName.isEmpty() ? item.workspace.workspaceId
                                                                    : item.workspace.workspaceName;
        auto *top = new QTreeWidgetItem(ui->findingTree, {name, PlanItem::actionName(item.action)});
        top->setData(SubjectColumn, Qt::UserRole, item.workspace.workspaceId);
        top->setToolTip(SubjectColumn, tr("workspace id %1").arg(item.workspace.workspaceId));
        if (item.action == PlanAction::Blocked)
            top->setIcon(OutcomeColumn, icons[0]);
        for (const PreflightFinding &f : item.findings) {
            auto *child =
                new QTreeWidgetItem(top, {f.message, PreflightFinding::severityName(f.severity), f.whatToDo});
            child->setIcon(SubjectColumn, icons[int(f.severity)]);
            child->setToolTip(SubjectColumn, f.message);
            child->setToolTip(WhatToDoColumn, f.whatToDo);
            child->setData(SubjectColumn, Qt::UserRole, f.ruleId);
        }
        top->setExpanded(!item.findings.isEmpty());
    }
    ui->findingTree->resizeColumnToContents(OutcomeColumn);
    ui->findingTree->setColumnWidth(SubjectColumn, 320);
    if (ui->findingTree->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = ui->findingTree->topLevelItem(0);
        ui->findingTree->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
    ui->statusLabel->setText(m_plan.summary());
}

bool CapacityPreflightPage::isComplete() const
{
    return m_done;
}

} // namespace td
