#include "ui/onboarding/OnboardingContentPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>

#include "app/onboarding/OnboardingPlan.h"
#include "ui_OnboardingContentPage.h"

namespace td {

OnboardingContentPage::OnboardingContentPage(QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::OnboardingContentPage>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("onboardingContentPage"));
    ui->conflictCombo->addItem(tr("Keep the existing one (Abort)"), QStringLiteral("Abort"));
    ui->conflictCombo->addItem(tr("Create or overwrite"), QStringLiteral("CreateOrOverwrite"));
    ui->conflictCombo->addItem(tr("Overwrite"), QStringLiteral("Overwrite"));
    ui->conflictCombo->addItem(tr("Ignore"), QStringLiteral("Ignore"));
    connect(ui->addButton, &QPushButton::clicked, this, &OnboardingContentPage::browse);
    connect(ui->removeButton, &QPushButton::clicked, this, &OnboardingContentPage::removeSelected);
}

OnboardingContentPage::~OnboardingContentPage() = default;

QListWidget *OnboardingContentPage::fileList() const
{
    return ui->fileList;
}
QComboBox *OnboardingContentPage::conflictCombo() const
{
    return ui->conflictCombo;
}
bool OnboardingContentPage::hasFiles() const
{
    return ui->fileList->count() > 0;
}

void OnboardingContentPage::browse()
{
    auto *dlg = new QFileDialog(this, tr("Add .pbix files"), QString(), tr("Power BI files (*.pbix)"));
    dlg->setObjectName(QStringLiteral("pbixFileDialog"));
    dlg->setFileMode(QFileDialog::ExistingFiles);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<OnboardingContentPage> self(this);
    connect(dlg, &QFileDialog::filesSelected, this, [self](const QStringList &files) {
        if (self)
            self->addFiles(files);
    });
    dlg->open();
}

void OnboardingContentPage::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (ui->fileList->findItems(abs, Qt::MatchExactly).isEmpty())
            ui->fileList->addItem(abs);
    }
}

void OnboardingContentPage::removeSelected()
{
    qDeleteAll(ui->fileList->selectedItems());
}

bool OnboardingContentPage::validatePage()
{
    QStringList bad;
    for (int i = 0; i < ui->fileList->count(); ++i) {
        const QFileInfo fi(ui->fileList->item(i)->text());
        if (!fi.isFile() || !fi.isReadable())
            bad << fi.filePath();
    }
    if (bad.isEmpty())
        return true;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Files not readable"),
        tr("These files do not exist or cannot be read:\n%1").arg(bad.join(QLatin1Char('\n'))),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("pbixUnreadable"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void OnboardingContentPage::applyTo(OnboardingPlan &plan) const
{
    plan.pbixFiles.clear();
    for (int i = 0; i < ui->fileList->count(); ++i)
        plan.pbixFiles << ui->fileList->item(i)->text();
    plan.nameConflict = ui->conflictCombo->currentData().toString();
}

} // namespace td
