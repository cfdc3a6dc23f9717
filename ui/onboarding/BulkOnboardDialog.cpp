#include "ui/onboarding/BulkOnboardDialog.h"

#include <QFileDialog>
#include <QHeaderView>

#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/BulkResult.h"
#include "app/session/ConnectionSession.h"
#include "ui_BulkOnboardDialog.h"

namespace td {

BulkOnboardDialog::BulkOnboardDialog(JobEngine *engine, ConnectionSession *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::BulkOnboardDialog>()), m_engine(engine), m_session(session),
      m_bulk(new BulkOnboarding(engine, session, this))
{
    ui->setupUi(this);
    ui->table->setColumnCount(ColCount);
    ui->table->setHorizontalHeaderLabels({tr("Line"), tr("Customer id"), tr("Display name"), tr("Profile"),
                                          tr("Workspace"), tr("Capacity"), tr("Import"), tr("Status")});
    ui->table->horizontalHeader()->setStretchLastSection(true);
    ui->table->verticalHeader()->hide();
    for (ExistingPolicy p : {ExistingPolicy::Fail, ExistingPolicy::Skip, ExistingPolicy::Update})
        ui->existingCombo->addItem(ExistingCustomers::policyLabel(p), int(p));
    connect(ui->existingCombo, &QComboBox::currentIndexChanged, this, &BulkOnboardDialog::applyExisting);
    connect(ui->chooseButton, &QPushButton::clicked, this, &BulkOnboardDialog::choose);
    connect(ui->dryRunButton, &QPushButton::clicked, this, &BulkOnboardDialog::startDryRun);
    connect(ui->runButton, &QPushButton::clicked, this, [this] { startRun(); });
    connect(ui->saveButton, &QPushButton::clicked, this, &BulkOnboardDialog::chooseResult);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_bulk, &BulkOnboarding::planned, this, &BulkOnboardDialog::onPlanned);
    connect(m_bulk, &BulkOnboarding::planProgress, this, [this](int done, int total) {
        ui->progress->setRange(0, qMax(1, total));
        ui->progress->setValue(done);
    });
    if (m_engine) {
        connect(m_engine, &JobEngine::itemChanged, this, &BulkOnboardDialog::onItemChanged);
        connect(m_engine, &JobEngine::jobFinished, this, &BulkOnboardDialog::onJobFinished);
        connect(m_engine, &JobEngine::progress, this, [this](const QString &jobId, int done, int total) {
            if (jobId != m_jobId)
                return;
            ui->progress->setRange(0, qMax(1, total));
            ui->progress->setValue(done);
        });
    } else {
        setStatus(tr("The job journal is not available, so bulk onboarding cannot run (a dry run can)."));
    }
    updateButtons();
}

BulkOnboardDialog::~BulkOnboardDialog() = default;

QString BulkOnboardDialog::statusText() const
{
    return ui->statusLabel->text();
}

int BulkOnboardDialog::rowCount() const
{
    return ui->table->rowCount();
}

QString BulkOnboardDialog::cellText(int row, int column) const
{
    const QTableWidgetItem *item = ui->table->item(row, column);
    return item ? item->text() : QString();
}

void BulkOnboardDialog::setStatus(const QString &text)
{
    ui->statusLabel->setText(text);
}

void BulkOnboardDialog::updateButtons()
{
    const bool loaded = !m_bulk->rows().isEmpty();
    const bool running = !m_jobId.isEmpty() && m_engine && m_engine->isActive(m_jobId);
    ui->chooseButton->setEnabled(m_jobId.isEmpty() && !m_planning);
    ui->dryRunButton->setEnabled(loaded && !m_planning && m_jobId.isEmpty() && m_session);
    ui->runButton->setEnabled(loaded && !m_planning && m_jobId.isEmpty() && m_engine && m_session &&
                              !m_bulk->goodRows().isEmpty());
    ui->concurrencySpin->setEnabled(m_jobId.isEmpty());
    ui->existingCombo->setEnabled(m_registry && m_jobId.isEmpty() && !m_planning);
    ui->saveButton->setEnabled(!m_jobId.isEmpty() && !running);
}

void BulkOnboardDialog::choose()
{
    auto *dialog = new QFileDialog(this, tr("Choose the onboarding CSV"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setCsvPath(path); });
    dialog->open();
}

void BulkOnboardDialog::setRegistry(const CustomerRegistry *registry)
{
    m_registry = registry;
    applyExisting();
}

bool BulkOnboardDialog::setExistingPolicy(ExistingPolicy policy)
{
    if (!m_jobId.isEmpty() || m_planning)
        return false;
    ui->existingCombo->setCurrentIndex(ui->existingCombo->findData(int(policy)));
    return true;
}

// The rows checked again against the registry with the chosen policy (a dry run's table is cleared).
void BulkOnboardDialog::applyExisting()
{
    if (!m_registry || !m_session || !m_jobId.isEmpty() || m_planning)
        return updateButtons();
    m_bulk->setExisting(m_registry, m_session->connection().id,
                        ExistingPolicy(ui->existingCombo->currentData().toInt()));
    if (m_bulk->rows().isEmpty())
        return updateButtons();
    fillRows();
    describeRows();
    updateButtons();
}

void BulkOnboardDialog::describeRows()
{
    setStatus(tr("%1 row(s): %2 valid, %3 skipped, %4 with errors. Dry run shows what will be created.")
                  .arg(m_bulk->rows().size())
                  .arg(m_bulk->goodRows().size())
                  .arg(m_bulk->skippedCount())
                  .arg(m_bulk->badRows().size() - m_bulk->skippedCount()));
}

bool BulkOnboardDialog::setCsvPath(const QString &path)
{
    ui->csvEdit->setText(path);
    QString error;
    const bool ok = m_bulk->load(path, &error);
    fillRows();
    if (!ok)
        setStatus(error);
    else
        describeRows();
    updateButtons();
    return ok;
}

QString BulkOnboardDialog::rowStatus(const OnboardingRow &r)
{
    if (!r.error.isEmpty())
        return r.error;
    if (!r.skipped.isEmpty())
        return r.skipped;
    if (r.update)
        return r.profileId.isEmpty()
                   ? tr("update of a registered customer (no profile yet)")
                   : tr("update of a registered customer: profile %1 kept").arg(r.profileId);
    return tr("valid");
}

void BulkOnboardDialog::fillRows()
{
    const QVector<OnboardingRow> &rows = m_bulk->rows();
    ui->table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const OnboardingRow &r = rows.at(i);
        const QStringList cells{
            QString::number(r.line), r.customerId, r.displayName, {}, {}, {}, {}, rowStatus(r)};
        for (int c = 0; c < ColCount; ++c)
            ui->table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    ui->table->resizeColumnsToContents();
}

void BulkOnboardDialog::startDryRun()
{
    if (m_bulk->rows().isEmpty() || m_planning)
        return;
    m_planning = true;
    setStatus(tr("Looking up what exists…"));
    updateButtons();
    m_bulk->plan();
}

void BulkOnboardDialog::onPlanned(const ApiError &error)
{
    m_planning = false;
    if (error.isError()) {
        setStatus(tr("The dry run failed: %1").arg(error.summary()));
    } else {
        const QVector<PlanEntry> &entries = m_bulk->planEntries();
        int creates = 0;
        for (int i = 0; i < entries.size() && i < ui->table->rowCount(); ++i) {
            const PlanEntry &e = entries.at(i);
            const bool bad = !e.error.isEmpty() || !e.row.ok(); // invalid, or skipped
            auto set = [this, i](int col, const QString &text) { ui->table->item(i, col)->setText(text); };
            auto named = [](PlanEntry::Action a, const QString &name, const QString &id) {
                return PlanEntry::actionName(a) + QStringLiteral(": ") + (name.isEmpty() ? id : name);
            };
            set(ColProfile, bad ? QString() : named(e.profile, e.profileName, e.profileId));
            set(ColWorkspace, bad ? QString() : named(e.workspace, e.workspaceName, e.workspaceId));
            set(ColCapacity, bad ? QString() : PlanEntry::actionName(e.capacity));
            set(ColImport, bad ? QString() : PlanEntry::actionName(e.import));
            set(ColStatus, !e.error.isEmpty() ? e.error
                           : bad              ? rowStatus(e.row)
                           : e.note.isEmpty() ? tr("ready")
                                              : e.note);
            creates += !bad && e.profile == PlanEntry::Action::Create ? 1 : 0;
        }
        ui->table->resizeColumnsToContents();
        setStatus(tr("Dry run: %1 new profile(s), %2 row(s) skipped, %3 with errors. Nothing was changed.")
                      .arg(creates)
                      .arg(m_bulk->skippedCount())
                      .arg(m_bulk->badRows().size() - m_bulk->skippedCount()));
    }
    updateButtons();
    Q_EMIT dryRunFinished();
}

QString BulkOnboardDialog::startRun()
{
    if (!m_jobId.isEmpty() || !m_engine)
        return {};
    m_engine->setMaxConcurrency(ui->concurrencySpin->value());
    QString error;
    m_jobId = m_bulk->submit(&error);
    if (m_jobId.isEmpty()) {
        setStatus(tr("The job did not start: %1").arg(error));
        return {};
    }
    setStatus(tr("Running as a job: the Jobs tab can pause or cancel it."));
    ui->progress->setRange(0, int(m_bulk->goodRows().size()));
    ui->progress->setValue(0);
    updateButtons();
    return m_jobId;
}

void BulkOnboardDialog::onItemChanged(const QString &jobId, const QString &key)
{
    if (jobId != m_jobId || !m_engine)
        return;
    const QVector<OnboardingRow> &rows = m_bulk->rows();
    int row = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).ok() && rows.at(i).customerId == key)
            row = i;
    }
    if (row < 0 || row >= ui->table->rowCount())
        return;
    const JobItemInfo item = m_engine->journal()->item(jobId, key);
    const QStringList f = BulkResult::fields(item);
    ui->table->item(row, ColProfile)->setText(f.at(3));
    ui->table->item(row, ColWorkspace)->setText(f.at(4));
    ui->table->item(row, ColStatus)
        ->setText(item.error.isEmpty() ? displayName(item.state)
                                       : displayName(item.state) + QStringLiteral(": ") + item.error);
}

void BulkOnboardDialog::onJobFinished(const QString &jobId, JobState state)
{
    if (jobId != m_jobId || !m_engine)
        return;
    const JobInfo job = m_engine->job(jobId);
    setStatus(tr("%1: %2 done, %3 failed, %4 cancelled; %5 row(s) refused before the run.")
                  .arg(displayName(state))
                  .arg(job.done - job.failed - job.cancelled)
                  .arg(job.failed)
                  .arg(job.cancelled)
                  .arg(m_bulk->badRows().size()));
    updateButtons();
    Q_EMIT runFinished(state);
}

void BulkOnboardDialog::chooseResult()
{
    auto *dialog = new QFileDialog(this, tr("Save the result CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveResult(path); });
    dialog->open();
}

bool BulkOnboardDialog::saveResult(const QString &path)
{
    if (m_jobId.isEmpty() || !m_engine)
        return false;
    QString error;
    if (!BulkResult::write(path, m_engine->items(m_jobId), m_bulk->badRows(), &error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Result written to %1").arg(path));
    return true;
}

} // namespace td
