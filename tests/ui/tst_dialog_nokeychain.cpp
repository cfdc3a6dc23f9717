// ConnectionDialog when no keychain is reachable (run with DBUS_SESSION_BUS_ADDRESS pointing nowhere):
// the Keychain error is shown, nothing is saved, and the secret is written nowhere else.
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "DialogProbe.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "ui/connections/ConnectionDialog.h"

using namespace td;

class TstDialogNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainFailureSavesNothing()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent")),
                 "run through ctest (no Secret Service reachable)");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ConnectionStore store(&settings);
        SecretStore secrets;
        QNetworkAccessManager nam;
        ConnectionDialog dlg(&store, &secrets, &nam);
        const QString secret = QStringLiteral("dialog-secret-never-on-disk-7a41");
        dlg.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("No keychain"));
        dlg.findChild<QLineEdit *>(QStringLiteral("tenantEdit"))
            ->setText(QStringLiteral("5e7c1d2a-9b3f-4f6e-8d21-0a4b6c8e1f35"));
        dlg.findChild<QLineEdit *>(QStringLiteral("clientEdit"))
            ->setText(QStringLiteral("8f3e2b1c-1111-4222-8333-944455556666"));
        dlg.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(secret);
        QVERIFY2(tdtest::okEnabled(dlg),
                 qPrintable(tdtest::labelText(dlg, QStringLiteral("validationLabel"))));

        QSignalSpy saved(&dlg, &ConnectionDialog::saved);
        dlg.save();
        QTRY_VERIFY_WITH_TIMEOUT(!tdtest::errorDetails(dlg).summaryText().isEmpty(), 15000);
        QCOMPARE(saved.count(), 0);
        QVERIFY(
            tdtest::errorDetails(dlg).detailsText().contains(QLatin1String("Keychain"),
                                                             Qt::CaseInsensitive) ||
            tdtest::errorDetails(dlg).summaryText().contains(QLatin1String("keychain"), Qt::CaseInsensitive));
        QVERIFY(store.list().isEmpty());
        settings.sync();
        QFile ini(settings.fileName());
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains(secret.toUtf8()));
        QVERIFY(tdtest::okEnabled(dlg)); // the user may retry after starting the keychain
    }
};

QTEST_MAIN(TstDialogNoKeychain)
#include "tst_dialog_nokeychain.moc"
