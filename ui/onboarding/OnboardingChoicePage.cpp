#include "ui/onboarding/OnboardingChoicePage.h"

#include "app/api/PowerBiClient.h"
#include "app/domain/Types.h"
#include "app/inventory/InventoryStore.h"
#include "app/onboarding/OnboardingPlan.h"
#include "app/onboarding/OnboardingRow.h"
#include "ui_OnboardingChoicePage.h"

namespace td {

OnboardingChoicePage::OnboardingChoicePage(Kind kind, const OnboardingContext *context, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingChoicePage>()), m_kind(kind), m_context(context)
{
    ui->setupUi(this);
    const bool profile = kind == Kind::Profile;
    setObjectName(profile ? QStringLiteral("onboardingProfilePage")
                          : QStringLiteral("onboardingWorkspacePage"));
    setTitle(profile ? tr("Identity") : tr("Workspace"));
    setSubTitle(profile ? tr("The service principal profile that will own this customer's content.")
                        : tr("The workspace that will hold this customer's content."));
    ui->createRadio->setText(profile ? tr("&Create a new profile")
                                     : tr("&Create a new workspace as the profile"));
    ui->existingRadio->setText(profile ? tr("Use an &existing profile:")
                                       : tr("Use an &existing workspace (the profile is made its Admin):"));
    ui->templateEdit->setText(OnboardingNaming().profileTemplate);
    connect(ui->templateEdit, &QLineEdit::textChanged, this, &OnboardingChoicePage::updatePreview);
    connect(ui->createRadio, &QRadioButton::toggled, this, &OnboardingChoicePage::updateMode);
    connect(ui->existingCombo, &QComboBox::currentIndexChanged, this, &OnboardingChoicePage::completeChanged);
    connect(ui->reloadButton, &QPushButton::clicked, this, &OnboardingChoicePage::reload);
    updateMode();
}

OnboardingChoicePage::~OnboardingChoicePage()
{
    if (m_job)
        m_job->cancel();
}

QRadioButton *OnboardingChoicePage::existingRadio() const
{
    return ui->existingRadio;
}
QLineEdit *OnboardingChoicePage::templateEdit() const
{
    return ui->templateEdit;
}
QComboBox *OnboardingChoicePage::existingCombo() const
{
    return ui->existingCombo;
}

QString OnboardingChoicePage::preview() const
{
    OnboardingRow row;
    row.customerId = field(QStringLiteral("customerId")).toString().trimmed();
    row.displayName = field(QStringLiteral("displayName")).toString().trimmed();
    return OnboardingNaming::apply(ui->templateEdit->text(), row);
}

void OnboardingChoicePage::initializePage()
{
    updatePreview();
    if (m_loaded)
        return;
    m_loaded = true;
    // Profiles: the inventory cache answers at once when it holds them; otherwise (and for workspaces,
    // whose Admins matter) a live list.
    if (m_kind == Kind::Profile && m_context->inventory) {
        QVector<QPair<QString, QString>> rows;
        for (const InvProfile &p : m_context->inventory->profiles(m_context->connectionId()))
            rows.append({p.id, p.displayName});
        if (!rows.isEmpty()) {
            fill(rows, tr("from the inventory cache"));
            return;
        }
    }
    reload();
}

void OnboardingChoicePage::reload()
{
    if (!m_context->session || m_job)
        return;
    PowerBiClient *client = m_context->session->client();
    m_job = m_kind == Kind::Profile ? client->listProfiles() : client->listGroups(QString());
    ui->statusLabel->setText(tr("Loading…"));
    ui->reloadButton->setEnabled(false);
    const Kind kind = m_kind;
    connect(m_job, &PagedApiCall::finished, this, [this, kind](const ListResult &r) {
        ui->reloadButton->setEnabled(true);
        if (!r.ok()) {
            ui->statusLabel->setText(tr("Could not list them: %1").arg(r.error.summary()));
            return;
        }
        QVector<QPair<QString, QString>> rows;
        for (const QJsonObject &o : r.items) {
            if (kind == Kind::Profile) {
                const Profile p = Profile::fromJson(o);
                rows.append({p.id, p.displayName});
            } else {
                const Workspace w = Workspace::fromJson(o);
                rows.append({w.id, w.name});
            }
        }
        fill(rows, tr("listed live"));
    });
}

void OnboardingChoicePage::fill(const QVector<QPair<QString, QString>> &idNames, const QString &source)
{
    const QString keep = ui->existingCombo->currentData().toString();
    ui->existingCombo->clear();
    for (const auto &row : idNames)
        ui->existingCombo->addItem(tr("%1 (%2)").arg(row.second, row.first), row.first);
    const int i = ui->existingCombo->findData(keep);
    if (i >= 0)
        ui->existingCombo->setCurrentIndex(i);
    ui->statusLabel->setText(tr("%n existing, %1.", nullptr, int(idNames.size())).arg(source));
    Q_EMIT completeChanged();
}

void OnboardingChoicePage::updatePreview()
{
    const QString name = preview();
    ui->previewLabel->setText(name.isEmpty() ? tr("(empty: enter a template)") : name);
    Q_EMIT completeChanged();
}

void OnboardingChoicePage::updateMode()
{
    const bool create = ui->createRadio->isChecked();
    ui->templateEdit->setEnabled(create);
    ui->existingCombo->setEnabled(!create);
    Q_EMIT completeChanged();
}

bool OnboardingChoicePage::isComplete() const
{
    if (ui->createRadio->isChecked())
        return !preview().isEmpty() && preview().size() <= 256;
    return !ui->existingCombo->currentData().toString().isEmpty();
}

void OnboardingChoicePage::applyTo(OnboardingPlan &plan) const
{
    const bool create = ui->createRadio->isChecked();
    const QString id = create ? QString() : ui->existingCombo->currentData().toString();
    if (m_kind == Kind::Profile) {
        plan.createProfile = create;
        plan.profileName = create ? preview() : QString();
        plan.profileId = id;
    } else {
        plan.createWorkspace = create;
        plan.workspaceName = create ? preview() : QString();
        plan.workspaceId = id;
    }
}

} // namespace td
