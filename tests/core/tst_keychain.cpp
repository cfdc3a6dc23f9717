#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "app/connections/SecretStore.h"

using namespace td;

// Round trip against the real Secret Service (tests/run-tests.sh starts an unlocked gnome-keyring).
class TestKeychain : public QObject
{
    Q_OBJECT
private:
    struct Result
    {
        bool done = false;
        QString secret;
        ApiError error;
    };

    Result readBack(SecretStore &store, const QString &id)
    {
        Result r;
        store.read(id, this, [&r](const QString &secret, const ApiError &error) {
            r.done = true;
            r.secret = secret;
            r.error = error;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000); }();
        return r;
    }

private Q_SLOTS:
    void roundTrip()
    {
        SecretStore store;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr3t~with spaces & ünïcode");
        bool written = false;
        ApiError writeError;
        store.write(id, secret, this, [&](const ApiError &e) {
            written = true;
            writeError = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QVERIFY2(!writeError.isError(), qPrintable(writeError.details()));

        const Result r = readBack(store, id);
        QVERIFY(r.done);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.details()));
        QCOMPARE(r.secret, secret);

        bool removed = false;
        ApiError removeError;
        store.remove(id, this, [&](const ApiError &e) {
            removed = true;
            removeError = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        QVERIFY(!removeError.isError());

        const Result gone = readBack(store, id);
        QVERIFY(gone.done);
        QCOMPARE(gone.error.kind, ApiError::Kind::Keychain);
        QCOMPARE(gone.error.code, QStringLiteral("EntryNotFound"));
        QVERIFY(gone.secret.isEmpty());
        QVERIFY(gone.error.summary().contains(QLatin1String("No client secret is stored")));
    }

    void droppedContextGetsNoCallback()
    {
        SecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("no-such-id"), context,
                   [&called](const QString &, const ApiError &) { called = true; });
        delete context;
        QTest::qWait(1500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
