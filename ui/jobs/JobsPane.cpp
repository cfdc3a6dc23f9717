#include "ui/jobs/JobsPane.h"

#include <QAbstractButton>
#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "app/jobs/JobCenter.h"
#include "ui/jobs/JobInputDialog.h"
#include "ui/jobs/JobItemsModel.h"
#include "ui/jobs/JobsModel.h"
#include "ui/jobs/ProgressBarDelegate.h"

namespace td {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

// The item to give input to: the selected one when it needs input, else the first that does.
JobItemInfo waitingItem(const JobItemsModel *items, const QTableView *view)
{
    const JobItemInfo selected = items->itemAt(view->currentIndex().row());
    if (selected.state == ItemState::NeedsInput)
        return selected;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->itemAt(row).state == ItemState::NeedsInput)
            return items->itemAt(row);
    }
    return {};
}

} // namespace

JobsPane::JobsPane(JobCenter *center, QWidget *parent)
    : QWidget(parent), m_center(center), m_model(new JobsModel(center, this)),
      m_items(new JobItemsModel(center, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->setObjectName(QStringLiteral("journalUnavailable"));
    layout->addWidget(m_unavailable);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_jobsView = makeTable(m_model, left);
    m_jobsView->setObjectName(QStringLiteral("jobsView"));
    m_jobsView->setItemDelegateForColumn(JobsModel::Progress,
                                         new ProgressBarDelegate(JobsModel::ProgressRole, m_jobsView));
    m_jobsView->horizontalHeader()->resizeSection(JobsModel::Title, 220);
    m_jobsView->horizontalHeader()->resizeSection(JobsModel::State, 160);
    leftLayout->addWidget(m_jobsView);
    m_buttons = new QWidget(left);
    auto *row = new QHBoxLayout(m_buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_pause =
        addButton(tr("&Pause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &JobsPane::pauseCurrent);
    m_resume =
        addButton(tr("&Resume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &JobsPane::resumeCurrent);
    m_cancel =
        addButton(tr("&Cancel…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &JobsPane::cancelCurrent);
    m_retry = addButton(tr("Retry &failed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                        &JobsPane::retryCurrent);
    row->addStretch();
    leftLayout->addWidget(m_buttons);
    m_message = new QLabel(left);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_message);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsView = makeTable(m_items, right);
    m_itemsView->setObjectName(QStringLiteral("jobItemsView"));
    m_itemsView->horizontalHeader()->setStretchLastSection(false);
    m_itemsView->horizontalHeader()->setSectionResizeMode(JobItemsModel::Message, QHeaderView::Stretch);
    rightLayout->addWidget(m_itemsView);
    auto *exportRow = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export results…"), right);
    connect(m_export, &QPushButton::clicked, this, &JobsPane::exportResultsAs);
    m_input = new QPushButton(tr("Provide &input…"), right);
    m_input->setObjectName(QStringLiteral("provideInputButton"));
    connect(m_input, &QPushButton::clicked, this, &JobsPane::provideInput);
    exportRow->addWidget(m_input);
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    rightLayout->addLayout(exportRow);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (!m_jobsView->currentIndex().isValid()) // the first job shows its items at once
            m_jobsView->setCurrentIndex(m_model->index(first, 0));
    });
    connect(m_items, &QAbstractItemModel::modelReset, this, &JobsPane::updateButtons);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &JobsPane::updateButtons);
    connect(m_items, &QAbstractItemModel::dataChanged, this, &JobsPane::updateButtons);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPane::updateButtons);
    onCurrentChanged();
}

QPushButton *JobsPane::addButton(const QString &text, const QKeySequence &key, void (JobsPane::*slot)())
{
    auto *button = new QPushButton(text, m_buttons);
    button->setToolTip(key.toString(QKeySequence::NativeText));
    static_cast<QHBoxLayout *>(m_buttons->layout())->addWidget(button);
    connect(button, &QPushButton::clicked, this, slot);
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return button;
}

QString JobsPane::currentJobId() const
{
    return m_jobsView->currentIndex().data(JobsModel::JobIdRole).toString();
}

void JobsPane::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0)
        m_jobsView->setCurrentIndex(m_model->index(row, 0));
}

void JobsPane::onCurrentChanged()
{
    const QString id = currentJobId();
    if (id != m_items->jobId())
        m_items->setJob(id);
    updateButtons();
}

void JobsPane::updateButtons()
{
    const QString id = currentJobId();
    const bool have = m_center && !id.isEmpty();
    m_pause->setEnabled(have && m_center->canPause(id));
    m_resume->setEnabled(have && m_center->canResume(id));
    m_cancel->setEnabled(have && m_center->canCancel(id));
    m_retry->setEnabled(have && m_center->canRetry(id));
    m_export->setEnabled(m_items->rowCount() > 0);
    m_input->setEnabled(have && !waitingItem(m_items, m_itemsView).key.isEmpty());
    const QString reason = m_center ? m_center->unavailableReason() : QString();
    m_unavailable->setVisible(!reason.isEmpty());
    if (!reason.isEmpty())
        m_unavailable->setText(tr("The job journal could not be opened (%1). Jobs that need the journal "
                                  "(onboarding, capacity moves, migrations) are disabled.")
                                   .arg(reason));
}

void JobsPane::provideInput()
{
    const JobItemInfo item = waitingItem(m_items, m_itemsView);
    if (!m_center || item.key.isEmpty())
        return;
    auto *dialog = new JobInputDialog(m_center, currentJobId(), item.key, item.inputRequest, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JobsPane::showMessage(const QString &text)
{
    m_message->setText(text);
}

void JobsPane::pauseCurrent()
{
    if (m_center && m_center->pause(currentJobId()))
        showMessage(tr("Pausing: running steps finish, no new step starts."));
    updateButtons();
}

void JobsPane::resumeCurrent()
{
    QString error;
    if (m_center && !currentJobId().isEmpty() && !m_center->resume(currentJobId(), &error))
        showMessage(tr("The job did not resume: %1").arg(error));
    else
        showMessage({});
    updateButtons();
}

void JobsPane::cancelCurrent()
{
    const QString id = currentJobId();
    if (!m_center || !m_center->canCancel(id))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel job"),
                                tr("Cancel \"%1\"? Running steps are told to stop; items not started are "
                                   "marked cancelled. Finished items stay as they are.")
                                    .arg(m_center->job(id).title),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmCancelJob"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<JobsPane> self(this);
    QPointer<QMessageBox> guard(box);
    connect(box, &QMessageBox::buttonClicked, this, [self, guard, id](QAbstractButton *button) {
        if (self && guard && guard->standardButton(button) == QMessageBox::Yes && self->m_center) {
            self->m_center->cancel(id);
            self->updateButtons();
        }
    });
    box->open();
}

void JobsPane::retryCurrent()
{
    QString error;
    if (m_center && !currentJobId().isEmpty() && !m_center->retryFailed(currentJobId(), &error))
        showMessage(tr("Nothing was retried: %1").arg(error));
    else
        showMessage({});
    updateButtons();
}

bool JobsPane::exportResults(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_items->exportCsv(path, &why);
    showMessage(ok ? tr("Results written to %1.").arg(path) : why);
    if (error)
        *error = why;
    return ok;
}

void JobsPane::exportResultsAs()
{
    auto *dialog = new QFileDialog(this, tr("Export results"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportJobResults"));
    QPointer<JobsPane> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self](const QString &file) {
        if (self)
            self->exportResults(file);
    });
    dialog->open();
}

} // namespace td
