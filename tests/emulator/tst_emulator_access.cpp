// What the access check relies on in the emulator: credential faults of an application (expired secret,
// disabled application) through the control API with Entra's AADSTS bodies, the data source status
// endpoint, and GenerateToken's answers carrying a RequestId.
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorModel.h"
#include "EmulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QString display(int n)
{
    return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
           emu::DemoSeed::customerNames().at(n - 1);
}
QString profileId(int n)
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + display(n));
}
QString workspaceId(int n)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + display(n));
}
QString datasetId(int n)
{
    return emu::DemoSeed::id(workspaceId(n) + QStringLiteral(":dataset:0"));
}
QString datasourceId(int n)
{
    return emu::DemoSeed::id(datasetId(n) + QStringLiteral(":datasource:0"));
}
} // namespace

class TestEmulatorAccess : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    emu::ServicePrincipalInfo m_sp;

    HttpResult putCredentials(const QJsonObject &body)
    {
        return m_client->send("PUT", QStringLiteral("/_emulator/credentials"), {},
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    void expectAadError(const HttpResult &r, int status, const QString &error, int code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QLatin1String("error")).toString(), error);
        QCOMPARE(r.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{code});
        const QString description = r.json.value(QLatin1String("error_description")).toString();
        QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
        QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
        QVERIFY(!r.header("x-ms-request-id").isEmpty());
        QVERIFY(!r.body.contains(m_sp.clientSecret.toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_sp = m_server->primaryServicePrincipal();
    }

    void expiredSecret()
    {
        const QUrlQuery good = EmuTestClient::tokenForm(m_sp.clientId, m_sp.clientSecret);
        QCOMPARE(m_client->tokenRequest(m_sp.tenantId, good).status, 200);
        HttpResult r = putCredentials({{QStringLiteral("secretExpired"), true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("clientId")).toString(), m_sp.clientId); // the primary by default
        QCOMPARE(r.json.value(QLatin1String("secretExpired")).toBool(), true);
        expectAadError(m_client->tokenRequest(m_sp.tenantId, good), 401, QStringLiteral("invalid_client"),
                       7000222);
        // A wrong secret is still named as wrong, not as expired.
        expectAadError(m_client->tokenRequest(m_sp.tenantId,
                                              EmuTestClient::tokenForm(m_sp.clientId, QStringLiteral("x"))),
                       401, QStringLiteral("invalid_client"), 7000215);
        // The other application is not affected; GET shows the state.
        r = m_client->send("GET", QStringLiteral("/_emulator/credentials"));
        QCOMPARE(r.json.value(QLatin1String("secretExpired")).toBool(), true);
        QCOMPARE(putCredentials({{QStringLiteral("secretExpired"), false}}).status, 200);
        QCOMPARE(m_client->tokenRequest(m_sp.tenantId, good).status, 200);
    }

    void disabledApplication()
    {
        const QUrlQuery good = EmuTestClient::tokenForm(m_sp.clientId, m_sp.clientSecret);
        QCOMPARE(
            putCredentials({{QStringLiteral("clientId"), m_sp.clientId}, {QStringLiteral("enabled"), false}})
                .status,
            200);
        expectAadError(m_client->tokenRequest(m_sp.tenantId, good), 400,
                       QStringLiteral("unauthorized_client"), 7000112);
        QCOMPARE(putCredentials({{QStringLiteral("enabled"), true}}).status, 200);
        QCOMPARE(m_client->tokenRequest(m_sp.tenantId, good).status, 200);
        // An unknown application or a body that is not JSON is refused.
        QCOMPARE(putCredentials({{QStringLiteral("clientId"), QStringLiteral("nope")}}).status, 400);
        QCOMPARE(m_client->send("PUT", QStringLiteral("/_emulator/credentials"), {}, "[1").status, 400);
    }

    void datasourceStatus()
    {
        const QString token = m_client->primaryToken();
        auto status = [&](int customer, int asCustomer) {
            return m_client->rest("GET",
                                  QStringLiteral("gateways/%1/datasources/%2/status")
                                      .arg(emu::cloudGatewayId(), datasourceId(customer)),
                                  token, profileId(asCustomer));
        };
        HttpResult r = status(1, 1);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        r = status(12, 12); // seeded without credentials
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("DM_GWPipeline_Gateway_DataSourceAccessError"));
        QVERIFY(!r.header("RequestId").isEmpty());
        QCOMPARE(status(12, 1).status, 404); // another customer's data source is invisible
    }

    void generateTokenRefusalsCarryRequestIds()
    {
        const QString token = m_client->primaryToken();
        const QJsonObject body{
            {QStringLiteral("reports"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), emu::DemoSeed::id(workspaceId(4) + QStringLiteral(":report:0"))}}}}};
        // C0001's profile and C0004's report: no access.
        HttpResult r = m_client->rest("POST", QStringLiteral("GenerateToken"), token, profileId(1), body);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        QVERIFY(!r.header("RequestId").isEmpty());
        // C0002's model requires an effective identity (row-level security).
        const QJsonObject rls{
            {QStringLiteral("datasets"), QJsonArray{QJsonObject{{QStringLiteral("id"), datasetId(2)}}}}};
        r = m_client->rest("POST", QStringLiteral("GenerateToken"), token, profileId(2), rls);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.header("RequestId").isEmpty());
        // The profile that is only Member (C0007) may still embed its report.
        const QJsonObject own{
            {QStringLiteral("reports"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), emu::DemoSeed::id(workspaceId(7) + QStringLiteral(":report:0"))}}}}};
        QCOMPARE(m_client->rest("POST", QStringLiteral("GenerateToken"), token, profileId(7), own).status,
                 200);
    }
};

QTEST_MAIN(TestEmulatorAccess)
#include "tst_emulator_access.moc"
