#include "ui/migration/MigrationMappingPage.h"

#include <QFileDialog>

#include "app/migration/MappingRule.h"
#include "app/migration/MigrationController.h"
#include "app/util/InputFile.h"
#include "ui_MigrationMappingPage.h"

namespace td {

MigrationMappingPage::MigrationMappingPage(MigrationController *migration, QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::MigrationMappingPage>()), m_migration(migration)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("migrationMappingPage"));
    ui->patternLabel->setBuddy(ui->patternEdit);
    ui->idLabel->setBuddy(ui->idEdit);
    const MigrationState &s = migration->state();
    ui->patternEdit->setText(s.pattern.isEmpty() ? MappingRule::defaultPattern() : s.pattern);
    ui->idEdit->setText(s.idTemplate.isEmpty() ? MappingRule::defaultIdTemplate() : s.idTemplate);
    connect(ui->patternEdit, &QLineEdit::textEdited, this, &MigrationMappingPage::applyPattern);
    connect(ui->idEdit, &QLineEdit::textEdited, this, &MigrationMappingPage::applyPattern);
    connect(ui->previewTable, &QTableWidget::itemChanged, this, &MigrationMappingPage::onItemChanged);
    connect(ui->importButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import mapping CSV"), QString(),
                                       tr("CSV files (*.csv);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &MigrationMappingPage::importCsv);
        dialog->open();
    });
}

MigrationMappingPage::~MigrationMappingPage() = default;

void MigrationMappingPage::initializePage()
{
    if (m_migration->state().mapping.isEmpty())
        applyPattern();
    else
        refresh();
}

void MigrationMappingPage::applyPattern()
{
    QString error;
    m_migration->applyPattern(ui->patternEdit->text(), ui->idEdit->text(), &error);
    ui->patternError->setText(error);
    ui->patternError->setVisible(!error.isEmpty());
    if (error.isEmpty())
        refresh();
}

void MigrationMappingPage::importCsv(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::CsvLimit, &bytes, &error)) {
        ui->patternError->setText(error);
        ui->patternError->setVisible(true);
        return;
    }
    QStringList errors;
    const bool ok = m_migration->importMapping(bytes, &errors);
    ui->patternError->setText(ok && errors.isEmpty()
                                  ? QString()
                                  : tr("Import of %1: %2").arg(path, errors.join(QLatin1Char('\n'))));
    ui->patternError->setVisible(!ui->patternError->text().isEmpty());
    refresh();
}

void MigrationMappingPage::refresh()
{
    m_filling = true;
    const QVector<MappingRow> &rows = m_migration->state().mapping;
    ui->previewTable->setRowCount(int(rows.size()));
    int included = 0;
    QSet<QString> customers;
    for (int i = 0; i < rows.size(); ++i) {
        const MappingRow &r = rows.at(i);
        auto *name = new QTableWidgetItem(r.workspaceName);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(r.included ? Qt::Checked : Qt::Unchecked);
        ui->previewTable->setItem(i, 0, name);
        ui->previewTable->setItem(i, 1, new QTableWidgetItem(r.customerId));
        ui->previewTable->setItem(i, 2, new QTableWidgetItem(r.displayName));
        auto *note = new QTableWidgetItem(r.note);
        note->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        ui->previewTable->setItem(i, 3, note);
        if (r.included) {
            ++included;
            customers.insert(r.customerId.toLower());
        }
    }
    ui->previewTable->resizeColumnsToContents();
    ui->summaryLabel->setText(tr("%1 customer(s) from %2 workspace(s); %3 workspace(s) excluded.")
                                  .arg(customers.size())
                                  .arg(included)
                                  .arg(rows.size() - included));
    m_filling = false;
    Q_EMIT completeChanged();
}

void MigrationMappingPage::onItemChanged(QTableWidgetItem *item)
{
    if (m_filling || !item)
        return;
    QVector<MappingRow> rows = m_migration->state().mapping;
    const int i = item->row();
    if (i < 0 || i >= rows.size())
        return;
    MappingRow &r = rows[i];
    if (item->column() == 0) {
        r.included = item->checkState() == Qt::Checked && !r.customerId.isEmpty();
        if (!r.included)
            r.note = tr("excluded by you");
    } else if (item->column() == 1) {
        r.customerId = item->text().trimmed();
    } else if (item->column() == 2) {
        r.displayName = item->text().trimmed();
    }
    if (r.included && !r.customerId.isEmpty() && r.displayName.isEmpty())
        r.displayName = r.customerId;
    m_migration->setMapping(rows);
    QMetaObject::invokeMethod(this, &MigrationMappingPage::refresh, Qt::QueuedConnection);
}

bool MigrationMappingPage::isComplete() const
{
    for (const MappingRow &r : m_migration->state().mapping) {
        if (r.included)
            return true;
    }
    return false;
}

} // namespace td
