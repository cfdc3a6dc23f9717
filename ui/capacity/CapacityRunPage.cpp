#include "ui/capacity/CapacityRunPage.h"

#include <QFileDialog>
#include <QMessageBox>

#include "app/capacity/AssignCapacityJobType.h"
#include "app/capacity/CapacityResultCsv.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "ui_CapacityRunPage.h"

namespace td {

CapacityRunPage::CapacityRunPage(const CapacityWizardContext *context,
                                 std::function<const CapacityPlan &()> plan, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::CapacityRunPage>()), m_context(context),
      m_plan(std::move(plan))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("capacityRunPage"));
    setFinalPage(true);
    ui->rollbackScopeCombo->addItem(tr("the failed workspaces"), int(CapacityRollback::Scope::Failed));
    ui->rollbackScopeCombo->addItem(tr("the moved workspaces"), int(CapacityRollback::Scope::Moved));
    ui->rollbackScopeCombo->addItem(tr("all workspaces of the job"), int(CapacityRollback::Scope::All));
    ui->rollbackScopeCombo->setCurrentIndex(1);
    ui->resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(ui->exportButton, &QPushButton::clicked, this, &CapacityRunPage::chooseExportFile);
    connect(ui->rollbackButton, &QPushButton::clicked, this, &CapacityRunPage::requestRollback);
    connect(ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (m_context->jobCenter)
            m_context->jobCenter->pause(m_jobId);
    });
    connect(ui->resumeButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_context->jobCenter && !m_context->jobCenter->resume(m_jobId, &error))
            ui->statusLabel->setText(tr("Cannot resume: %1").arg(error));
    });
    connect(ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_context->jobCenter)
            m_context->jobCenter->cancel(m_jobId);
    });
    if (JobCenter *center = m_context->jobCenter) {
        connect(center, &JobCenter::jobChanged, this, &CapacityRunPage::onJobChanged);
        connect(center, &JobCenter::itemChanged, this,
                [this](const QString &id, const QString &) { onJobChanged(id); });
    }
}

CapacityRunPage::~CapacityRunPage() = default;

void CapacityRunPage::initializePage()
{
    if (m_jobId.isEmpty())
        submit();
}

void CapacityRunPage::submit()
{
    JobCenter *center = m_context->jobCenter;
    JobEngine *engine = center ? center->engine() : nullptr;
    ui->rollbackButton->setEnabled(false);
    ui->exportButton->setEnabled(false);
    if (!engine || !m_context->session) {
        ui->statusLabel->setText(
            center && !center->unavailableReason().isEmpty()
                ? tr("Journaled jobs are disabled (%1): nothing was moved.").arg(center->unavailableReason())
                : tr("No job engine or connection: nothing was moved."));
        return;
    }
    if (!engine->types().contains(AssignCapacityJobType::typeName()))
        AssignCapacityJobType::registerWith(engine->types());
    AssignCapacityJobParams params;
    params.pollMs = m_pollMs;
    const CapacityPlan &plan = m_plan();
    const JobRequest request =
        AssignCapacityJobType::request(m_context->session->connection().id, plan, params);
    QString error;
    m_jobId = engine->submit(request, &error);
    if (m_jobId.isEmpty()) {
        ui->statusLabel->setText(tr("The job could not start: %1. Nothing was moved.").arg(error));
        return;
    }
    refresh();
}

void CapacityRunPage::onJobChanged(const QString &id)
{
    if (!m_jobId.isEmpty() && id == m_jobId)
        refresh();
    else if (!m_rollbackId.isEmpty() && id == m_rollbackId)
        refreshRollback();
}

bool CapacityRunPage::isJobFinished() const
{
    return !m_jobId.isEmpty() && m_context->jobCenter && isFinal(m_context->jobCenter->job(m_jobId).state);
}

bool CapacityRunPage::isRollbackFinished() const
{
    return !m_rollbackId.isEmpty() && m_context->jobCenter &&
           isFinal(m_context->jobCenter->job(m_rollbackId).state);
}

void CapacityRunPage::refresh()
{
    JobCenter *center = m_context->jobCenter;
    const JobInfo job = center->job(m_jobId);
    const QVector<JobItemInfo> items = center->items(m_jobId);
    ui->progressBar->setRange(0, qMax(1, job.total));
    ui->progressBar->setValue(job.done);
    const int succeeded = job.done - job.failed - job.cancelled;
    ui->statusLabel->setText(tr("%1: %2 — %3 of %4 done, %5 moved, %6 failed, %7 cancelled.")
                                 .arg(job.title, displayName(job.state))
                                 .arg(job.done)
                                 .arg(job.total)
                                 .arg(succeeded)
                                 .arg(job.failed)
                                 .arg(job.cancelled));
    ui->resultTable->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const JobItemInfo &item = items.at(r);
        const QStringList cells{item.displayName, displayName(item.state), item.error, item.requestId};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            ui->resultTable->setItem(r, c, cell);
        }
        ui->resultTable->item(r, WorkspaceColumn)->setData(Qt::UserRole, item.key);
    }
    ui->resultTable->resizeColumnToContents(WorkspaceColumn);
    ui->resultTable->resizeColumnToContents(ResultColumn);
    const bool final = isFinal(job.state);
    ui->pauseButton->setEnabled(center->canPause(m_jobId));
    ui->resumeButton->setEnabled(center->canResume(m_jobId));
    ui->cancelJobButton->setEnabled(center->canCancel(m_jobId));
    ui->exportButton->setEnabled(!items.isEmpty());
    ui->rollbackButton->setEnabled(final && m_rollbackId.isEmpty());
    if (final && !m_finishedEmitted) {
        m_finishedEmitted = true;
        if (job.failed > 0)
            ui->rollbackScopeCombo->setCurrentIndex(0);
        emit jobFinished();
    }
}

void CapacityRunPage::refreshRollback()
{
    const JobInfo job = m_context->jobCenter->job(m_rollbackId);
    ui->rollbackLabel->setText(tr("Rollback: %1 — %2 of %3 done, %4 failed (details in the Jobs tab).")
                                   .arg(displayName(job.state))
                                   .arg(job.done)
                                   .arg(job.total)
                                   .arg(job.failed));
    if (isFinal(job.state) && !m_rollbackEmitted) {
        m_rollbackEmitted = true;
        emit rollbackFinished();
    }
}

bool CapacityRunPage::exportCsv(const QString &path, QString *error) const
{
    if (m_jobId.isEmpty() || !m_context->jobCenter) {
        if (error)
            *error = tr("No job has run.");
        return false;
    }
    QVector<PlanItem> notRun;
    for (const PlanItem &item : m_plan().items) {
        if (item.action != PlanAction::Move)
            notRun.push_back(item);
    }
    return CapacityResultCsv::write(path, m_context->jobCenter->items(m_jobId),
                                    m_context->jobCenter->job(m_jobId).params, notRun, error);
}

void CapacityRunPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export results CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("capacityExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("capacity-assignment.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        ui->statusLabel->setText(exportCsv(path, &error) ? tr("Results written to %1.").arg(path)
                                                         : tr("Could not write %1: %2").arg(path, error));
    });
    dialog->open();
}

void CapacityRunPage::requestRollback()
{
    if (m_jobId.isEmpty() || !m_rollbackId.isEmpty() || m_confirm)
        return;
    const auto scope = CapacityRollback::Scope(ui->rollbackScopeCombo->currentData().toInt());
    const QVector<JobItemSpec> items =
        CapacityRollback::itemsFor(m_context->jobCenter->items(m_jobId), scope);
    if (items.isEmpty()) {
        ui->rollbackLabel->setText(tr("Nothing to roll back: no workspace is in that group."));
        return;
    }
    QStringList names;
    for (const JobItemSpec &s : items)
        names << s.displayName;
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Roll back"),
        tr("Move %n workspace(s) back to the capacity each was on before?", "", int(items.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("capacityRollbackConfirm"));
    m_confirm->setInformativeText(
        tr("This runs as a job of its own: %1").arg(names.join(QStringLiteral(", "))));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, scope](int result) {
        if (result != QMessageBox::Yes)
            return;
        QString error;
        if (!startRollback(scope, &error))
            ui->rollbackLabel->setText(tr("The rollback could not start: %1").arg(error));
    });
    m_confirm->open();
}

bool CapacityRunPage::startRollback(CapacityRollback::Scope scope, QString *error)
{
    JobCenter *center = m_context->jobCenter;
    JobEngine *engine = center ? center->engine() : nullptr;
    if (!engine || m_jobId.isEmpty()) {
        if (error)
            *error = tr("no job to roll back");
        return false;
    }
    JobRequest request =
        CapacityRollback::request(center->job(m_jobId), center->items(m_jobId), scope, error);
    if (request.type.isEmpty())
        return false;
    m_rollbackId = engine->submit(request, error);
    if (m_rollbackId.isEmpty())
        return false;
    ui->rollbackButton->setEnabled(false);
    refreshRollback();
    return true;
}

} // namespace td
