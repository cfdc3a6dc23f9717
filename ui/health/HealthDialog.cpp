#include "ui/health/HealthDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "app/health/HealthCheck.h"
#include "app/health/HealthExport.h"
#include "ui/health/HealthFilterProxy.h"
#include "ui/health/HealthFindingsModel.h"
#include "app/health/HealthFixJobType.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobFollower.h"
#include "app/session/ConnectionSession.h"

namespace td {

HealthDialog::HealthDialog(ConnectionSession *session, InventoryStore *store, CustomerRegistry *registry,
                           JobCenter *jobs, QWidget *parent)
    : QDialog(parent), m_session(session), m_store(store), m_registry(registry), m_jobs(jobs),
      m_model(new HealthFindingsModel(this)), m_proxy(new HealthFilterProxy(this))
{
    setObjectName(QStringLiteral("healthDialog"));
    setWindowTitle(tr("Health check — %1").arg(session ? session->connection().name : QString()));
    m_proxy->setSourceModel(m_model);
    buildUi();
    updateButtons();
    resize(1100, 640);
}

HealthDialog::~HealthDialog()
{
    if (m_check && m_check->isRunning())
        m_check->cancel(); // the Jobs tab shows it cancelled
}

void HealthDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run check"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter findings (rule, object, text)…"));
    m_filter->setClearButtonEnabled(true);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Warnings and errors"), int(HealthSeverity::Warning));
    m_severity->addItem(tr("Errors only"), int(HealthSeverity::Error));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_severity);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HealthFindingsModel::SeverityCol, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(HealthFindingsModel::SeverityCol, 80);
    m_table->setColumnWidth(HealthFindingsModel::RuleCol, 170);
    m_table->setColumnWidth(HealthFindingsModel::ObjectsCol, 260);
    m_table->setColumnWidth(HealthFindingsModel::ExplanationCol, 320);
    m_table->setColumnWidth(HealthFindingsModel::FixCol, 240);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(tr("Run the check to see the findings."), this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_fix = new QPushButton(tr("&Fix…"), this);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Apply the fixes of the selected findings (a preview and a confirmation first)"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportHtml = new QPushButton(tr("Export &HTML…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_fix);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportHtml);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &HealthDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &HealthDialog::cancel);
    connect(m_fix, &QPushButton::clicked, this, &HealthDialog::fixSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int) { m_proxy->setMinimumSeverity(m_severity->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthDialog::updateButtons);
}

bool HealthDialog::isChecking() const
{
    return m_check && m_check->isRunning();
}

bool HealthDialog::isFixing() const
{
    return m_fixes && !m_fixes->hasEnded();
}

QString HealthDialog::statusText() const
{
    return m_status->text();
}

void HealthDialog::run()
{
    if (isChecking() || isFixing() || !m_session)
        return;
    m_check = new HealthCheck(m_session, m_store, m_registry, this);
    connect(m_check, &HealthCheck::progress, this, &HealthDialog::onProgress);
    connect(m_check, &HealthCheck::finished, this, &HealthDialog::onFinished);
    if (m_jobs) {
        QPointer<HealthCheck> check(m_check);
        m_operationId =
            m_jobs->trackOperation(tr("Health check of %1").arg(m_session->connection().name), [check] {
                if (check)
                    check->cancel();
            });
    }
    m_status->setText(tr("Checking…"));
    m_progress->setRange(0, 0);
    m_check->start();
    updateButtons();
}

void HealthDialog::cancel()
{
    if (m_check)
        m_check->cancel();
    if (isFixing() && m_jobs)
        m_jobs->cancel(m_fixes->jobId());
}

void HealthDialog::onProgress(int done, int total, const QString &phase)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qMin(done, total));
    m_status->setText(tr("%1… %2/%3").arg(phase).arg(done).arg(total));
    if (m_jobs && !m_operationId.isEmpty())
        m_jobs->updateOperation(m_operationId, done, total);
}

void HealthDialog::onFinished(const HealthReport &report)
{
    if (m_check)
        m_check->deleteLater();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (report.isComplete())
        m_model->setFindings(report.findings);
    QString text;
    JobState state = JobState::Completed;
    if (report.status == QLatin1String("cancelled")) {
        text = tr("The check was cancelled; the findings shown are from the last complete check.");
        state = JobState::Cancelled;
    } else if (report.status == QLatin1String("failed")) {
        text = tr("The check could not read the estate: %1").arg(report.errors.value(0));
        state = JobState::Failed;
    } else {
        text = tr("%n finding(s) in %1 profiles, %2 workspaces and %3 semantic models.", nullptr,
                  int(report.findings.size()))
                   .arg(report.profiles)
                   .arg(report.workspaces)
                   .arg(report.models);
        if (!report.errors.isEmpty()) {
            text +=
                QLatin1Char(' ') + tr("%n list(s) could not be read: %1", nullptr, int(report.errors.size()))
                                       .arg(report.errors.first());
            state = JobState::CompletedWithErrors;
        }
    }
    m_status->setText(text);
    if (m_jobs && !m_operationId.isEmpty())
        m_jobs->finishOperation(m_operationId, state, text);
    m_operationId.clear();
    m_run->setText(tr("&Re-check"));
    updateButtons();
    Q_EMIT checkFinished(report);
}

QVector<HealthFinding> HealthDialog::selectedFindings() const
{
    QVector<HealthFinding> out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(i).row();
        if (row >= 0 && m_model->finding(row).fix.isAvailable())
            out.append(m_model->finding(row));
    }
    return out;
}

void HealthDialog::fixSelected()
{
    const QVector<HealthFinding> findings = selectedFindings();
    if (findings.isEmpty() || isChecking() || isFixing())
        return;
    QStringList lines;
    for (const HealthFinding &f : findings)
        lines.append(QStringLiteral("• ") + f.fix.preview);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Apply fixes"),
                        tr("Apply %n fix(es)? Each change is sent as the identity shown and recorded in "
                           "the audit log.",
                           nullptr, int(findings.size())),
                        QMessageBox::Apply | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("healthFixConfirm"));
    box->setInformativeText(
        lines.mid(0, 15).join(QLatin1Char('\n')) +
        (lines.size() > 15 ? tr("\n… and %n more", nullptr, int(lines.size() - 15)) : QString()));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<HealthDialog> self(this);
    connect(box, &QMessageBox::finished, this, [self, findings](int result) {
        if (self && result == QMessageBox::Apply)
            self->applyFixes(findings);
    });
    box->open();
}

void HealthDialog::applyFixes(const QVector<HealthFinding> &findings)
{
    JobEngine *engine = m_jobs ? m_jobs->engine() : nullptr;
    if (!m_session || !engine) {
        m_status->setText(m_jobs && !m_jobs->unavailableReason().isEmpty()
                              ? tr("Journaled jobs are disabled (%1): nothing was fixed.")
                                    .arg(m_jobs->unavailableReason())
                              : tr("No job engine or connection: nothing was fixed."));
        return;
    }
    if (!engine->types().contains(HealthFixJobType::typeName()))
        HealthFixJobType::registerWith(engine->types(), m_registry);
    QString error;
    const QString id =
        engine->submit(HealthFixJobType::request(m_session->connection().id, findings), &error);
    if (id.isEmpty()) {
        m_status->setText(tr("The fixes could not start: %1. Nothing was changed.").arg(error));
        return;
    }
    m_fixes = new JobFollower(engine, id, this);
    connect(m_fixes, &JobFollower::itemEnded, this, [this](const JobItemInfo &item) {
        const HealthFixResult r = HealthFixJobType::result(item);
        m_model->setFixState(r.key, r.ok, r.message);
    });
    connect(m_fixes, &JobFollower::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Fixing… %1/%2").arg(done).arg(total));
    });
    connect(m_fixes, &JobFollower::ended, this, [this](const JobInfo &job) {
        const int failed = job.failed + job.cancelled;
        m_status->setText(tr("%1 fix(es) applied, %2 failed. Re-check to see what remains.")
                              .arg(job.done - failed)
                              .arg(failed));
        m_fixes->deleteLater();
        updateButtons();
        Q_EMIT fixesFinished(job.done - failed, failed);
    });
    m_fixes->check();
    updateButtons();
}

void HealthDialog::chooseExport(bool html)
{
    auto *dialog = new QFileDialog(this, html ? tr("Export findings as HTML") : tr("Export findings as CSV"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(html ? tr("HTML (*.html)") : tr("CSV (*.csv)"));
    dialog->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("csv"));
    dialog->selectFile(html ? QStringLiteral("health.html") : QStringLiteral("health.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HealthDialog::exportTo);
    dialog->open();
}

void HealthDialog::exportTo(const QString &path)
{
    // What the filter shows, in the order shown.
    QVector<HealthFinding> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown.append(m_model->finding(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    QString error;
    const QString title = tr("Health check — %1").arg(m_session ? m_session->connection().name : QString());
    if (HealthExport::write(path, shown, title, &error))
        m_status->setText(tr("%n finding(s) exported to %1.", nullptr, int(shown.size())).arg(path));
    else
        m_status->setText(error);
}

void HealthDialog::updateButtons()
{
    const bool busy = isChecking() || isFixing();
    m_run->setEnabled(!busy && m_session);
    m_cancel->setEnabled(busy);
    m_fix->setEnabled(!busy && !selectedFindings().isEmpty());
    m_exportCsv->setEnabled(m_model->rowCount() > 0);
    m_exportHtml->setEnabled(m_model->rowCount() > 0);
}

} // namespace td
