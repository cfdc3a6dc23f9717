#include <QNetworkAccessManager>
#include <QTest>

#include "TestHelpers.h"
#include "TinyHttpServer.h"
#include "TlsTestSupport.h"
#include "app/api/ActivityLog.h"
#include "app/auth/TokenProvider.h"
#include "app/util/Clock.h"

using namespace td;

// Token lifetime with an injected clock: a 3599 s token is refreshed at about 55 minutes. Every test runs
// over plain loopback HTTP and over HTTPS (a generated CA that the token provider trusts).
class TestToken : public QObject
{
    Q_OBJECT
private:
    TestTls m_tls;

    bool listen(TinyHttpServer &server)
    {
        if (!TestTls::on())
            return server.listen();
        const QSslConfiguration config = m_tls.server();
        return server.listen(&config);
    }

    void trust(TokenProvider &tokens)
    {
        if (TestTls::on())
            tokens.setTlsConfiguration(m_tls.client());
    }

    static ClientCredentials credentialsFor(const TinyHttpServer &server)
    {
        ClientCredentials c;
        c.loginUrl = server.loginUrl();
        c.tenantId = QStringLiteral("t");
        return c;
    }

    QString fetch(TokenProvider &tokens)
    {
        QString token;
        ApiError error;
        bool done = false;
        tokens.requestToken(this, [&](const QString &t, const ApiError &e) {
            token = t;
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return error.isError() ? QString() : token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_tls.generate(&error), qPrintable(error));
    }
    void initTestCase_data() { TestTls::addGlobalRows(); }

    void extraCaKeepsTheSystemRoots()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        const QList<QSslCertificate> trusted = m_tls.client().caCertificates();
        const QSslCertificate extra = QSslCertificate::fromPath(m_tls.files.caCertPath).value(0);
        QVERIFY(!extra.isNull());
        QVERIFY(trusted.contains(extra));
        for (const QSslCertificate &c : system)
            QVERIFY(trusted.contains(c));
    }

    void refreshedAheadOfExpiry()
    {
        int issued = 0;
        QByteArray form;
        TinyHttpServer server([&](const TinyRequest &r) {
            form = r.body;
            return TinyHttpServer::tokenResponse("token-" + QByteArray::number(++issued), 3599);
        });
        QVERIFY(listen(server));
        QNetworkAccessManager nam;
        FakeClock clock;
        ActivityLog log;
        TokenProvider tokens(&nam, &clock);
        tokens.setActivityLog(&log);
        trust(tokens);
        ClientCredentials c;
        c.loginUrl = server.loginUrl();
        c.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
        c.clientId = QStringLiteral("app");
        c.clientSecret = QStringLiteral("a+b/c=d&e");
        tokens.setCredentials(c);

        QCOMPARE(fetch(tokens), QStringLiteral("token-1"));
        QVERIFY(form.contains("grant_type=client_credentials"));
        QVERIFY(form.contains("client_secret=a%2Bb%2Fc%3Dd%26e")); // URL-encoded
        QVERIFY(form.contains("scope=https%3A%2F%2Fanalysis.windows.net%2Fpowerbi%2Fapi%2F.default"));
        QCOMPARE(server.requests().first().target,
                 QByteArray("/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"));
        QCOMPARE(tokens.expiresAtMsecs(), clock.now + 3599 * 1000);

        clock.now += 54 * 60 * 1000; // 54 min: still outside the 5 min margin
        QCOMPARE(fetch(tokens), QStringLiteral("token-1"));
        QCOMPARE(tokens.fetchCount(), 1);

        clock.now += 60 * 1000 + 500; // ~55 min: inside the margin, still valid -> background refresh
        QCOMPARE(fetch(tokens), QStringLiteral("token-1"));
        QTRY_COMPARE_WITH_TIMEOUT(tokens.fetchCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(tokens), QStringLiteral("token-2"), 5000);

        clock.now += 3600 * 1000; // long expired: the next requester waits for a new token
        QVERIFY(!tokens.hasValidToken());
        QCOMPARE(fetch(tokens), QStringLiteral("token-3"));

        tokens.invalidateToken(QStringLiteral("token-2")); // stale: ignored
        QVERIFY(tokens.hasValidToken());
        tokens.invalidateToken(QStringLiteral("token-3"));
        QVERIFY(!tokens.hasValidToken());

        // Token calls are in the activity log by URL only.
        QCOMPARE(log.size(), 3);
        for (const ActivityEntry &e : log.entries()) {
            QVERIFY(e.url.endsWith(QLatin1String("/oauth2/v2.0/token")));
            QVERIFY(!ActivityLog::toCurl(e).contains(QLatin1String("a+b")));
        }
    }

    void concurrentRequestersShareOneFetch()
    {
        TinyHttpServer server([](const TinyRequest &) {
            TinyResponse r = TinyHttpServer::tokenResponse("shared");
            r.delayMs = 200;
            return r;
        });
        QVERIFY(listen(server));
        QNetworkAccessManager nam;
        TokenProvider tokens(&nam, Clock::system());
        tokens.setCredentials(credentialsFor(server));
        trust(tokens);
        int answered = 0;
        for (int i = 0; i < 10; ++i)
            tokens.requestToken(this, [&answered](const QString &t, const ApiError &) {
                answered += t == QLatin1String("shared");
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 10, 5000);
        QCOMPARE(tokens.fetchCount(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void entraErrorBecomesAuthError()
    {
        TinyHttpServer server([](const TinyRequest &) {
            return TinyHttpServer::json(
                400,
                "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application with "
                "identifier 'x' was not found in the directory.\\r\\nTrace ID: a\\r\\nCorrelation ID: b\"}");
        });
        QVERIFY(listen(server));
        QNetworkAccessManager nam;
        TokenProvider tokens(&nam, Clock::system());
        tokens.setCredentials(credentialsFor(server));
        trust(tokens);
        ApiError error;
        bool done = false;
        tokens.requestToken(this, [&](const QString &, const ApiError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QCOMPARE(error.code, QStringLiteral("unauthorized_client"));
        QVERIFY(error.message.startsWith(QLatin1String("AADSTS700016")));
        QVERIFY(!error.message.contains(QLatin1String("Trace")));
        QCOMPARE(tokens.lastError().code, QStringLiteral("unauthorized_client"));
        QCOMPARE(tokens.fetchCount(), 1); // a refusal is not retried
    }

    // The rule holds in the core, whatever opened the session (the GUI opens a session from the settings
    // file without the connection dialog's checks): the secret is never posted over plain http to another
    // computer.
    void secretNeverPostedOverPlainHttpToAnotherHost_data()
    {
        QTest::addColumn<QString>("loginUrl");
        QTest::newRow("http host") << QStringLiteral("http://login.example.invalid");
        QTest::newRow("http address") << QStringLiteral("http://10.11.12.13:8080");
        QTest::newRow("user info") << QStringLiteral("https://user@login.example.invalid");
        QTest::newRow("ftp") << QStringLiteral("ftp://login.example.invalid");
    }
    void secretNeverPostedOverPlainHttpToAnotherHost()
    {
        QFETCH(QString, loginUrl);
        QNetworkAccessManager nam;
        TokenProvider tokens(&nam, Clock::system());
        ClientCredentials c;
        c.loginUrl = QUrl(loginUrl);
        c.tenantId = QStringLiteral("t");
        c.clientSecret = QStringLiteral("s3cret");
        tokens.setCredentials(c);
        ApiError error;
        bool done = false;
        tokens.requestToken(this, [&](const QString &, const ApiError &e) {
            error = e;
            done = true;
        });
        QVERIFY(!done); // asynchronous, as every answer
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(error.kind, ApiError::Kind::Config);
        QVERIFY2(error.message.contains(QLatin1String("https")), qPrintable(error.message));
        QCOMPARE(tokens.fetchCount(), 0); // nothing was posted
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
