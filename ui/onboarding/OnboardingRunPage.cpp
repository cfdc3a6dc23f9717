#include "ui/onboarding/OnboardingRunPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTableWidget>

#include "app/domain/JsonReader.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/onboarding/OnboardRollbackJobType.h"
#include "app/onboarding/OnboardingPlan.h"
#include "ui/onboarding/ModelParametersBox.h"
#include "ui/onboarding/OnboardingContext.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui_OnboardingRunPage.h"

namespace td {

OnboardingRunPage::OnboardingRunPage(const OnboardingContext *context, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingRunPage>()), m_context(context)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingRunPage"));
    m_parameters = new ModelParametersBox(this);
    m_parameters->hide();
    ui->mainLayout->insertWidget(ui->mainLayout->indexOf(ui->statusLabel) + 1, m_parameters);
    connect(m_parameters, &ModelParametersBox::applied, this, [this](const QJsonObject &input) {
        QString error;
        m_parameters->hide();
        if (!center()->provideInput(m_jobId, m_itemKey, input, &error))
            ui->statusLabel->setText(tr("The values were not taken: %1").arg(error));
    });
    ui->stepTree->setColumnCount(3);
    connect(ui->pauseButton, &QPushButton::clicked, this, [this] { center()->pause(m_jobId); });
    connect(ui->cancelRunButton, &QPushButton::clicked, this, [this] { center()->cancel(m_jobId); });
    connect(ui->resumeButton, &QPushButton::clicked, this, &OnboardingRunPage::resume);
    connect(ui->rollbackButton, &QPushButton::clicked, this, &OnboardingRunPage::askRollback);
    if (JobEngine *engine = context->jobCenter ? context->jobCenter->engine() : nullptr) {
        connect(engine, &JobEngine::stepProgress, this,
                [this](const QString &id, const QString &, qint64 sent, qint64 total) {
                    if (id != m_jobId)
                        return;
                    // While a file uploads, the bar shows its bytes; the next step switches it back.
                    ui->progressBar->setRange(0, 1000);
                    ui->progressBar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
                    ui->progressBar->setFormat(tr("Uploading %p%"));
                    ui->statusLabel->setText(
                        total > 0 ? tr("Uploading: %1 of %2 KB").arg(sent / 1024).arg(total / 1024)
                                  : tr("Uploading…"));
                    Q_EMIT uploadProgress(sent, total);
                });
    }
    if (JobCenter *c = context->jobCenter) {
        connect(c, &JobCenter::jobChanged, this, [this](const QString &id) {
            if (id == m_jobId)
                refresh();
            else if (id == m_rollbackId)
                refreshRollback();
        });
        connect(c, &JobCenter::itemChanged, this, [this](const QString &id, const QString &) {
            if (id == m_jobId)
                refresh();
        });
    }
    refresh();
}

OnboardingRunPage::~OnboardingRunPage() = default;

JobCenter *OnboardingRunPage::center() const
{
    return m_context->jobCenter;
}

QString OnboardingRunPage::stepTitle(const QString &stepName)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("profile"), QT_TR_NOOP("Identity (profile)")},
        {QStringLiteral("workspace"), QT_TR_NOOP("Workspace")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("import"), QT_TR_NOOP("Content (.pbix import)")},
        {QStringLiteral("parameters"), QT_TR_NOOP("Parameters")},
        {QStringLiteral("credentials"), QT_TR_NOOP("Data source credentials")},
        {QStringLiteral("refresh"), QT_TR_NOOP("Refresh")},
        {QStringLiteral("embedcheck"), QT_TR_NOOP("Embed check")},
        {QStringLiteral("registry"), QT_TR_NOOP("Customer registry")}};
    const char *title = titles.value(stepName);
    return title ? tr(title) : stepName;
}

JobItemInfo OnboardingRunPage::item() const
{
    return center() && !m_jobId.isEmpty() ? center()->item(m_jobId, m_itemKey) : JobItemInfo{};
}

QVector<JobStepInfo> OnboardingRunPage::steps() const
{
    JobEngine *engine = center() ? center()->engine() : nullptr;
    return engine && !m_jobId.isEmpty() ? engine->journal()->steps(m_jobId, m_itemKey)
                                        : QVector<JobStepInfo>{};
}

bool OnboardingRunPage::isRunning() const
{
    const JobItemInfo i = item();
    return !i.key.isEmpty() && center()->engine() && center()->engine()->isActive(m_jobId) &&
           (i.state == ItemState::Pending || i.state == ItemState::Running);
}

void OnboardingRunPage::initializePage()
{
    submit();
}

void OnboardingRunPage::cleanupPage()
{
    if (center() && !m_jobId.isEmpty() && isRunning())
        center()->cancel(m_jobId); // going Back stops the step in flight; coming here again resumes
}

// Submits the wizard's plan as an "onboard" job, or resumes the one submitted with the same answers.
void OnboardingRunPage::submit()
{
    JobEngine *engine = center() ? center()->engine() : nullptr;
    auto *w = qobject_cast<OnboardingWizard *>(wizard());
    if (!engine || !m_context->session || !w) {
        ui->statusLabel->setText(center() && !center()->unavailableReason().isEmpty()
                                     ? tr("Journaled jobs are disabled (%1): nothing was onboarded.")
                                           .arg(center()->unavailableReason())
                                     : tr("No job engine or connection: nothing was onboarded."));
        return;
    }
    const OnboardingPlan plan = w->plan();
    const JobRequest request = onboardRequest(plan, m_pollMs);
    const JobItemSpec &spec = request.items.first();
    const QString secret = request.secrets.value(spec.key);
    m_parameters->hide();
    m_askedFor.clear();
    if (!m_jobId.isEmpty() && m_rollbackId.isEmpty() && spec.params == m_submitted &&
        secret == m_submittedSecret) {
        engine->isActive(m_jobId) ? refresh() : resume();
        return;
    }
    if (engine->isActive(m_jobId))
        engine->cancel(m_jobId); // the answers changed: the new job finds what this one made
    m_rollbackId.clear();
    m_itemKey = spec.key;
    m_submitted = spec.params;
    m_submittedSecret = secret;
    QString error;
    m_jobId = engine->submit(request, &error);
    if (m_jobId.isEmpty())
        ui->statusLabel->setText(tr("The onboarding could not start: %1").arg(error));
    refresh();
}

void OnboardingRunPage::resume()
{
    QString error;
    const bool retry = center()->canRetry(m_jobId);
    if ((retry || center()->canResume(m_jobId)) &&
        !(retry ? center()->retryFailed(m_jobId, &error) : center()->resume(m_jobId, &error)))
        ui->statusLabel->setText(tr("Cannot resume: %1").arg(error));
    refresh();
}

void OnboardingRunPage::refresh()
{
    if (!center() || !center()->engine())
        return;
    const JobItemInfo i = item();
    const QVector<JobStepInfo> all = steps();
    ui->stepTree->clear();
    int finished = 0;
    for (const JobStepInfo &s : all) {
        const QString id =
            jsonString(s.output, s.name == QLatin1String("profile") ? "profileId" : "workspaceId");
        QString details = s.state == StepState::Failed ? s.error : QString();
        if (s.state == StepState::Done && !id.isEmpty())
            details = s.output.value(QLatin1String("created")).toBool() ? tr("Created %1").arg(id)
                                                                        : tr("Found %1").arg(id);
        if (s.state == StepState::Failed && !s.requestId.isEmpty())
            details += tr(" (RequestId %1)").arg(s.requestId);
        auto *row = new QTreeWidgetItem(ui->stepTree, {stepTitle(s.name), displayName(s.state), details});
        row->setToolTip(2, details);
        if (s.state != StepState::Done && s.state != StepState::Pending)
            ui->stepTree->setCurrentItem(row);
        finished += s.state == StepState::Done ? 1 : 0;
    }
    ui->stepTree->resizeColumnToContents(0);
    ui->progressBar->setRange(0, qMax(1, int(all.size())));
    ui->progressBar->setFormat(tr("%v of %m steps"));
    ui->progressBar->setValue(finished);
    ui->pauseButton->setEnabled(!m_jobId.isEmpty() && center()->canPause(m_jobId));
    ui->cancelRunButton->setEnabled(!m_jobId.isEmpty() && center()->canCancel(m_jobId));
    ui->resumeButton->setEnabled(!m_jobId.isEmpty() && m_rollbackId.isEmpty() &&
                                 (center()->canResume(m_jobId) || center()->canRetry(m_jobId)));
    ui->rollbackButton->setEnabled(!m_jobId.isEmpty() && m_rollbackId.isEmpty() &&
                                   !center()->engine()->isActive(m_jobId));
    if (m_rollbackId.isEmpty() && !i.key.isEmpty())
        showStatus(i, all);
    Q_EMIT completeChanged();
}

void OnboardingRunPage::showStatus(const JobItemInfo &i, const QVector<JobStepInfo> &all)
{
    if (i.state == ItemState::NeedsInput) {
        askParameters(i);
        return;
    }
    m_parameters->hide();
    m_askedFor.clear();
    auto out = [&i](const char *step, const char *key) {
        return jsonString(i.result.value(QLatin1String(step)).toObject(), key);
    };
    if (i.state == ItemState::Done) {
        QStringList lines{tr("Customer %1 (%2) is onboarded.").arg(i.key, i.displayName),
                          tr("Profile: %1").arg(out("profile", "profileId")),
                          tr("Workspace: %1").arg(out("workspace", "workspaceId"))};
        for (const QJsonValue &v :
             i.result.value(QLatin1String("import")).toObject().value(QLatin1String("imports")).toArray())
            lines << tr("Imported: report %1, semantic model %2")
                         .arg(jsonString(v.toObject(), "reportId"), jsonString(v.toObject(), "datasetId"));
        if (!out("embedcheck", "expiration").isEmpty())
            lines << tr("Embed token issued, expires %1").arg(out("embedcheck", "expiration"));
        ui->statusLabel->setText(lines.join(QLatin1Char('\n')));
    } else if (i.state == ItemState::Failed || i.state == ItemState::Cancelled) {
        QString step;
        for (const JobStepInfo &s : all) {
            if (step.isEmpty() && s.state != StepState::Done)
                step = stepTitle(s.name);
        }
        ui->statusLabel->setText(
            tr("Stopped at step \"%1\": %2%3\nResume continues from this step; Back lets you change the "
               "answers.")
                .arg(step, i.error,
                     i.requestId.isEmpty() ? QString() : tr(" (RequestId %1)").arg(i.requestId)));
    } else {
        ui->statusLabel->setText(displayName(center()->job(m_jobId).state) + QStringLiteral("\u2026"));
    }
}

// The models' parameters, from the item's request: one row per name (the union of every model's).
void OnboardingRunPage::askParameters(const JobItemInfo &i)
{
    const QJsonObject request = i.inputRequest;
    if (jsonString(request, "kind") != QLatin1String("modelParameters")) {
        ui->statusLabel->setText(
            tr("The run waits for input (%1): give it in the Jobs tab.").arg(jsonString(request, "kind")));
        return;
    }
    const QString key = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
    if (key == m_askedFor && m_parameters->isVisible())
        return;
    m_askedFor = key;
    const int rows = m_parameters->setRequest(request);
    ui->statusLabel->setText(
        tr("Fill in the values of the model's %n parameter(s), then continue", nullptr, rows));
    m_parameters->show();
    m_parameters->table()->setFocus();
}

void OnboardingRunPage::askRollback()
{
    if (m_jobId.isEmpty() || !m_rollbackId.isEmpty() || m_confirm || center()->engine()->isActive(m_jobId))
        return;
    const JobRequest rollback =
        OnboardRollbackJobType::request(m_context->connectionId(), item(), m_context->registry);
    if (rollback.type.isEmpty()) {
        ui->statusLabel->setText(tr("Nothing to roll back: this onboarding created nothing."));
        return;
    }
    QString text = tr("This deletes what this onboarding created:\n\n• %1")
                       .arg(OnboardRollbackJobType::deletes(rollback).join(QLatin1String("\n• ")));
    const QStringList kept = OnboardRollbackJobType::keeps(rollback);
    if (!kept.isEmpty())
        text += tr("\n\nKept:\n• %1").arg(kept.join(QLatin1String("\n• ")));
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Roll back the onboarding"), text,
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("rollbackConfirm"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = m_confirm->addButton(tr("&Roll back"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("rollbackYes"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, &OnboardingRunPage::startRollback);
    m_confirm->open();
}

void OnboardingRunPage::startRollback()
{
    const JobRequest rollback =
        OnboardRollbackJobType::request(m_context->connectionId(), item(), m_context->registry);
    QString error;
    m_rollbackId = rollback.type.isEmpty() ? QString() : center()->engine()->submit(rollback, &error);
    ui->statusLabel->setText(m_rollbackId.isEmpty() ? tr("The rollback could not start: %1").arg(error)
                                                    : tr("Rolling back… (a job of its own in the Jobs tab)"));
    refresh();
}

void OnboardingRunPage::refreshRollback()
{
    const JobInfo job = center()->job(m_rollbackId);
    if (!isFinal(job.state))
        return;
    const bool ok = job.state == JobState::Completed;
    if (ok) // the page forgets the onboarding it undid: coming here again onboards anew
        m_jobId.clear();
    refresh();
    ui->statusLabel->setText(
        ok ? tr("Rolled back: what this onboarding created is deleted.")
           : tr("Roll back stopped: %1").arg(center()->items(m_rollbackId).value(0).error));
    Q_EMIT rolledBack(ok);
}

bool OnboardingRunPage::isComplete() const
{
    return item().state == ItemState::Done && m_rollbackId.isEmpty();
}

} // namespace td
