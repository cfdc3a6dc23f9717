#include "ui/diagnostics/AccessCheckDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/diagnostics/AccessCheck.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui_AccessCheckDialog.h"

namespace td {

namespace {
constexpr int DatasetRole = Qt::UserRole + 1;
}

AccessCheckDialog::AccessCheckDialog(ConnectionSession *session, CustomerRegistry *registry, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AccessCheckDialog>()), m_session(session), m_registry(registry)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("accessCheckDialog"));
    ui->results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui->results->header()->setStretchLastSection(true);
    ui->customerCombo->addItem(tr("(none: enter the ids below)"));
    if (m_registry && m_session) {
        m_customers = m_registry->list(m_session->connection().id);
        for (const Customer &c : qAsConst(m_customers))
            ui->customerCombo->addItem(tr("%1 – %2").arg(c.customerId, c.displayName));
    }
    connect(ui->customerCombo, &QComboBox::currentIndexChanged, this, &AccessCheckDialog::onCustomerChanged);
    connect(ui->checkButton, &QPushButton::clicked, this, &AccessCheckDialog::startCheck);
    connect(ui->cancelButton, &QPushButton::clicked, this, &AccessCheckDialog::cancelCheck);
    connect(ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_haveReport ? m_report.toTicketText() : QString());
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        QTreeWidgetItem *top = item && item->parent() ? item->parent() : item;
        const int n = top ? ui->results->indexOfTopLevelItem(top) : -1;
        if (!m_haveReport || n < 0 || n >= m_report.links.size()) {
            ui->detailsText->clear();
            return;
        }
        const AccessLink &l = m_report.links.at(n);
        QStringList lines{
            QStringLiteral("%1. [%2] %3").arg(l.number).arg(AccessLink::statusLabel(l.status), l.title),
            l.finding};
        for (const AccessEvidence &e : l.evidence)
            lines << tr("Evidence: %1").arg(e.toText());
        if (!l.fix.isEmpty())
            lines << tr("Fix: %1").arg(l.fix);
        ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
    });
}

AccessCheckDialog::~AccessCheckDialog()
{
    if (m_check)
        m_check->cancel();
    if (m_reportsJob)
        m_reportsJob->cancel();
}

void AccessCheckDialog::prefill(const QString &profileId, const QString &workspaceId, const QString &reportId,
                                const QString &datasetId)
{
    if (!profileId.isEmpty())
        ui->profileEdit->setText(profileId);
    if (!workspaceId.isEmpty())
        ui->workspaceEdit->setText(workspaceId);
    if (!reportId.isEmpty())
        ui->reportCombo->setEditText(reportId);
    if (!datasetId.isEmpty())
        ui->datasetEdit->setText(datasetId);
}

void AccessCheckDialog::selectCustomer(const QString &customerId)
{
    for (int i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).customerId.compare(customerId, Qt::CaseInsensitive) == 0)
            ui->customerCombo->setCurrentIndex(i + 1);
    }
}

void AccessCheckDialog::onCustomerChanged(int index)
{
    if (index < 1 || index > m_customers.size())
        return;
    const Customer &c = m_customers.at(index - 1);
    const bool ownSp = c.identity == Customer::Identity::ServicePrincipal;
    if (ownSp && m_session &&
        c.identityConnectionId.compare(m_session->connection().id, Qt::CaseInsensitive) != 0) {
        ui->statusLabel->setText(
            tr("%1 has its own service principal connection: open that connection to check it.")
                .arg(c.displayName));
        return;
    }
    ui->profileEdit->setText(ownSp ? QString() : c.profileId);
    ui->workspaceEdit->setText(c.workspaceIds.value(0));
    ui->datasetEdit->clear();
    loadReports(ownSp ? QString() : c.profileId, c.workspaceIds.value(0));
}

void AccessCheckDialog::loadReports(const QString &profileId, const QString &workspaceId)
{
    if (m_reportsJob)
        m_reportsJob->cancel();
    ui->reportCombo->clear();
    if (!m_session || workspaceId.isEmpty())
        return;
    ui->statusLabel->setText(tr("Loading the customer's reports…"));
    m_reportsJob = m_session->client()->listReports(profileId, workspaceId);
    connect(m_reportsJob, &PagedApiCall::finished, this, [this](const ListResult &result) {
        if (!result.ok()) {
            ui->statusLabel->setText(tr("The reports could not be listed: %1").arg(result.error.summary()));
            return;
        }
        ui->statusLabel->setText(tr("%n report(s).", nullptr, result.items.size()));
        for (const Report &r : parseList<Report>(result.items)) {
            ui->reportCombo->addItem(r.isPaginated() ? tr("%1 (paginated)").arg(r.name) : r.name, r.id);
            ui->reportCombo->setItemData(ui->reportCombo->count() - 1, r.datasetId, DatasetRole);
        }
    });
}

QString AccessCheckDialog::currentReportId() const
{
    const int i = ui->reportCombo->currentIndex();
    if (i >= 0 && ui->reportCombo->itemText(i) == ui->reportCombo->currentText())
        return ui->reportCombo->itemData(i).toString();
    return ui->reportCombo->currentText().trimmed();
}

void AccessCheckDialog::setRunning(bool running)
{
    ui->checkButton->setEnabled(!running);
    ui->cancelButton->setEnabled(running);
    ui->copyButton->setEnabled(!running && m_haveReport);
}

void AccessCheckDialog::startCheck()
{
    if (m_check || !m_session) {
        if (!m_session)
            ui->statusLabel->setText(tr("The connection is closed."));
        return;
    }
    AccessCheckInput in;
    in.profileId = ui->profileEdit->text().trimmed();
    in.reportId = currentReportId();
    in.datasetId = ui->datasetEdit->text().trimmed();
    in.workspaceId = ui->workspaceEdit->text().trimmed();
    in.username = ui->usernameEdit->text().trimmed();
    for (const QString &r : ui->rolesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        in.roles << r.trimmed();
    if (in.reportId.isEmpty() && in.datasetId.isEmpty()) {
        ui->statusLabel->setText(tr("Choose a report or a semantic model to check."));
        return;
    }
    m_check = new AccessCheck(m_session, in, this);
    connect(m_check, &AsyncOp::progress, ui->statusLabel, &QLabel::setText);
    connect(m_check, &AsyncOp::finished, this, &AccessCheckDialog::onFinished);
    ui->results->clear();
    setRunning(true);
    m_check->start();
}

void AccessCheckDialog::cancelCheck()
{
    if (m_check)
        m_check->cancel();
}

void AccessCheckDialog::onFinished(const OpResult &result)
{
    m_check = nullptr;
    if (result.ok) {
        m_report = AccessCheck::reportFrom(result);
        m_haveReport = true;
        showReport();
    } else {
        ui->statusLabel->setText(result.cancelled() ? tr("Cancelled.") : result.error.summary());
    }
    setRunning(false);
    Q_EMIT checkFinished();
}

void AccessCheckDialog::showReport()
{
    ui->results->clear();
    for (const AccessLink &l : qAsConst(m_report.links)) {
        auto *item = new QTreeWidgetItem(ui->results);
        item->setText(0, QStringLiteral("%1. %2").arg(l.number).arg(l.title));
        item->setText(1, AccessLink::statusLabel(l.status));
        item->setText(2, l.finding);
        item->setToolTip(2, l.finding);
        const QStyle::StandardPixmap icon =
            l.status == AccessLink::Status::Pass   ? QStyle::SP_DialogApplyButton
            : l.status == AccessLink::Status::Fail ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxQuestion;
        item->setIcon(1, style()->standardIcon(icon));
        item->setData(0, Qt::UserRole, l.key);
        for (const AccessEvidence &e : l.evidence) {
            auto *child = new QTreeWidgetItem(item, {tr("Evidence"), QString(), e.toText()});
            child->setToolTip(2, e.toText());
        }
        if (!l.fix.isEmpty()) {
            auto *fix = new QTreeWidgetItem(item, {tr("Fix"), QString(), l.fix});
            fix->setToolTip(2, l.fix);
        }
        item->setExpanded(l.status == AccessLink::Status::Fail);
    }
    const AccessLink *first = m_report.firstFailure();
    ui->statusLabel->setText(first ? tr("First broken link: %1. %2").arg(first->number).arg(first->title)
                                   : tr("Every link passes."));
    if (first)
        ui->results->setCurrentItem(ui->results->topLevelItem(first->number - 1));
}

} // namespace td
