#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/ActivityLog.h"
#include "app/connections/Connection.h"
#include "app/connections/ConnectionStore.h"

using namespace td;

static Connection validConnection()
{
    Connection c;
    c.name = QStringLiteral("Contoso");
    c.apiBaseUrl = Connection::publicApiBaseUrl();
    c.loginUrl = Connection::publicLoginUrl();
    c.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    c.clientId = QStringLiteral("1B2C3D4E-0000-4000-8000-123456789ABC");
    return c;
}

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid() { QVERIFY(validConnection().validate().isEmpty()); }

    void guid()
    {
        QVERIFY(Connection::isGuid(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")));
        QVERIFY(Connection::isGuid(QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db47}")));
        QVERIFY(!Connection::isGuid(QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db47")));
        QVERIFY(!Connection::isGuid(QStringLiteral("72f988bf86f141af91ab2d7cd011db47")));
        QVERIFY(!Connection::isGuid(QStringLiteral("contoso.onmicrosoft.com")));
        QVERIFY(!Connection::isGuid(QString()));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.powerbi.com/v1.0/myorg" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/v1.0/myorg" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000/" << true;
        QTest::newRow("http remote") << "http://api.powerbi.com/v1.0/myorg" << false;
        QTest::newRow("http 10.x") << "http://10.0.0.1/" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.com/" << false;
        QTest::newRow("ftp") << "ftp://localhost/" << false;
        QTest::newRow("no scheme") << "api.powerbi.com/v1.0/myorg" << false;
        QTest::newRow("credentials") << "https://user:pw@api.powerbi.com/" << false;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Connection::isAllowedUrl(QUrl(url)), allowed);
    }

    void problemsListed()
    {
        Connection c = validConnection();
        c.name = QStringLiteral("  ");
        c.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        c.apiBaseUrl = QUrl(QStringLiteral("http://example.com/v1.0/myorg"));
        const QStringList problems = c.validate();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("https")));
    }

    void caCertificateFileMustHoldACertificate()
    {
        QTemporaryDir dir;
        Connection c = validConnection();
        c.caCertificateFile = dir.filePath(QStringLiteral("missing.pem"));
        QCOMPARE(c.validate().size(), 1);
        QVERIFY(c.validate().first().contains(QLatin1String("missing.pem")));
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        c.caCertificateFile = junk.fileName();
        QCOMPARE(c.validate().size(), 1);
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ConnectionStore store(&settings);
        Connection c = validConnection();
        const QString id = store.save(c);
        QVERIFY(Connection::isGuid(id));
        QVERIFY(settings.childGroups().contains(QStringLiteral("connections")));
        const Connection back = store.find(QStringLiteral("contoso"));
        QCOMPARE(back.id, id);
        QCOMPARE(back.apiBaseUrl, c.apiBaseUrl);
        QCOMPARE(back.tenantId, c.tenantId);
        QVERIFY(back.caCertificateFile.isEmpty());
        c.id = id;
        c.caCertificateFile = dir.filePath(QStringLiteral("ca.pem")); // a setting, not a secret
        store.save(c);
        QCOMPARE(store.find(id).caCertificateFile, c.caCertificateFile);
        QCOMPARE(store.list().size(), 1);
        store.remove(id);
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.find(id).id.isEmpty());
    }

    void activityRingAndCurl()
    {
        ActivityLog log(3);
        int signals_ = 0;
        connect(&log, &ActivityLog::entryAdded, this, [&signals_] { ++signals_; });
        for (int i = 0; i < 5; ++i) {
            ActivityEntry e;
            e.method = QStringLiteral("GET");
            e.url = QStringLiteral("https://api.powerbi.com/v1.0/myorg/groups?n=%1").arg(i);
            log.append(e);
        }
        QCOMPARE(signals_, 5);
        QCOMPARE(log.size(), 3);
        const auto entries = log.entries();
        QVERIFY(entries.first().url.endsWith(QLatin1String("n=2")));
        QVERIFY(entries.last().url.endsWith(QLatin1String("n=4")));

        ActivityEntry e;
        e.method = QStringLiteral("POST");
        e.url = QStringLiteral("https://api.powerbi.com/v1.0/myorg/groups?workspaceV2=true");
        e.profileId = QStringLiteral("5f1aa5ed-5983-46b5-bd05-999581d361a5");
        const QString curl = ActivityLog::toCurl(e);
        QVERIFY(curl.contains(QLatin1String("-H 'Authorization: Bearer <redacted>'")));
        QVERIFY(
            curl.contains(QLatin1String("-H 'X-PowerBI-Profile-Id: 5f1aa5ed-5983-46b5-bd05-999581d361a5'")));
        QVERIFY(curl.contains(QLatin1String("-X POST")));
        e.profileId.clear();
        QVERIFY(!ActivityLog::toCurl(e).contains(QLatin1String("X-PowerBI-Profile-Id")));

        ActivityEntry token;
        token.method = QStringLiteral("POST");
        token.url = QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/token");
        const QString tokenCurl = ActivityLog::toCurl(token);
        QVERIFY(tokenCurl.contains(QLatin1String("client_secret=<redacted>")));
        log.clear();
        QCOMPARE(log.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
