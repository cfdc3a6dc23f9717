// Semantic model operations: parameters, data sources, gateway credentials, refreshes, TakeOver and
// embed tokens (GenerateToken V2 and per report); responses validated against the swagger.
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "SwaggerValidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kDash = QStringLiteral(" \u2013 ");

QString profileId(const QString &display)
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + display);
}
QString workspaceId(const QString &display)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + display);
}
QString datasetId(const QString &display, int n = 0)
{
    return emu::DemoSeed::id(workspaceId(display) + QStringLiteral(":dataset:%1").arg(n));
}
QString reportId(const QString &display, int n = 0)
{
    return emu::DemoSeed::id(workspaceId(display) + QStringLiteral(":report:%1").arg(n));
}

const QString kFabrikam = QStringLiteral("C0001") + kDash + QStringLiteral("Fabrikam");
const QString kNorthwind =
    QStringLiteral("C0002") + kDash + QStringLiteral("Northwind Traders"); // RLS models
const QString kWoodgrove =
    QStringLiteral("C0012") + kDash + QStringLiteral("Woodgrove Bank");                    // no credentials
const QString kLegacy = QStringLiteral("Legacy") + kDash + QStringLiteral("Aurora Mills"); // master user owns
const QString kSecret = QStringLiteral("Sup3r-Secret-Pa55word!");

QJsonObject basicCredentials(const QString &password)
{
    const QString creds = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("credentialData"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("username")},
                                                {QStringLiteral("value"), QStringLiteral("reader")}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("password")},
                                                {QStringLiteral("value"), password}}}}})
            .toJson(QJsonDocument::Compact));
    return {{QStringLiteral("credentialDetails"),
             QJsonObject{{QStringLiteral("credentialType"), QStringLiteral("Basic")},
                         {QStringLiteral("credentials"), creds},
                         {QStringLiteral("encryptedConnection"), QStringLiteral("Encrypted")},
                         {QStringLiteral("encryptionAlgorithm"), QStringLiteral("None")},
                         {QStringLiteral("privacyLevel"), QStringLiteral("Organizational")}}}};
}
} // namespace

class TestEmulatorModels : public QObject
{
    Q_OBJECT
private:
    SwaggerValidator m_validator;
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;

    void expectValid(const QString &operationId, const HttpResult &r)
    {
        QVERIFY2(
            r.status == 200,
            qPrintable(
                QStringLiteral("%1 -> %2 %3").arg(operationId).arg(r.status).arg(QString::fromUtf8(r.body))));
        const QStringList errors = m_validator.validate(r.json, m_validator.responseSchema(operationId));
        QVERIFY2(errors.isEmpty(),
                 qPrintable(operationId + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
    }
    HttpResult call(const QByteArray &method, const QString &path, const QString &profile,
                    const QJsonObject &body = {}, const QUrlQuery &query = {})
    {
        return m_client->rest(method, path, m_token, profile.isEmpty() ? QString() : profileId(profile), body,
                              query);
    }
    QString ds(const QString &display, int n = 0)
    {
        return QStringLiteral("groups/%1/datasets/%2").arg(workspaceId(display), datasetId(display, n));
    }

    QJsonObject firstDatasource(const QString &display, const QString &profile)
    {
        return call("GET", ds(display) + QStringLiteral("/datasources"), profile)
            .json.value(QLatin1String("value"))
            .toArray()
            .first()
            .toObject();
    }
    HttpResult patchCredentials(const QJsonObject &source, const QString &profile, const QJsonObject &body)
    {
        return call("PATCH",
                    QStringLiteral("gateways/%1/datasources/%2")
                        .arg(source.value(QLatin1String("gatewayId")).toString(),
                             source.value(QLatin1String("datasourceId")).toString()),
                    profile, body);
    }
    // Starts a refresh and returns the finished history entry.
    QJsonObject refreshAndWait(const QString &display, const QString &profile)
    {
        const HttpResult started =
            call("POST", ds(display) + QStringLiteral("/refreshes"), profile,
                 QJsonObject{{QStringLiteral("notifyOption"), QStringLiteral("NoNotification")}});
        if (started.status != 202)
            qWarning("refresh -> %d %s", started.status, started.body.constData());
        QUrlQuery top;
        top.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
        QJsonObject entry;
        for (int i = 0; i < 100; ++i) {
            entry = call("GET", ds(display) + QStringLiteral("/refreshes"), profile, {}, top)
                        .json.value(QLatin1String("value"))
                        .toArray()
                        .first()
                        .toObject();
            if (entry.value(QLatin1String("status")).toString() != QLatin1String("Unknown"))
                break;
            QTest::qWait(20);
        }
        return entry;
    }
    HttpResult generate(const QString &profile, const QJsonObject &body)
    {
        return call("POST", QStringLiteral("GenerateToken"), profile, body);
    }
    static QJsonObject ids(const QString &id) { return {{QStringLiteral("id"), id}}; }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_validator.load(QStringLiteral(TD_TEST_DATA_DIR "/powerbi-rest-swagger.json"), &error),
                 qPrintable(error));
        emu::EmulatorOptions options;
        options.jobs.refreshDelayMs = 60;
        m_server = std::make_unique<emu::EmulatorServer>();
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void parametersRoundTrip()
    {
        const HttpResult before = call("GET", ds(kFabrikam) + QStringLiteral("/parameters"), kFabrikam);
        expectValid(QStringLiteral("Datasets_GetParametersInGroup"), before);
        QCOMPARE(before.json.value(QLatin1String("value")).toArray().size(), 2);
        const QJsonObject update{
            {QStringLiteral("updateDetails"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Database")},
                                    {QStringLiteral("newValue"), QStringLiteral("Fabrikam_Prod")}}}}};
        const HttpResult ok =
            call("POST", ds(kFabrikam) + QStringLiteral("/Default.UpdateParameters"), kFabrikam, update);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.isEmpty());
        const QJsonArray after = call("GET", ds(kFabrikam) + QStringLiteral("/parameters"), kFabrikam)
                                     .json.value(QLatin1String("value"))
                                     .toArray();
        QCOMPARE(after.at(1).toObject().value(QLatin1String("currentValue")).toString(),
                 QStringLiteral("Fabrikam_Prod"));
        // The data source follows the parameter.
        QCOMPARE(firstDatasource(kFabrikam, kFabrikam)
                     .value(QLatin1String("connectionDetails"))
                     .toObject()
                     .value(QLatin1String("database"))
                     .toString(),
                 QStringLiteral("Fabrikam_Prod"));

        // Unknown name (names are case-sensitive): 400, and nothing of the request is applied.
        const QJsonObject unknown{
            {QStringLiteral("updateDetails"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Server")},
                                    {QStringLiteral("newValue"), QStringLiteral("x")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("database")},
                                    {QStringLiteral("newValue"), QStringLiteral("y")}}}}};
        const HttpResult bad =
            call("POST", ds(kFabrikam) + QStringLiteral("/Default.UpdateParameters"), kFabrikam, unknown);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("InvalidRequest"));
        QVERIFY(bad.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("'database'")));
        const QJsonArray unchanged = call("GET", ds(kFabrikam) + QStringLiteral("/parameters"), kFabrikam)
                                         .json.value(QLatin1String("value"))
                                         .toArray();
        QCOMPARE(unchanged.at(0).toObject().value(QLatin1String("currentValue")).toString(),
                 QStringLiteral("sql-weu.contoso-isv.example"));
        // Empty list, duplicates.
        QCOMPARE(call("POST", ds(kFabrikam) + QStringLiteral("/Default.UpdateParameters"), kFabrikam,
                      QJsonObject{{QStringLiteral("updateDetails"), QJsonArray()}})
                     .status,
                 400);
        const QJsonObject dup{{QStringLiteral("updateDetails"),
                               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Server")},
                                                      {QStringLiteral("newValue"), QStringLiteral("a")}},
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Server")},
                                                      {QStringLiteral("newValue"), QStringLiteral("b")}}}}};
        QCOMPARE(
            call("POST", ds(kFabrikam) + QStringLiteral("/Default.UpdateParameters"), kFabrikam, dup).status,
            400);
    }

    void datasourcesValidate()
    {
        const HttpResult r = call("GET", ds(kFabrikam) + QStringLiteral("/datasources"), kFabrikam);
        expectValid(QStringLiteral("Datasets_GetDatasourcesInGroup"), r);
        const QJsonObject src = r.json.value(QLatin1String("value")).toArray().first().toObject();
        QCOMPARE(src.value(QLatin1String("datasourceType")).toString(), QStringLiteral("Sql"));
        QVERIFY(!src.value(QLatin1String("gatewayId")).toString().isEmpty());
        QVERIFY(src.value(QLatin1String("connectionDetails")).isObject());
    }

    void refreshFailsWithoutCredentialsThenCompletes()
    {
        const QJsonObject failed = refreshAndWait(kWoodgrove, kWoodgrove);
        QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
        QVERIFY(failed.value(QLatin1String("serviceExceptionJson"))
                    .toString()
                    .contains(QLatin1String("ModelRefreshFailed_CredentialsNotSpecified")));
        QVERIFY(failed.contains(QLatin1String("endTime")));

        // Bad credential bodies are refused without echoing the secret.
        const QJsonObject source = firstDatasource(kWoodgrove, kWoodgrove);
        QJsonObject badType = basicCredentials(kSecret);
        QJsonObject details = badType.value(QLatin1String("credentialDetails")).toObject();
        details.insert(QStringLiteral("credentialType"), QStringLiteral("Password"));
        badType.insert(QStringLiteral("credentialDetails"), details);
        QCOMPARE(patchCredentials(source, kWoodgrove, badType).status, 400);
        const HttpResult noPassword = patchCredentials(source, kWoodgrove, basicCredentials(QString()));
        QCOMPARE(noPassword.status, 400);
        QVERIFY(!noPassword.body.contains(kSecret.toUtf8()));
        // Another profile cannot reach the data source.
        QCOMPARE(patchCredentials(source, kFabrikam, basicCredentials(kSecret)).status, 404);

        const HttpResult patched = patchCredentials(source, kWoodgrove, basicCredentials(kSecret));
        QCOMPARE(patched.status, 200);
        QVERIFY(patched.body.isEmpty());
        const QJsonObject done = refreshAndWait(kWoodgrove, kWoodgrove);
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
        QVERIFY(!done.contains(QLatin1String("serviceExceptionJson")));
        const HttpResult history = call("GET", ds(kWoodgrove) + QStringLiteral("/refreshes"), kWoodgrove);
        expectValid(QStringLiteral("Datasets_GetRefreshHistoryInGroup"), history);
        QVERIFY(history.json.value(QLatin1String("value")).toArray().size() >= 5); // 3 seeded + 2 new
        // The secret is in no answer and not in the state.
        QVERIFY(!QJsonDocument(m_server->state()->toJson()).toJson().contains(kSecret.toUtf8()));
    }

    void refreshIsAsynchronous()
    {
        // Long enough to see the running state on a loaded machine; restored at the end.
        emu::JobSettings slow = m_server->jobSettings();
        slow.refreshDelayMs = 800;
        m_server->setJobSettings(slow);
        const HttpResult started = call("POST", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam);
        QCOMPARE(started.status, 202);
        QVERIFY(started.body.isEmpty());
        QUrlQuery top;
        top.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
        const HttpResult running =
            call("GET", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam, {}, top);
        expectValid(QStringLiteral("Datasets_GetRefreshHistoryInGroup"), running);
        const QJsonArray value = running.json.value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 1);
        QCOMPARE(value.first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(!value.first().toObject().contains(QLatin1String("endTime")));
        QCOMPARE(value.first().toObject().value(QLatin1String("refreshType")).toString(),
                 QStringLiteral("ViaApi"));
        // A second refresh while one runs is refused.
        QCOMPARE(call("POST", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam).status, 400);
        QTRY_COMPARE_WITH_TIMEOUT(
            call("GET", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam, {}, top)
                .json.value(QLatin1String("value"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("status"))
                .toString(),
            QStringLiteral("Completed"), 5000);
        // Forced failure through the control hook.
        QCOMPARE(
            m_client->send("PUT", QStringLiteral("/_emulator/settings"), {}, R"({"failNextRefreshes":1})")
                .status,
            200);
        QCOMPARE(refreshAndWait(kFabrikam, kFabrikam).value(QLatin1String("status")).toString(),
                 QStringLiteral("Failed"));
        // An enhanced refresh answers x-ms-request-id and Location; its execution details are 202
        // while it runs and 200 when it is done.
        const HttpResult enhanced = call("POST", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam,
                                         {{QStringLiteral("type"), QStringLiteral("full")},
                                          {QStringLiteral("commitMode"), QStringLiteral("transactional")}});
        QCOMPARE(enhanced.status, 202);
        const QString refreshId = QString::fromLatin1(enhanced.header("x-ms-request-id"));
        QVERIFY(!refreshId.isEmpty());
        QVERIFY(enhanced.header("Location").endsWith(refreshId.toLatin1()));
        const QString detailPath = ds(kFabrikam) + QStringLiteral("/refreshes/") + refreshId;
        const HttpResult runningDetail = call("GET", detailPath, kFabrikam);
        QCOMPARE(runningDetail.status, 202);
        QCOMPARE(runningDetail.json.value(QLatin1String("extendedStatus")).toString(),
                 QStringLiteral("InProgress"));
        QVERIFY(m_validator
                    .validate(runningDetail.json,
                              m_validator.responseSchema(
                                  QStringLiteral("Datasets_GetRefreshExecutionDetailsInGroup"),
                                  QStringLiteral("202")))
                    .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", detailPath, kFabrikam).status, 200, 5000);
        expectValid(QStringLiteral("Datasets_GetRefreshExecutionDetailsInGroup"),
                    call("GET", detailPath, kFabrikam));
        QCOMPARE(call("GET",
                      ds(kFabrikam) + QStringLiteral("/refreshes/") + emu::DemoSeed::id(QStringLiteral("x")),
                      kFabrikam)
                     .status,
                 404);
        slow.refreshDelayMs = 60;
        m_server->setJobSettings(slow);
        // $top must be >= 1.
        QUrlQuery zero;
        zero.addQueryItem(QStringLiteral("$top"), QStringLiteral("0"));
        QCOMPARE(call("GET", ds(kFabrikam) + QStringLiteral("/refreshes"), kFabrikam, {}, zero).status, 400);
    }

    void takeOverChangesOwnerAndClearsCredentials()
    {
        // The app (no profile header) is Admin of the legacy workspace; the master user owns the model.
        const QString legacyModel = ds(kLegacy);
        QCOMPARE(call("GET", legacyModel, QString()).json.value(QLatin1String("configuredBy")).toString(),
                 QStringLiteral("embed.master@contoso-isv.example"));
        const QJsonObject update{
            {QStringLiteral("updateDetails"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Server")},
                                    {QStringLiteral("newValue"), QStringLiteral("x")}}}}};
        const HttpResult notOwner =
            call("POST", legacyModel + QStringLiteral("/Default.UpdateParameters"), QString(), update);
        QCOMPARE(notOwner.status, 401);
        const QJsonObject source = firstDatasource(kLegacy, QString());
        QCOMPARE(patchCredentials(source, QString(), basicCredentials(kSecret)).status, 401);
        QCOMPARE(refreshAndWait(kLegacy, QString()).value(QLatin1String("status")).toString(),
                 QStringLiteral("Completed"));

        const HttpResult took = call("POST", legacyModel + QStringLiteral("/Default.TakeOver"), QString());
        QCOMPARE(took.status, 200);
        QVERIFY(took.body.isEmpty());
        QCOMPARE(call("GET", legacyModel, QString()).json.value(QLatin1String("configuredBy")).toString(),
                 m_server->primaryServicePrincipal().displayName);
        QCOMPARE(
            call("POST", legacyModel + QStringLiteral("/Default.UpdateParameters"), QString(), update).status,
            200);
        // Credentials must be entered again by the new owner.
        QCOMPARE(refreshAndWait(kLegacy, QString()).value(QLatin1String("status")).toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(patchCredentials(source, QString(), basicCredentials(kSecret)).status, 200);
        QCOMPARE(refreshAndWait(kLegacy, QString()).value(QLatin1String("status")).toString(),
                 QStringLiteral("Completed"));
    }

    void stateFileHasNoCredentialString()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        emu::EmulatorOptions options;
        options.statePath = path;
        options.jobs.refreshDelayMs = 20;
        {
            emu::EmulatorServer server;
            QString error;
            QVERIFY2(server.start(options, &error), qPrintable(error));
            EmuTestClient client(server);
            const QString token = client.primaryToken();
            const QJsonObject source = client
                                           .rest("GET", ds(kWoodgrove) + QStringLiteral("/datasources"),
                                                 token, profileId(kWoodgrove))
                                           .json.value(QLatin1String("value"))
                                           .toArray()
                                           .first()
                                           .toObject();
            const HttpResult r = client.rest("PATCH",
                                             QStringLiteral("gateways/%1/datasources/%2")
                                                 .arg(source.value(QLatin1String("gatewayId")).toString(),
                                                      source.value(QLatin1String("datasourceId")).toString()),
                                             token, profileId(kWoodgrove), basicCredentials(kSecret));
            QCOMPARE(r.status, 200);
            server.saveState();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"credentialType\":\"Basic\"") ||
                saved.contains("\"credentialType\": \"Basic\""));
        QVERIFY(!saved.contains(kSecret.toUtf8()));
        QVERIFY(!saved.contains("credentialData"));
        // Reloaded, the credentials are still known to be set: the refresh completes.
        emu::EmulatorServer reloaded;
        QString error;
        QVERIFY2(reloaded.start(options, &error), qPrintable(error));
        EmuTestClient client(reloaded);
        const QString token = client.primaryToken();
        QCOMPARE(
            client.rest("POST", ds(kWoodgrove) + QStringLiteral("/refreshes"), token, profileId(kWoodgrove))
                .status,
            202);
        QTRY_COMPARE_WITH_TIMEOUT(
            client.rest("GET", ds(kWoodgrove) + QStringLiteral("/refreshes"), token, profileId(kWoodgrove))
                .json.value(QLatin1String("value"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("status"))
                .toString(),
            QStringLiteral("Completed"), 5000);
    }

    void generateTokenSucceeds()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpResult r = generate(
            kFabrikam, {{QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}},
                        {QStringLiteral("datasets"), QJsonArray{ids(datasetId(kFabrikam))}},
                        {QStringLiteral("targetWorkspaces"), QJsonArray{ids(workspaceId(kFabrikam))}}});
        expectValid(QStringLiteral("EmbedToken_GenerateToken"), r);
        QVERIFY(!r.json.value(QLatin1String("token")).toString().isEmpty());
        const QDateTime expiration =
            QDateTime::fromString(r.json.value(QLatin1String("expiration")).toString(), Qt::ISODate);
        QVERIFY(expiration.isValid());
        QVERIFY(qAbs(before.secsTo(expiration) - 3600) < 60);
        const HttpResult shortLived =
            generate(kFabrikam, {{QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}},
                                 {QStringLiteral("lifetimeInMinutes"), 10}});
        expectValid(QStringLiteral("EmbedToken_GenerateToken"), shortLived);
        const QDateTime shortExp =
            QDateTime::fromString(shortLived.json.value(QLatin1String("expiration")).toString(), Qt::ISODate);
        QVERIFY(qAbs(before.secsTo(shortExp) - 600) < 60);
        // Per report in group.
        const HttpResult v1 = call("POST",
                                   QStringLiteral("groups/%1/reports/%2/GenerateToken")
                                       .arg(workspaceId(kFabrikam), reportId(kFabrikam)),
                                   kFabrikam, {{QStringLiteral("accessLevel"), QStringLiteral("View")}});
        expectValid(QStringLiteral("Reports_GenerateTokenInGroup"), v1);
    }

    void generateTokenWithoutAccess()
    {
        // Another customer's report and model, a workspace the profile is not in, an unknown id.
        const HttpResult report =
            generate(kNorthwind, {{QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}}});
        QCOMPARE(report.status, 401);
        QCOMPARE(report.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        const HttpResult model =
            generate(kNorthwind, {{QStringLiteral("datasets"), QJsonArray{ids(datasetId(kFabrikam))}}});
        QCOMPARE(model.status, 401);
        const HttpResult target = generate(
            kFabrikam, {{QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}},
                        {QStringLiteral("targetWorkspaces"), QJsonArray{ids(workspaceId(kNorthwind))}}});
        QCOMPARE(target.status, 401);
        const HttpResult unknown = generate(
            kFabrikam,
            {{QStringLiteral("reports"), QJsonArray{ids(emu::DemoSeed::id(QStringLiteral("nope")))}}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
        QCOMPARE(generate(kFabrikam, {}).status, 400);
        // Per report in group: not a member of the workspace.
        QCOMPARE(call("POST",
                      QStringLiteral("groups/%1/reports/%2/GenerateToken")
                          .arg(workspaceId(kFabrikam), reportId(kFabrikam)),
                      kNorthwind, {{QStringLiteral("accessLevel"), QStringLiteral("View")}})
                     .status,
                 404);
    }

    void generateTokenRowLevelSecurity()
    {
        const QString model = datasetId(kNorthwind);
        const QJsonArray reports{ids(reportId(kNorthwind))};
        auto withIdentity = [&](const QJsonArray &roles) {
            QJsonObject identity{{QStringLiteral("username"), QStringLiteral("anna@northwind.example")},
                                 {QStringLiteral("datasets"), QJsonArray{model}}};
            if (!roles.isEmpty())
                identity.insert(QStringLiteral("roles"), roles);
            return QJsonObject{{QStringLiteral("reports"), reports},
                               {QStringLiteral("datasets"), QJsonArray{ids(model)}},
                               {QStringLiteral("identities"), QJsonArray{identity}}};
        };
        const HttpResult none = generate(kNorthwind, {{QStringLiteral("reports"), reports},
                                                      {QStringLiteral("datasets"), QJsonArray{ids(model)}}});
        QCOMPARE(none.status, 400);
        QVERIFY(none.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("requires effective identity")));
        QCOMPARE(generate(kNorthwind, withIdentity({})).status, 400); // roles required
        const HttpResult badRole = generate(kNorthwind, withIdentity({QStringLiteral("Auditor")}));
        QCOMPARE(badRole.status, 400);
        QVERIFY(badRole.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Auditor")));
        expectValid(QStringLiteral("EmbedToken_GenerateToken"),
                    generate(kNorthwind, withIdentity({QStringLiteral("Customer")})));
        // An identity for a model without RLS is refused.
        QJsonObject extra{
            {QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}},
            {QStringLiteral("identities"),
             QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("x")},
                                    {QStringLiteral("datasets"), QJsonArray{datasetId(kFabrikam)}}}}}};
        QCOMPARE(generate(kFabrikam, extra).status, 400);
    }

    void faultsApplyToNewEndpoints()
    {
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        m_server->setFaults(faults);
        const HttpResult r =
            generate(kFabrikam, {{QStringLiteral("reports"), QJsonArray{ids(reportId(kFabrikam))}}});
        const HttpResult p = call("GET", ds(kFabrikam) + QStringLiteral("/parameters"), kFabrikam);
        m_server->setFaults(emu::FaultSettings());
        QCOMPARE(r.status, 500);
        QCOMPARE(p.status, 500);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorModels)
#include "tst_emulator_models.moc"
