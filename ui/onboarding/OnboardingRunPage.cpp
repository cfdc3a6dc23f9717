#include "ui/onboarding/OnboardingRunPage.h"

#include <QMessageBox>
#include <QTableWidget>

#include "ui/onboarding/ModelParametersBox.h"
#include "app/onboarding/OnboardingRollback.h"
#include "app/onboarding/OnboardingRun.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui_OnboardingRunPage.h"

namespace td {

using Step = OnboardingRun::Step;
using State = OnboardingRun::State;

OnboardingRunPage::OnboardingRunPage(OnboardingRun *run, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingRunPage>()), m_run(run)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingRunPage"));
    m_parameters = new ModelParametersBox(this);
    m_parameters->hide();
    ui->mainLayout->insertWidget(ui->mainLayout->indexOf(ui->statusLabel) + 1, m_parameters);
    connect(run, &OnboardingRun::inputNeeded, this, &OnboardingRunPage::askParameters);
    connect(m_parameters, &ModelParametersBox::applied, this,
            [this](const QVector<QPair<QString, QString>> &values) {
                m_parameters->hide();
                ui->statusLabel->clear();
                m_run->provideParameters(values);
                updateButtons();
            });
    for (int i = 0; i < OnboardingRun::StepCount; ++i)
        new QTreeWidgetItem(ui->stepTree,
                            {OnboardingRun::stepTitle(Step(i)), OnboardingRun::stateName(State::Pending)});
    ui->stepTree->resizeColumnToContents(0);
    ui->progressBar->setRange(0, OnboardingRun::StepCount);
    ui->progressBar->setFormat(tr("%v of %m steps"));
    connect(run, &OnboardingRun::stepChanged, this, &OnboardingRunPage::updateStep);
    connect(run, &OnboardingRun::finished, this, &OnboardingRunPage::onFinished);
    connect(run, &OnboardingRun::progress, ui->statusLabel, &QLabel::setText);
    connect(run, &OnboardingRun::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // While a file uploads, the bar shows its bytes; step changes switch it back to steps.
        ui->progressBar->setRange(0, 1000);
        ui->progressBar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
        ui->progressBar->setFormat(tr("Uploading %p%"));
        ui->statusLabel->setText(total > 0 ? tr("Uploading: %1 of %2 KB").arg(sent / 1024).arg(total / 1024)
                                           : tr("Uploading…"));
    });
    connect(ui->cancelRunButton, &QPushButton::clicked, run, &OnboardingRun::cancel);
    connect(ui->resumeButton, &QPushButton::clicked, this, &OnboardingRunPage::resume);
    connect(ui->rollbackButton, &QPushButton::clicked, this, &OnboardingRunPage::askRollback);
    updateButtons();
}

OnboardingRunPage::~OnboardingRunPage() = default;

QTreeWidget *OnboardingRunPage::stepTree() const
{
    return ui->stepTree;
}
QProgressBar *OnboardingRunPage::progressBar() const
{
    return ui->progressBar;
}
QPushButton *OnboardingRunPage::cancelButton() const
{
    return ui->cancelRunButton;
}
QPushButton *OnboardingRunPage::resumeButton() const
{
    return ui->resumeButton;
}
QPushButton *OnboardingRunPage::rollbackButton() const
{
    return ui->rollbackButton;
}
QString OnboardingRunPage::statusText() const
{
    return ui->statusLabel->text();
}

void OnboardingRunPage::initializePage()
{
    startRun();
}

void OnboardingRunPage::cleanupPage()
{
    m_run->cancel(); // going Back stops the step in flight; coming here again resumes
}

void OnboardingRunPage::startRun()
{
    if (m_run->isRunning())
        return;
    m_parameters->hide();
    if (auto *w = qobject_cast<OnboardingWizard *>(wizard()))
        m_run->setPlan(w->plan());
    ui->statusLabel->clear();
    m_run->start();
    updateButtons();
}

void OnboardingRunPage::resume()
{
    startRun();
}

void OnboardingRunPage::updateStep(int step)
{
    const OnboardingRun::StepStatus s = m_run->status(Step(step));
    QTreeWidgetItem *item = ui->stepTree->topLevelItem(step);
    item->setText(1, OnboardingRun::stateName(s.state));
    QString details = s.message;
    if (s.state == State::Failed && !s.requestId.isEmpty())
        details += tr(" (RequestId %1)").arg(s.requestId);
    item->setText(2, details);
    item->setToolTip(2, details);
    int finished = 0;
    for (int i = 0; i < OnboardingRun::StepCount; ++i) {
        const State st = m_run->status(Step(i)).state;
        finished += st == State::Done || st == State::Skipped ? 1 : 0;
    }
    ui->progressBar->setRange(0, OnboardingRun::StepCount);
    ui->progressBar->setFormat(tr("%v of %m steps"));
    ui->progressBar->setValue(finished);
    if (s.state == State::Running)
        ui->stepTree->setCurrentItem(item);
    updateButtons();
}

void OnboardingRunPage::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool busy = running || m_rollback;
    ui->cancelRunButton->setEnabled(running);
    ui->resumeButton->setEnabled(!busy && m_run->failedStep() >= 0);
    ui->rollbackButton->setEnabled(!busy && !OnboardingRollback(m_run).isEmpty());
    Q_EMIT completeChanged();
}

void OnboardingRunPage::onFinished(bool ok)
{
    if (ok) {
        showSummary();
    } else {
        const int failed = m_run->failedStep();
        const OnboardingRun::StepStatus s = m_run->status(Step(failed));
        ui->statusLabel->setText(
            tr("Stopped at step \"%1\": %2%3\nResume continues from this step; Back lets you change the "
               "answers.")
                .arg(OnboardingRun::stepTitle(Step(failed)), s.message,
                     s.requestId.isEmpty() ? QString() : tr(" (RequestId %1)").arg(s.requestId)));
        ui->stepTree->setCurrentItem(ui->stepTree->topLevelItem(failed));
    }
    updateButtons();
}

void OnboardingRunPage::askParameters(int step)
{
    ui->statusLabel->setText(m_run->status(Step(step)).message);
    m_parameters->setParameters(m_run->modelParameters(), m_run->effectiveParameters());
    m_parameters->show();
    m_parameters->table()->setFocus();
    updateButtons();
}

void OnboardingRunPage::showSummary()
{
    const OnboardingPlan &p = m_run->plan();
    QStringList lines;
    lines << tr("Customer %1 (%2) is onboarded.").arg(p.customerId, p.displayName);
    lines << tr("Profile: %1").arg(m_run->profileId());
    lines << tr("Workspace: %1").arg(m_run->workspaceId());
    for (const OnboardingImport &i : m_run->imports())
        lines << tr("Imported: report %1, semantic model %2").arg(i.reportId, i.datasetId);
    const OnboardingRun::StepStatus embed = m_run->status(Step::EmbedCheck);
    if (embed.state == State::Done)
        lines << embed.message;
    ui->statusLabel->setText(lines.join(QLatin1Char('\n')));
}

void OnboardingRunPage::askRollback()
{
    if (m_run->isRunning() || m_rollback)
        return;
    OnboardingRollback probe(m_run);
    if (probe.isEmpty())
        return;
    QString text = tr("This deletes what this onboarding created:\n\n• %1")
                       .arg(probe.description().join(QLatin1String("\n• ")));
    if (!probe.kept().isEmpty())
        text += tr("\n\nKept:\n• %1").arg(probe.kept().join(QLatin1String("\n• ")));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Roll back the onboarding"), text,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rollbackConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Roll back"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("rollbackYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    QPointer<OnboardingRunPage> self(this);
    connect(yes, &QPushButton::clicked, this, [self] {
        if (!self || self->m_rollback)
            return;
        self->m_rollback = new OnboardingRollback(self->m_run, self);
        self->ui->statusLabel->setText(tr("Rolling back…"));
        connect(self->m_rollback, &OnboardingRollback::finished, self, [self](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_rollback->deleteLater();
            self->m_rollback = nullptr;
            self->ui->statusLabel->setText(ok ? tr("Rolled back: what this onboarding created is deleted.")
                                              : tr("Roll back stopped: %1").arg(error));
            self->updateButtons();
            Q_EMIT self->rolledBack(ok);
        });
        self->m_rollback->start();
        self->updateButtons();
    });
    box->open();
}

bool OnboardingRunPage::isComplete() const
{
    return !m_run->isRunning() && m_run->isComplete();
}

} // namespace td
