// Entra token endpoint and Power BI error bodies of the emulator (docs/powerbi-rest/API-NOTES.md §14, §16).
#include "EmuTestClient.h"
#include "EmulatorServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestEmulatorToken : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    emu::ServicePrincipalInfo m_sp;

    static bool isGuid(const QString &s)
    {
        static const QRegularExpression re(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        return re.match(s).hasMatch();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_sp = m_server->primaryServicePrincipal();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void tokenSuccess()
    {
        const HttpResult r =
            m_client->tokenRequest(m_sp.tenantId, EmuTestClient::tokenForm(m_sp.clientId, m_sp.clientSecret));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.json.value(QLatin1String("expires_in")).toInt(), 3599);
        QCOMPARE(r.json.value(QLatin1String("ext_expires_in")).toInt(), 3599);
        const QString token = r.json.value(QLatin1String("access_token")).toString();
        QVERIFY(token.size() > 20);
        QVERIFY(token.startsWith(QLatin1String("eyJ"))); // a JWT (tst_emulator_entra checks it in full)
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.header("RequestId").isEmpty());
        // the token works against the REST API
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 200);
    }

    void tokenByDomainAndBasicAuth()
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("https%3A%2F%2Fanalysis.windows.net%2Fpowerbi%2Fapi%2F.default"));
        const QByteArray basic = (m_sp.clientId + QLatin1Char(':') + m_sp.clientSecret).toUtf8().toBase64();
        const HttpResult r = m_client->tokenRequest(QStringLiteral("contoso-isv.example"), form,
                                                    {{"Authorization", "Basic " + basic}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QLatin1String("access_token")).toString().isEmpty());
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret"); // "<none>" = parameter missing
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("code");
        const QString scope = QStringLiteral("https://analysis.windows.net/powerbi/api/.default");
        const QString cc = QStringLiteral("client_credentials");
        const QString t = QStringLiteral("TENANT"), c = QStringLiteral("CLIENT"),
                      s = QStringLiteral("SECRET");
        QTest::newRow("wrong secret")
            << t << c << "not-the-secret" << cc << scope << 401 << "invalid_client" << 7000215;
        QTest::newRow("unknown tenant") << "11111111-2222-3333-4444-555555555555" << c << s << cc << scope
                                        << 400 << "invalid_request" << 90002;
        QTest::newRow("unknown client") << t << "99999999-2222-3333-4444-555555555555" << s << cc << scope
                                        << 400 << "unauthorized_client" << 700016;
        QTest::newRow("missing secret")
            << t << c << "<none>" << cc << scope << 401 << "invalid_client" << 7000218;
        QTest::newRow("wrong grant") << t << c << s << "password" << scope << 400 << "unsupported_grant_type"
                                     << 70003;
        QTest::newRow("bad scope") << t << c << s << cc
                                   << "https://analysis.windows.net/powerbi/api/Workspace.Read.All" << 400
                                   << "invalid_scope" << 1002012;
        QTest::newRow("two resources")
            << t << c << s << cc
            << "https://analysis.windows.net/powerbi/api/.default https://graph.microsoft.com/.default" << 400
            << "invalid_scope" << 70011;
        QTest::newRow("common") << "common" << c << s << cc << scope << 400 << "invalid_request" << 9001023;
        QTest::newRow("organizations")
            << "organizations" << c << s << cc << scope << 400 << "invalid_request" << 9001023;
    }

    void tokenErrors()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, grantType);
        QFETCH(QString, scope);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(int, code);
        if (tenant == QLatin1String("TENANT"))
            tenant = m_sp.tenantId;
        if (clientId == QLatin1String("CLIENT"))
            clientId = m_sp.clientId;
        if (secret == QLatin1String("SECRET"))
            secret = m_sp.clientSecret;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        if (secret != QLatin1String("<none>"))
            form.addQueryItem(QStringLiteral("client_secret"), secret);
        form.addQueryItem(QStringLiteral("grant_type"), grantType);
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        const HttpResult r = m_client->tokenRequest(tenant, form);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QLatin1String("error")).toString(), error);
        const QString description = r.json.value(QLatin1String("error_description")).toString();
        QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
        QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
        QVERIFY(description.contains(QLatin1String("\r\nCorrelation ID: ")));
        QVERIFY(description.contains(QLatin1String("\r\nTimestamp: ")));
        QCOMPARE(r.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{code});
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(r.json.value(QLatin1String("timestamp")).toString())
                    .hasMatch());
        QVERIFY(isGuid(r.json.value(QLatin1String("trace_id")).toString()));
        QVERIFY(isGuid(r.json.value(QLatin1String("correlation_id")).toString()));
        QVERIFY(!r.header("RequestId").isEmpty());
        QVERIFY(!r.body.contains(m_sp.clientSecret.toUtf8()));
    }

    void missingOrInvalidBearer()
    {
        for (const QString &token : {QString(), QStringLiteral("emu1.not-a-real-token")}) {
            const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), token);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
            const QJsonObject pbi =
                r.json.value(QLatin1String("error")).toObject().value(QLatin1String("pbi.error")).toObject();
            QCOMPARE(pbi.value(QLatin1String("code")).toString(),
                     QStringLiteral("PowerBINotAuthorizedException"));
            QVERIFY(pbi.value(QLatin1String("details")).isArray());
            QVERIFY(pbi.value(QLatin1String("parameters")).isObject());
            QVERIFY(!r.header("RequestId").isEmpty());
        }
    }

    void expiredToken()
    {
        m_server->setTokenLifetimeSecs(1);
        const HttpResult t =
            m_client->tokenRequest(m_sp.tenantId, EmuTestClient::tokenForm(m_sp.clientId, m_sp.clientSecret));
        QCOMPARE(t.json.value(QLatin1String("expires_in")).toInt(), 1);
        const QString token = t.json.value(QLatin1String("access_token")).toString();
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 200);
        QTest::qWait(1100);
        const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), token);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("TokenExpired"));
        QCOMPARE(r.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("Access token has expired, resubmit with a new access token"));
        // expireAllTokens() does the same without waiting
        const QString fresh = m_client->primaryToken();
        m_server->expireAllTokens();
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), fresh).status, 403);
    }

    void notFoundBody()
    {
        const QString token = m_client->primaryToken();
        const HttpResult r =
            m_client->rest("GET", QStringLiteral("groups/0f084df7-c13d-451b-af5f-ed0c466403b2"), token);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
        QVERIFY(r.json.value(QLatin1String("error")).toObject().contains(QLatin1String("pbi.error")));
    }

    void budgetThrottling()
    {
        m_server->setRequestBudget(3, 30);
        const QString token = m_client->primaryToken();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 200);
        const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), token);
        QCOMPARE(r.status, 429);
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 30);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(
            r.json.value(QLatin1String("message")).toString(),
            QStringLiteral("You have exceeded the amount of requests allowed in the current time frame and "
                           "further requests will fail. Retry in %1 seconds.")
                .arg(retryAfter));
        QVERIFY(!r.json.contains(QLatin1String("error")));
        QVERIFY(!r.header("RequestId").isEmpty());
        // a profile is a separate identity with its own budget
        const QString profileId =
            m_server->bulkCreateProfiles(m_sp.clientId, 1, QStringLiteral("Budget ")).first();
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token, profileId).status, 200);
    }

    void requestIdOnEveryResponse()
    {
        const QString token = m_client->primaryToken();
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        QList<HttpResult> results{m_client->rest("GET", QStringLiteral("groups"), token),
                                  m_client->rest("GET", QStringLiteral("nothing/here"), token),
                                  m_client->rest("GET", QStringLiteral("groups"), QString()),
                                  m_client->send("GET", QStringLiteral("/favicon.ico"))};
        m_server->setFaults(faults);
        results.append(m_client->rest("GET", QStringLiteral("groups"), token));
        QCOMPARE(results.last().status, 500);
        QSet<QByteArray> ids;
        for (const HttpResult &r : results) {
            QVERIFY2(!r.header("RequestId").isEmpty(), QByteArray::number(r.status).constData());
            ids.insert(r.header("RequestId"));
        }
        QCOMPARE(ids.size(), results.size());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorToken)
#include "tst_emulator_token.moc"
