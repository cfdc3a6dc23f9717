#include "ui/diagnostics/EmbedTokenDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

#include "app/diagnostics/EmbedTokenBatch.h"
#include "app/diagnostics/EmbedTokenTest.h"
#include "app/jobs/JobCenter.h"
#include "app/ops/ContentOps.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui_EmbedTokenDialog.h"

namespace td {

namespace {
QStringList ids(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}
} // namespace

EmbedTokenDialog::EmbedTokenDialog(ConnectionSession *session, CustomerRegistry *registry, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::EmbedTokenDialog>()), m_session(session), m_registry(registry)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("embedTokenDialog"));
    ui->batchTable->setColumnCount(3);
    ui->batchTable->setHorizontalHeaderLabels({tr("Customer"), tr("Main report"), tr("Result")});
    ui->batchTable->horizontalHeader()->setStretchLastSection(true);
    ui->batchTable->verticalHeader()->hide();
    connect(ui->generateButton, &QPushButton::clicked, this, &EmbedTokenDialog::generate);
    connect(ui->runBatchButton, &QPushButton::clicked, this, &EmbedTokenDialog::runBatch);
    connect(ui->cancelBatchButton, &QPushButton::clicked, this, &EmbedTokenDialog::cancelBatch);
    connect(ui->copyFailuresButton, &QPushButton::clicked, this, [this] {
        if (m_batch)
            QGuiApplication::clipboard()->setText(m_batch->failuresText());
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EmbedTokenDialog::~EmbedTokenDialog()
{
    if (m_single)
        m_single->cancel();
    if (m_batch)
        m_batch->cancel();
}

void EmbedTokenDialog::prefill(const QString &profileId, const QString &reportId, const QString &datasetId)
{
    ui->profileEdit->setText(profileId);
    ui->reportsEdit->setText(reportId);
    ui->datasetsEdit->setText(datasetId);
}

void EmbedTokenDialog::setJobCenter(JobCenter *center)
{
    m_jobs = center;
}

EmbedTokenBatch *EmbedTokenDialog::batch() const
{
    return m_batch;
}

void EmbedTokenDialog::generate()
{
    if (m_single)
        return;
    if (!m_session) {
        ui->resultLabel->setText(tr("The connection is closed."));
        return;
    }
    EmbedTokenTestInput in;
    in.profileId = ui->profileEdit->text().trimmed();
    in.reportIds = ids(ui->reportsEdit->text());
    in.datasetIds = ids(ui->datasetsEdit->text());
    in.targetWorkspaceIds = ids(ui->targetsEdit->text());
    in.username = ui->usernameEdit->text().trimmed();
    in.roles = ids(ui->rolesEdit->text());
    if (in.reportIds.isEmpty() && in.datasetIds.isEmpty()) {
        ui->resultLabel->setText(tr("Enter at least one report or semantic model id."));
        return;
    }
    ui->generateButton->setEnabled(false);
    ui->resultLabel->setText(tr("Generating…"));
    m_single = new EmbedCheckOp(m_session, in.profileId, in.toRequest(), this);
    connect(m_single, &AsyncOp::finished, this, [this](const OpResult &r) {
        m_single = nullptr; // it deletes itself
        ui->resultLabel->setText(EmbedTokenOutcome::fromResult(r).toText());
        ui->generateButton->setEnabled(true);
        Q_EMIT generated();
    });
    m_single->start();
}

void EmbedTokenDialog::runBatch()
{
    if (m_batch && m_batch->isRunning())
        return;
    if (!m_session || !m_registry) {
        ui->batchStatus->setText(m_session ? tr("The customer registry is not available.")
                                           : tr("The connection is closed."));
        return;
    }
    if (m_batch)
        m_batch->deleteLater();
    const QVector<Customer> customers = m_registry->list(m_session->connection().id);
    m_batch = new EmbedTokenBatch(m_session, customers, this);
    m_batch->setEffectiveIdentity(ui->batchUsernameEdit->text().trimmed(), ids(ui->batchRolesEdit->text()));
    ui->batchTable->setRowCount(customers.size());
    for (int i = 0; i < customers.size(); ++i) {
        ui->batchTable->setItem(
            i, 0,
            new QTableWidgetItem(tr("%1 – %2").arg(customers.at(i).customerId, customers.at(i).displayName)));
        ui->batchTable->setItem(i, 1, new QTableWidgetItem());
        ui->batchTable->setItem(i, 2, new QTableWidgetItem(tr("Waiting")));
    }
    ui->progressBar->setRange(0, qMax(1, customers.size()));
    ui->progressBar->setValue(0);
    connect(m_batch, &EmbedTokenBatch::progress, ui->progressBar, [this](int done, int total) {
        ui->progressBar->setValue(done);
        if (m_jobs && !m_operationId.isEmpty())
            m_jobs->updateOperation(m_operationId, done, total);
    });
    if (m_jobs) {
        const QPointer<EmbedTokenBatch> batch = m_batch;
        m_operationId = m_jobs->trackOperation(tr("Embed token test: every customer's main report"), [batch] {
            if (batch)
                batch->cancel();
        });
    }
    connect(m_batch, &EmbedTokenBatch::itemFinished, this, &EmbedTokenDialog::onBatchItem);
    connect(m_batch, &EmbedTokenBatch::finished, this, &EmbedTokenDialog::onBatchFinished);
    ui->runBatchButton->setEnabled(false);
    ui->cancelBatchButton->setEnabled(true);
    ui->copyFailuresButton->setEnabled(false);
    ui->batchStatus->setText(customers.isEmpty() ? tr("The registry has no customer on this connection.")
                                                 : tr("Testing %n customer(s)…", nullptr, customers.size()));
    m_batch->start();
}

void EmbedTokenDialog::cancelBatch()
{
    if (m_batch)
        m_batch->cancel();
}

void EmbedTokenDialog::onBatchItem(int index)
{
    const EmbedBatchItem &item = m_batch->items().at(index);
    ui->batchTable->item(index, 1)->setText(item.reportName);
    const QString text = item.problem.isEmpty() ? item.outcome.toText() : item.problem;
    ui->batchTable->item(index, 2)->setText(item.outcome.ok ? tr("OK — %1").arg(text)
                                                            : tr("FAILED — %1").arg(text));
    ui->batchTable->item(index, 2)->setToolTip(text);
}

void EmbedTokenDialog::onBatchFinished()
{
    const int failures = m_batch->failures().size();
    ui->batchStatus->setText(m_batch->wasCancelled()
                                 ? tr("Cancelled; %n failure(s) so far.", nullptr, failures)
                                 : tr("Done: %1 of %2 customer(s) cannot embed their main report.")
                                       .arg(failures)
                                       .arg(m_batch->items().size()));
    ui->runBatchButton->setEnabled(true);
    ui->cancelBatchButton->setEnabled(false);
    ui->copyFailuresButton->setEnabled(failures > 0);
    if (m_jobs && !m_operationId.isEmpty()) {
        QVector<JobItemInfo> items;
        for (const EmbedBatchItem &i : m_batch->items()) {
            JobItemInfo info;
            info.key = i.customer.customerId;
            info.displayName = i.customer.displayName;
            info.position = items.size();
            info.state = !i.done ? ItemState::Cancelled : i.outcome.ok ? ItemState::Done : ItemState::Failed;
            info.error = i.problem.isEmpty() && !i.outcome.ok ? i.outcome.toText() : i.problem;
            info.requestId = i.outcome.requestId;
            info.result = i.outcome.toJson();
            items.append(info);
        }
        const JobState state = m_batch->wasCancelled() ? JobState::Cancelled
                               : failures > 0          ? JobState::CompletedWithErrors
                                                       : JobState::Completed;
        m_jobs->finishOperation(m_operationId, state, ui->batchStatus->text(), items);
        m_operationId.clear();
    }
    Q_EMIT batchFinished();
}

} // namespace td
