#pragma once
#include <QDialog>
#include <QPointer>

#include "app/session/ConnectionSession.h"
#include <memory>

#include "app/connections/Connection.h"

class QLineEdit;
class QNetworkAccessManager;

namespace Ui {
class ConnectionDialog;
}

namespace td {

class ConnectionStore;
class SecretStore;
struct ApiError;

// New / edit connection: live validation (OK disabled while invalid), "Test connection", and saving
// (settings in ConnectionStore, the secret in the keychain only).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ConnectionStore *store, SecretStore *secrets, QNetworkAccessManager *nam,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConnection(const Connection &connection); // edit an existing one
    Connection connection() const;                    // from the fields
    QStringList problems() const;                     // empty = valid

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    void saved(const td::Connection &connection);
    void testFinished(bool ok);

private:
    void onCloudChanged();
    void validate();
    void runTest(const Connection &connection, const QString &secret);
    void showTestResult(const ApiError &error, int profileCount);
    void setFieldValid(QLineEdit *edit, bool valid);

    std::unique_ptr<Ui::ConnectionDialog> ui;
    ConnectionStore *m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    QString m_existingId;
    bool m_demo = false;
    bool m_saving = false;
    QPointer<ConnectionSession> m_testSession;
};

} // namespace td
