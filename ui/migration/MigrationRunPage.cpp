#include "ui/migration/MigrationRunPage.h"

#include "app/jobs/JobEngine.h"
#include "app/migration/MigrationController.h"
#include "ui_MigrationRunPage.h"

namespace td {

MigrationRunPage::MigrationRunPage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationRunPage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationRunPage"));
    ui->itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(ui->startButton, &QPushButton::clicked, this, &MigrationRunPage::start);
    JobEngine *engine = migration->engine();
    if (!engine)
        return;
    auto jobId = [this] { return m_migration->state().runJobId; };
    connect(ui->pauseButton, &QPushButton::clicked, this, [this, jobId] {
        if (m_migration->engine())
            m_migration->engine()->pause(jobId());
        refresh();
    });
    connect(ui->resumeButton, &QPushButton::clicked, this, [this] { start(); });
    connect(ui->cancelButton, &QPushButton::clicked, this, [this, jobId] {
        if (m_migration->engine())
            m_migration->engine()->cancel(jobId());
        refresh();
    });
    connect(engine, &JobEngine::itemChanged, this, [this, jobId](const QString &id) {
        if (id == jobId())
            refresh();
    });
    connect(engine, &JobEngine::jobChanged, this, [this, jobId](const QString &id) {
        if (id == jobId())
            refresh();
    });
}

MigrationRunPage::~MigrationRunPage() = default;

void MigrationRunPage::initializePage()
{
    refresh();
}

void MigrationRunPage::start()
{
    QString error;
    if (m_migration->run(&error).isEmpty())
        ui->statusLabel->setText(error);
    refresh();
}

void MigrationRunPage::refresh()
{
    JobEngine *engine = m_migration->engine();
    if (!engine) {
        ui->statusLabel->setText(tr("The job journal is not available, so the migration cannot run here."));
        for (QPushButton *b : {ui->startButton, ui->pauseButton, ui->resumeButton, ui->cancelButton})
            b->setEnabled(false);
        return;
    }
    const QString jobId = m_migration->state().runJobId;
    const JobInfo job = jobId.isEmpty() ? JobInfo() : engine->job(jobId);
    const bool active = !job.id.isEmpty() && engine->isActive(job.id);
    ui->startButton->setEnabled(job.id.isEmpty() || (isFinal(job.state) && job.state == JobState::Completed));
    ui->startButton->setText(job.id.isEmpty() ? tr("&Start") : tr("&Start again"));
    ui->pauseButton->setEnabled(active && job.state == JobState::Running);
    ui->resumeButton->setEnabled(!active && !job.id.isEmpty() &&
                                 (job.state == JobState::Paused || job.state == JobState::Interrupted ||
                                  job.state == JobState::CompletedWithErrors ||
                                  job.state == JobState::Cancelled));
    ui->cancelButton->setEnabled(active);
    const QVector<JobItemInfo> items = job.id.isEmpty() ? QVector<JobItemInfo>() : engine->items(job.id);
    ui->itemTable->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const JobItemInfo &it = items.at(i);
        QString details = it.error;
        if (details.isEmpty() && it.state == ItemState::Done) {
            const QJsonArray creds = it.result.value(QLatin1String("takeover"))
                                         .toObject()
                                         .value(QLatin1String("credentialsToSet"))
                                         .toArray();
            details = creds.isEmpty() ? tr("migrated")
                                      : tr("migrated; set the credentials of %n model(s) again", nullptr,
                                           int(creds.size()));
        }
        ui->itemTable->setItem(i, 0, new QTableWidgetItem(tr("%1 (%2)").arg(it.displayName, it.key)));
        ui->itemTable->setItem(i, 1, new QTableWidgetItem(displayName(it.state)));
        ui->itemTable->setItem(i, 2, new QTableWidgetItem(details));
    }
    ui->progressBar->setRange(0, qMax(1, job.total));
    ui->progressBar->setValue(job.done);
    if (!job.id.isEmpty())
        ui->statusLabel->setText(tr("%1: %2 of %3 customer(s) ended, %4 failed.")
                                     .arg(displayName(job.state))
                                     .arg(job.done)
                                     .arg(job.total)
                                     .arg(job.failed));
    Q_EMIT completeChanged();
}

bool MigrationRunPage::isComplete() const
{
    JobEngine *engine = m_migration->engine();
    const QString jobId = m_migration->state().runJobId;
    if (!engine || jobId.isEmpty())
        return false;
    const JobInfo job = engine->job(jobId);
    return !engine->isActive(jobId) && isFinal(job.state) && job.done > job.failed;
}

} // namespace td
