#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "app/connections/SecretStore.h"

using namespace td;

// Run with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no Secret Service is reachable. The store must
// fail with a clear Kind::Keychain error and must not fall back to a plaintext file.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeFailsClearlyWithoutPlaintextFallback()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent")),
                 "run through ctest: the test's ENVIRONMENT points D-Bus nowhere");
        const QString secret = QStringLiteral("unavailable-keychain-secret-4f0c2b7e");
        SecretStore store;
        bool done = false;
        ApiError error;
        store.write(QStringLiteral("conn-1"), secret, this, [&](const ApiError &e) {
            done = true;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.kind, ApiError::Kind::Keychain);
        QVERIFY(error.code != QLatin1String("EntryNotFound"));
        QVERIFY2(error.summary().contains(QLatin1String("No keychain is reachable")),
                 qPrintable(error.summary()));
        QVERIFY(error.summary().contains(QLatin1String(
            "start or unlock the desktop keyring (GNOME Keyring / KWallet / Secret Service) and try again")));

        bool readDone = false;
        ApiError readError;
        store.read(QStringLiteral("conn-1"), this, [&](const QString &s, const ApiError &e) {
            readDone = true;
            readError = e;
            QVERIFY(s.isEmpty());
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 30000);
        QCOMPARE(readError.kind, ApiError::Kind::Keychain);

        // No file under HOME holds the secret (no insecure fallback, no QSettings copy).
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(!home.isEmpty());
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext() && files < 20000) {
            QFile f(it.next());
            ++files;
            if (f.size() > 50 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
