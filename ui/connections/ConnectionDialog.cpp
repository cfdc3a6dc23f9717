#include "ui/connections/ConnectionDialog.h"

#include <QPushButton>
#include <QUuid>

#include "ui_ConnectionDialog.h"

#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/session/ConnectionSession.h"

namespace td {

ConnectionDialog::ConnectionDialog(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
                                   QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>()), m_store(store), m_secrets(secrets),
      m_nam(nam)
{
    ui->setupUi(this);
    setWindowTitle(tr("New connection"));
    ui->cloudCombo->addItem(tr("Public (api.powerbi.com)"), QStringLiteral("Public"));
    ui->cloudCombo->addItem(tr("Custom URLs"), QStringLiteral("Custom"));
    ui->errorDetails->clear();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));

    connect(ui->cloudCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onCloudChanged);
    for (QLineEdit *e : {ui->nameEdit, ui->apiUrlEdit, ui->loginUrlEdit, ui->tenantEdit, ui->clientEdit,
                         ui->objectIdEdit, ui->secretEdit, ui->caFileEdit})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onCloudChanged();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setConnection(const Connection &c)
{
    setWindowTitle(tr("Edit connection"));
    m_existingId = c.id;
    m_demo = c.demo;
    ui->nameEdit->setText(c.name);
    ui->cloudCombo->setCurrentIndex(c.cloud == QLatin1String("Custom") ? 1 : 0);
    ui->apiUrlEdit->setText(c.apiBaseUrl.toString());
    ui->loginUrlEdit->setText(c.loginUrl.toString());
    ui->tenantEdit->setText(c.tenantId);
    ui->clientEdit->setText(c.clientId);
    ui->objectIdEdit->setText(c.servicePrincipalObjectId);
    ui->caFileEdit->setText(c.caCertificateFile);
    ui->secretEdit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    onCloudChanged();
}

Connection ConnectionDialog::connection() const
{
    Connection c;
    c.id = m_existingId;
    c.demo = m_demo;
    c.name = ui->nameEdit->text().trimmed();
    c.cloud = ui->cloudCombo->currentData().toString();
    c.apiBaseUrl = QUrl(ui->apiUrlEdit->text().trimmed());
    c.loginUrl = QUrl(ui->loginUrlEdit->text().trimmed());
    c.tenantId = ui->tenantEdit->text().trimmed();
    c.clientId = ui->clientEdit->text().trimmed();
    c.servicePrincipalObjectId = ui->objectIdEdit->text().trimmed();
    c.caCertificateFile = ui->caFileEdit->text().trimmed();
    return c;
}

void ConnectionDialog::onCloudChanged()
{
    const bool custom = ui->cloudCombo->currentData().toString() == QLatin1String("Custom");
    ui->apiUrlEdit->setEnabled(custom);
    ui->loginUrlEdit->setEnabled(custom);
    if (!custom) {
        ui->apiUrlEdit->setText(Connection::publicApiBaseUrl().toString());
        ui->loginUrlEdit->setText(Connection::publicLoginUrl().toString());
    }
    validate();
}

QStringList ConnectionDialog::problems() const
{
    QStringList out = connection().validate();
    if (m_existingId.isEmpty() && ui->secretEdit->text().isEmpty())
        out << tr("Enter the client secret (it is stored in the system keychain only).");
    return out;
}

void ConnectionDialog::setFieldValid(QLineEdit *edit, bool valid)
{
    edit->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
    edit->setToolTip(valid ? QString() : tr("Check this field"));
}

void ConnectionDialog::validate()
{
    const Connection c = connection();
    setFieldValid(ui->nameEdit, !c.name.isEmpty());
    setFieldValid(ui->tenantEdit, c.tenantId.isEmpty() || Connection::isGuid(c.tenantId));
    setFieldValid(ui->clientEdit, c.clientId.isEmpty() || Connection::isGuid(c.clientId));
    setFieldValid(ui->objectIdEdit,
                  c.servicePrincipalObjectId.isEmpty() || Connection::isGuid(c.servicePrincipalObjectId));
    setFieldValid(ui->apiUrlEdit, Connection::isAllowedUrl(c.apiBaseUrl));
    setFieldValid(ui->loginUrlEdit, Connection::isAllowedUrl(c.loginUrl));
    const QStringList list = problems();
    QStringList bullets;
    for (const QString &p : list)
        bullets << QStringLiteral("• ") + p;
    ui->validationLabel->setText(bullets.join(QLatin1Char('\n')));
    ui->validationLabel->setVisible(!list.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty() && !m_saving);
    ui->testButton->setEnabled(connection().validate().isEmpty() && !m_testSession);
}

void ConnectionDialog::testConnection()
{
    if (m_testSession || !connection().validate().isEmpty())
        return;
    ui->errorDetails->clear();
    ui->testStatusLabel->setText(tr("Testing…"));
    const Connection c = connection();
    const QString secret = ui->secretEdit->text();
    if (!secret.isEmpty() || c.id.isEmpty() || !m_secrets) {
        runTest(c, secret);
        return;
    }
    QPointer<ConnectionDialog> self(this);
    m_secrets->read(c.id, this, [self, c](const QString &stored, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            self->showTestResult(error, 0);
        else
            self->runTest(c, stored);
    });
}

void ConnectionDialog::runTest(const Connection &c, const QString &secret)
{
    m_testSession = new ConnectionSession(c, secret, m_nam, nullptr, this);
    ui->testButton->setEnabled(false);
    QPointer<ConnectionDialog> self(this);
    connect(m_testSession, &ConnectionSession::tested, this, [self](const ApiError &error, int profileCount) {
        if (self)
            self->showTestResult(error, profileCount);
    });
    m_testSession->test();
}

void ConnectionDialog::showTestResult(const ApiError &error, int profileCount)
{
    if (m_testSession)
        m_testSession->deleteLater();
    m_testSession = nullptr;
    if (error.isError()) {
        ui->testStatusLabel->setText(tr("Test failed."));
        ui->errorDetails->setError(error);
    } else {
        ui->errorDetails->clear();
        ui->testStatusLabel->setText(
            profileCount == 1
                ? tr("✓ Connected: the service principal sees one profile.")
                : tr("✓ Connected: the service principal sees %n profiles.", nullptr, profileCount));
    }
    validate();
    Q_EMIT testFinished(!error.isError());
}

void ConnectionDialog::save()
{
    if (!problems().isEmpty() || m_saving)
        return;
    Connection c = connection();
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = ui->secretEdit->text();
    auto commit = [this](const Connection &conn) {
        if (m_store)
            m_store->save(conn);
        Q_EMIT saved(conn);
        accept();
    };
    if (secret.isEmpty() || !m_secrets) {
        commit(c);
        return;
    }
    // The secret goes to the keychain first; when that fails nothing is saved (and never elsewhere).
    m_saving = true;
    validate();
    ui->testStatusLabel->setText(tr("Saving the client secret in the keychain…"));
    QPointer<ConnectionDialog> self(this);
    m_secrets->write(c.id, secret, this, [self, c, commit](const ApiError &error) {
        if (!self)
            return;
        self->m_saving = false;
        if (error.isError()) {
            self->ui->testStatusLabel->setText(tr("Not saved."));
            self->ui->errorDetails->setError(error);
            self->validate();
            return;
        }
        commit(c);
    });
}

} // namespace td
