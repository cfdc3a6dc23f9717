// Contract test: emulator answers validated against the swagger's response schemas by operationId.
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "SwaggerValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class TestEmulatorContract : public QObject
{
    Q_OBJECT
private:
    SwaggerValidator m_validator;
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;

    static QString profileId(const QString &display)
    {
        return emu::DemoSeed::id(QStringLiteral("profile:") + display);
    }
    static QString workspaceId(const QString &display)
    {
        return emu::DemoSeed::id(QStringLiteral("workspace:") + display);
    }

    void expectValid(const QString &operationId, const HttpResult &r)
    {
        QVERIFY2(
            r.status == 200,
            qPrintable(
                QStringLiteral("%1 -> %2 %3").arg(operationId).arg(r.status).arg(QString::fromUtf8(r.body))));
        const QJsonObject schema = m_validator.responseSchema(operationId);
        QVERIFY2(!schema.isEmpty(), qPrintable(operationId));
        const QStringList errors = m_validator.validate(r.json, schema);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(operationId + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
        QStringList notes;
        for (QString note : m_validator.casingNotes()) {
            note.replace(QRegularExpression(QStringLiteral("\\[\\d+\\]")), QStringLiteral("[]"));
            if (!notes.contains(note))
                notes.append(note);
        }
        for (const QString &note : notes)
            qInfo("%s casing: %s", qPrintable(operationId), qPrintable(note));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_validator.load(QStringLiteral(TD_TEST_DATA_DIR "/powerbi-rest-swagger.json"), &error),
                 qPrintable(error));
        m_server = std::make_unique<emu::EmulatorServer>();
        QVERIFY2(m_server->start(emu::EmulatorOptions(), &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    // The validator itself must catch wrong types, missing required fields, bad enums and bad uuids.
    void validatorSelfTest()
    {
        const QJsonObject capacity = m_validator.responseSchema(QStringLiteral("Capacities_GetCapacities"));
        const QJsonObject good{{QStringLiteral("id"), QStringLiteral("0f084df7-c13d-451b-af5f-ed0c466403b2")},
                               {QStringLiteral("state"), QStringLiteral("Active")},
                               {QStringLiteral("capacityUserAccessRight"), QStringLiteral("Admin")},
                               {QStringLiteral("admins"), QJsonArray{QStringLiteral("a@b.c")}}};
        QVERIFY(m_validator.validate(QJsonObject{{QStringLiteral("value"), QJsonArray{good}}}, capacity)
                    .isEmpty());

        QJsonObject missing = good;
        missing.remove(QStringLiteral("state"));
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("admins"), QStringLiteral("a@b.c"));
        QJsonObject badEnum = good;
        badEnum.insert(QStringLiteral("capacityUserAccessRight"), QStringLiteral("Owner"));
        QJsonObject badUuid = good;
        badUuid.insert(QStringLiteral("id"), QStringLiteral("not-a-guid"));
        for (const QJsonObject &bad : {missing, wrongType, badEnum, badUuid}) {
            const QStringList errors =
                m_validator.validate(QJsonObject{{QStringLiteral("value"), QJsonArray{bad}}}, capacity);
            QVERIFY2(!errors.isEmpty(), QJsonDocument(bad).toJson(QJsonDocument::Compact).constData());
        }
        // value must be an array; a boolean typed as string fails
        QVERIFY(
            !m_validator.validate(QJsonObject{{QStringLiteral("value"), QJsonObject()}}, capacity).isEmpty());
        const QJsonObject groups = m_validator.responseSchema(QStringLiteral("Groups_GetGroups"));
        const QJsonObject group{
            {QStringLiteral("id"), QStringLiteral("0f084df7-c13d-451b-af5f-ed0c466403b2")},
            {QStringLiteral("isReadOnly"), QStringLiteral("false")}};
        QVERIFY(!m_validator.validate(QJsonObject{{QStringLiteral("value"), QJsonArray{group}}}, groups)
                     .isEmpty());
        // casing differences are reported (Dataset: swagger IsRefreshable, wire isRefreshable)
        const QJsonObject datasets =
            m_validator.responseSchema(QStringLiteral("Datasets_GetDatasetsInGroup"));
        const QJsonObject ds{{QStringLiteral("id"), QStringLiteral("x")},
                             {QStringLiteral("isRefreshable"), true}};
        QVERIFY(
            m_validator.validate(QJsonObject{{QStringLiteral("value"), QJsonArray{ds}}}, datasets).isEmpty());
        QVERIFY(m_validator.casingNotes().join(QLatin1Char(' ')).contains(QLatin1String("IsRefreshable")));
        QVERIFY(
            !m_validator
                 .validate(QJsonObject{{QStringLiteral("value"),
                                        QJsonArray{QJsonObject{{QStringLiteral("isRefreshable"), true}}}}},
                           datasets)
                 .isEmpty()); // id required
    }

    void profiles()
    {
        const HttpResult created =
            m_client->rest("POST", QStringLiteral("profiles"), m_token, {},
                           {{QStringLiteral("displayName"), QStringLiteral("Contract profile")}});
        expectValid(QStringLiteral("Profiles_CreateProfile"), created);
        const QString id = created.json.value(QLatin1String("id")).toString();
        expectValid(QStringLiteral("Profiles_GetProfiles"),
                    m_client->rest("GET", QStringLiteral("profiles"), m_token));
        expectValid(QStringLiteral("Profiles_GetProfile"),
                    m_client->rest("GET", QStringLiteral("profiles/") + id, m_token));
        const HttpResult updated =
            m_client->rest("PUT", QStringLiteral("profiles/") + id, m_token, {},
                           {{QStringLiteral("displayName"), QStringLiteral("Contract profile 2")}});
        expectValid(QStringLiteral("Profiles_UpdateProfile"), updated);
        QCOMPARE(updated.json.value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Contract profile 2"));
        QVERIFY(m_validator.responseSchema(QStringLiteral("Profiles_DeleteProfile")).isEmpty()); // "no body"
        const HttpResult deleted = m_client->rest("DELETE", QStringLiteral("profiles/") + id, m_token);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.isEmpty());
    }

    void groups()
    {
        const QString profile = profileId(QStringLiteral("C0004 \u2013 Tailwind Foods"));
        expectValid(QStringLiteral("Groups_GetGroups"),
                    m_client->rest("GET", QStringLiteral("groups"), m_token));
        expectValid(QStringLiteral("Groups_GetGroups"),
                    m_client->rest("GET", QStringLiteral("groups"), m_token, profile));
        const HttpResult created =
            m_client->rest("POST", QStringLiteral("groups"), m_token, profile,
                           {{QStringLiteral("name"), QStringLiteral("Contract workspace")}},
                           QUrlQuery(QStringLiteral("workspaceV2=true")));
        expectValid(QStringLiteral("Groups_CreateGroup"), created);
        const QString ws = workspaceId(QStringLiteral("C0004 \u2013 Tailwind Foods"));
        expectValid(QStringLiteral("Groups_GetGroup"),
                    m_client->rest("GET", QStringLiteral("groups/") + ws, m_token, profile));
        expectValid(QStringLiteral("Groups_GetGroupUsers"),
                    m_client->rest("GET", QStringLiteral("groups/%1/users").arg(ws), m_token, profile));
        expectValid(QStringLiteral("Capacities_GetCapacities"),
                    m_client->rest("GET", QStringLiteral("capacities"), m_token, profile));
    }

    void items_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::newRow("C0004 paginated") << QStringLiteral("C0004 \u2013 Tailwind Foods");
        QTest::newRow("C0011 dashboards+dataflows") << QStringLiteral("C0011 \u2013 Coho Winery");
    }

    void items()
    {
        QFETCH(QString, customer);
        const QString profile = profileId(customer);
        const QString ws = workspaceId(customer);
        const struct
        {
            const char *op, *path;
        } ops[] = {{"Reports_GetReportsInGroup", "reports"},
                   {"Datasets_GetDatasetsInGroup", "datasets"},
                   {"Dashboards_GetDashboardsInGroup", "dashboards"},
                   {"Dataflows_GetDataflows", "dataflows"}};
        int nonEmpty = 0;
        for (const auto &op : ops) {
            const HttpResult r = m_client->rest(
                "GET", QStringLiteral("groups/%1/%2").arg(ws, QLatin1String(op.path)), m_token, profile);
            expectValid(QString::fromLatin1(op.op), r);
            nonEmpty += r.json.value(QLatin1String("value")).toArray().isEmpty() ? 0 : 1;
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(nonEmpty >= 2); // the validation above was not vacuous
        const QJsonArray reports =
            m_client->rest("GET", QStringLiteral("groups/%1/reports").arg(ws), m_token, profile)
                .json.value(QLatin1String("value"))
                .toArray();
        const QString reportId = reports.first().toObject().value(QLatin1String("id")).toString();
        expectValid(QStringLiteral("Reports_GetReportInGroup"),
                    m_client->rest("GET", QStringLiteral("groups/%1/reports/%2").arg(ws, reportId), m_token,
                                   profile));
    }

    void paginatedReportsHaveNoDataset()
    {
        const QString customer = QStringLiteral("C0004 \u2013 Tailwind Foods");
        const QJsonArray reports =
            m_client
                ->rest("GET", QStringLiteral("groups/%1/reports").arg(workspaceId(customer)), m_token,
                       profileId(customer))
                .json.value(QLatin1String("value"))
                .toArray();
        int paginated = 0;
        for (const auto v : reports) {
            const QJsonObject r = v.toObject();
            const bool isPaginated =
                r.value(QLatin1String("reportType")).toString() == QLatin1String("PaginatedReport");
            paginated += isPaginated;
            QCOMPARE(r.contains(QLatin1String("datasetId")), !isPaginated);
        }
        QVERIFY(paginated >= 1);
    }

    void datasetWireCasing()
    {
        const QString customer = QStringLiteral("C0004 \u2013 Tailwind Foods");
        const HttpResult r =
            m_client->rest("GET", QStringLiteral("groups/%1/datasets").arg(workspaceId(customer)), m_token,
                           profileId(customer));
        const QJsonObject ds = r.json.value(QLatin1String("value")).toArray().first().toObject();
        for (const char *key :
             {"isRefreshable", "isEffectiveIdentityRequired", "isEffectiveIdentityRolesRequired",
              "isOnPremGatewayRequired", "createdDate", "configuredBy", "targetStorageMode", "webUrl"})
            QVERIFY2(ds.contains(QLatin1String(key)), key);
        QVERIFY(!ds.contains(QLatin1String("IsRefreshable")));
        QVERIFY(r.json.contains(QLatin1String("@odata.context")));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorContract)
#include "tst_emulator_contract.moc"
