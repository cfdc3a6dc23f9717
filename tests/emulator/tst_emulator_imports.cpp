// Imports: multipart upload of a .pbix, Publishing -> Succeeded/Failed, nameConflict modes, malformed
// bodies, large uploads; responses validated against the swagger by operationId.
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "MultipartParser.h"
#include "SwaggerValidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kBoundary = "----TenantDeskBoundary7d1f";
const QString kProfile = QStringLiteral("C0001 \u2013 Fabrikam");

QString profileId()
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + kProfile);
}
QString workspaceId()
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + kProfile);
}

QByteArray multipart(const QByteArray &file, const QByteArray &fileName = "report.pbix")
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName +
           "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file + "\r\n--" + kBoundary + "--\r\n";
}
} // namespace

class TestEmulatorImports : public QObject
{
    Q_OBJECT
private:
    SwaggerValidator m_validator;
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;
    QByteArray m_sample;

    void expectValid(const QString &operationId, const HttpResult &r,
                     const QString &status = QStringLiteral("200"))
    {
        QVERIFY2(
            r.status == status.toInt(),
            qPrintable(
                QStringLiteral("%1 -> %2 %3").arg(operationId).arg(r.status).arg(QString::fromUtf8(r.body))));
        const QStringList errors =
            m_validator.validate(r.json, m_validator.responseSchema(operationId, status));
        QVERIFY2(errors.isEmpty(),
                 qPrintable(operationId + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
    }

    HttpResult postImport(const QByteArray &body, const QString &name, const QString &conflict = {},
                          const QByteArray &contentType = "multipart/form-data; boundary=" + kBoundary)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("datasetDisplayName"), name);
        if (!conflict.isEmpty())
            q.addQueryItem(QStringLiteral("nameConflict"), conflict);
        return m_client->send("POST", QStringLiteral("/v1.0/myorg/groups/%1/imports").arg(workspaceId()), q,
                              body,
                              {{"Authorization", "Bearer " + m_token.toLatin1()},
                               {"X-PowerBI-Profile-Id", profileId().toLatin1()}},
                              contentType);
    }

    HttpResult get(const QString &path)
    {
        return m_client->rest("GET", QStringLiteral("groups/%1/%2").arg(workspaceId(), path), m_token,
                              profileId());
    }

    // Polls the import until it leaves Publishing; returns the final GET.
    HttpResult waitImport(const QString &importId)
    {
        HttpResult r;
        for (int i = 0; i < 100; ++i) {
            r = get(QStringLiteral("imports/") + importId);
            if (r.json.value(QLatin1String("importState")).toString() != QLatin1String("Publishing"))
                break;
            QTest::qWait(20);
        }
        return r;
    }

    // Uploads and waits; returns the final import.
    QJsonObject importFile(const QByteArray &file, const QString &name, const QString &conflict = {})
    {
        const HttpResult posted = postImport(multipart(file), name, conflict);
        if (posted.status != 202)
            qWarning("import %s -> %d %s", qPrintable(name), posted.status, posted.body.constData());
        return waitImport(posted.json.value(QLatin1String("id")).toString()).json;
    }

    QJsonArray datasetsNamed(const QString &name)
    {
        QJsonArray out;
        for (const auto v : get(QStringLiteral("datasets")).json.value(QLatin1String("value")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                out.append(v);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_validator.load(QStringLiteral(TD_TEST_DATA_DIR "/powerbi-rest-swagger.json"), &error),
                 qPrintable(error));
        QFile sample(QStringLiteral(TD_TEST_DATA_DIR "/../../resources/demo/sample-report.pbix"));
        QVERIFY2(sample.open(QIODevice::ReadOnly), qPrintable(sample.fileName()));
        m_sample = sample.readAll();
        emu::EmulatorOptions options;
        options.jobs.importDelayMs = 60;
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

    void sampleUploadSucceedsOwnedByCaller()
    {
        // Long enough to see Publishing on a loaded machine.
        emu::JobSettings slow = m_server->jobSettings();
        slow.importDelayMs = 800;
        m_server->setJobSettings(slow);
        const HttpResult posted = postImport(multipart(m_sample), QStringLiteral("Customer Report.pbix"));
        expectValid(QStringLiteral("Imports_PostImportInGroup"), posted, QStringLiteral("202"));
        const QString importId = posted.json.value(QLatin1String("id")).toString();
        const HttpResult first = get(QStringLiteral("imports/") + importId);
        expectValid(QStringLiteral("Imports_GetImportInGroup"), first);
        QCOMPARE(first.json.value(QLatin1String("importState")).toString(), QStringLiteral("Publishing"));
        QVERIFY(first.json.value(QLatin1String("datasets")).toArray().isEmpty());

        slow.importDelayMs = 60;
        m_server->setJobSettings(slow);
        const HttpResult done = waitImport(importId);
        expectValid(QStringLiteral("Imports_GetImportInGroup"), done);
        QCOMPARE(done.json.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(done.json.value(QLatin1String("name")).toString(), QStringLiteral("Customer Report.pbix"));
        const QJsonArray datasets = done.json.value(QLatin1String("datasets")).toArray();
        const QJsonArray reports = done.json.value(QLatin1String("reports")).toArray();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(reports.size(), 1);
        const QJsonObject model = datasets.first().toObject();
        const QString datasetId = model.value(QLatin1String("id")).toString();
        QCOMPARE(model.value(QLatin1String("name")).toString(), QStringLiteral("Customer Report"));
        QCOMPARE(model.value(QLatin1String("configuredBy")).toString(), kProfile);
        QCOMPARE(reports.first().toObject().value(QLatin1String("datasetId")).toString(), datasetId);
        // The new items are in the workspace lists.
        const HttpResult report = get(QStringLiteral("reports/") +
                                      reports.first().toObject().value(QLatin1String("id")).toString());
        QCOMPARE(report.status, 200);
        QCOMPARE(report.json.value(QLatin1String("datasetId")).toString(), datasetId);
        // The manifest's parameters and data source.
        const HttpResult params = get(QStringLiteral("datasets/%1/parameters").arg(datasetId));
        expectValid(QStringLiteral("Datasets_GetParametersInGroup"), params);
        const QJsonArray p = params.json.value(QLatin1String("value")).toArray();
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Server"));
        QCOMPARE(p.at(1).toObject().value(QLatin1String("currentValue")).toString(),
                 QStringLiteral("CustomerTemplate"));
        const HttpResult sources = get(QStringLiteral("datasets/%1/datasources").arg(datasetId));
        expectValid(QStringLiteral("Datasets_GetDatasourcesInGroup"), sources);
        const QJsonObject src = sources.json.value(QLatin1String("value")).toArray().first().toObject();
        QCOMPARE(src.value(QLatin1String("datasourceType")).toString(), QStringLiteral("Sql"));
        QCOMPARE(src.value(QLatin1String("connectionDetails"))
                     .toObject()
                     .value(QLatin1String("database"))
                     .toString(),
                 QStringLiteral("CustomerTemplate"));
        QVERIFY(!src.value(QLatin1String("datasourceId")).toString().isEmpty());
        // The list of imports.
        const HttpResult list = get(QStringLiteral("imports"));
        expectValid(QStringLiteral("Imports_GetImportsInGroup"), list);
        bool listed = false;
        for (const auto v : list.json.value(QLatin1String("value")).toArray())
            listed = listed || v.toObject().value(QLatin1String("id")).toString() == importId;
        QVERIFY(listed);
    }

    void ignoreCreatesDuplicates()
    {
        QCOMPARE(importFile(m_sample, QStringLiteral("Dup"), QStringLiteral("Ignore"))
                     .value(QLatin1String("importState"))
                     .toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(importFile(m_sample, QStringLiteral("Dup")).value(QLatin1String("importState")).toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(datasetsNamed(QStringLiteral("Dup")).size(), 2);
        // Overwrite / CreateOrOverwrite refuse more than one match.
        for (const QString &mode : {QStringLiteral("Overwrite"), QStringLiteral("CreateOrOverwrite")}) {
            const HttpResult r = postImport(multipart(m_sample), QStringLiteral("Dup"), mode);
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), QStringLiteral("MoreThanOneDuplicatePackageFoundError"));
        }
    }

    void abortRefusesExistingName()
    {
        QCOMPARE(importFile(m_sample, QStringLiteral("Aborting"), QStringLiteral("Abort"))
                     .value(QLatin1String("importState"))
                     .toString(),
                 QStringLiteral("Succeeded"));
        const HttpResult r =
            postImport(multipart(m_sample), QStringLiteral("aborting"), QStringLiteral("Abort"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("DuplicatePackageFoundError"));
        QCOMPARE(datasetsNamed(QStringLiteral("Aborting")).size(), 1);
    }

    void overwriteKeepsTheModel()
    {
        const HttpResult none =
            postImport(multipart(m_sample), QStringLiteral("Overwritten"), QStringLiteral("Overwrite"));
        QCOMPARE(none.status, 404);
        QCOMPARE(none.errorCode(), QStringLiteral("DuplicatePackageNotFoundError"));
        const QJsonObject first =
            importFile(m_sample, QStringLiteral("Overwritten"), QStringLiteral("CreateOrOverwrite"));
        QCOMPARE(first.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        const QString datasetId = first.value(QLatin1String("datasets"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("id"))
                                      .toString();
        const QString reportId = first.value(QLatin1String("reports"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
        for (const QString &mode : {QStringLiteral("Overwrite"), QStringLiteral("CreateOrOverwrite")}) {
            const QJsonObject again = importFile(m_sample, QStringLiteral("Overwritten"), mode);
            QCOMPARE(again.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
            QCOMPARE(again.value(QLatin1String("datasets"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString(),
                     datasetId);
            QCOMPARE(again.value(QLatin1String("reports"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString(),
                     reportId);
        }
        QCOMPARE(datasetsNamed(QStringLiteral("Overwritten")).size(), 1);
    }

    // The reference: GenerateUniqueName names a new dataflow; for .pbix imports the service refuses it.
    void generateUniqueNameIsRefusedForPbix()
    {
        QCOMPARE(
            importFile(m_sample, QStringLiteral("Unique")).value(QLatin1String("importState")).toString(),
            QStringLiteral("Succeeded"));
        const HttpResult refused =
            postImport(multipart(m_sample), QStringLiteral("Unique"), QStringLiteral("GenerateUniqueName"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("InvalidRequest"));
        QCOMPARE(datasetsNamed(QStringLiteral("Unique")).size(), 1);
        QCOMPARE(datasetsNamed(QStringLiteral("Unique (2)")).size(), 0);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("conflict");
        const QByteArray ct = "multipart/form-data; boundary=" + kBoundary;
        QTest::newRow("no boundary") << multipart(m_sample) << QByteArray("multipart/form-data")
                                     << QStringLiteral("X") << QString();
        QTest::newRow("no closing boundary")
            << multipart(m_sample).chopped(kBoundary.size() + 6) << ct << QStringLiteral("X") << QString();
        QTest::newRow("wrong boundary")
            << multipart(m_sample).replace(kBoundary, "other") << ct << QStringLiteral("X") << QString();
        QTest::newRow("no disposition")
            << QByteArray("--" + kBoundary + "\r\nContent-Type: application/octet-stream\r\n\r\nPK\r\n--" +
                          kBoundary + "--\r\n")
            << ct << QStringLiteral("X") << QString();
        QTest::newRow("headers not ended")
            << QByteArray("--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n--" +
                          kBoundary + "--\r\n")
            << ct << QStringLiteral("X") << QString();
        QTest::newRow("not multipart")
            << QByteArray("{}") << QByteArray("application/json") << QStringLiteral("X") << QString();
        QTest::newRow("no datasetDisplayName") << multipart(m_sample) << ct << QString() << QString();
        QTest::newRow("bad nameConflict")
            << multipart(m_sample) << ct << QStringLiteral("X") << QStringLiteral("Replace");
    }
    void badRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, name);
        QFETCH(QString, conflict);
        const int before = get(QStringLiteral("imports")).json.value(QLatin1String("value")).toArray().size();
        const HttpResult r = postImport(body, name, conflict, contentType);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidRequest"));
        QVERIFY(!r.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(get(QStringLiteral("imports")).json.value(QLatin1String("value")).toArray().size(), before);
    }

    void notAZipFails()
    {
        const QJsonObject job = importFile("This is a text file, not a pbix.", QStringLiteral("Broken"));
        QCOMPARE(job.value(QLatin1String("importState")).toString(), QStringLiteral("Failed"));
        QVERIFY(job.value(QLatin1String("datasets")).toArray().isEmpty());
        QVERIFY(
            !job.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString().isEmpty());
        QVERIFY(datasetsNamed(QStringLiteral("Broken")).isEmpty());
    }

    void zipWithoutManifestGetsDefaults()
    {
        QByteArray zip = m_sample;
        zip.replace("TenantDesk/emulator-manifest.json", "TenantDesk/something-else.jsonx");
        const QJsonObject job = importFile(zip, QStringLiteral("Plain"));
        QCOMPARE(job.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        const QString datasetId = job.value(QLatin1String("datasets"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("id"))
                                      .toString();
        QVERIFY(get(QStringLiteral("datasets/%1/parameters").arg(datasetId))
                    .json.value(QLatin1String("value"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(get(QStringLiteral("datasets/%1/datasources").arg(datasetId))
                     .json.value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 1);
    }

    void controlHookFailsNextImport()
    {
        const HttpResult set =
            m_client->send("PUT", QStringLiteral("/_emulator/settings"), {}, R"({"failNextImports":1})");
        QCOMPARE(set.status, 200);
        QCOMPARE(
            importFile(m_sample, QStringLiteral("Forced")).value(QLatin1String("importState")).toString(),
            QStringLiteral("Failed"));
        QCOMPARE(
            importFile(m_sample, QStringLiteral("Forced")).value(QLatin1String("importState")).toString(),
            QStringLiteral("Succeeded"));
    }

    void nonMemberGetsNotFound()
    {
        const QString other = emu::DemoSeed::id(QStringLiteral("profile:C0002 \u2013 Northwind Traders"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("datasetDisplayName"), QStringLiteral("X"));
        const HttpResult r = m_client->send(
            "POST", QStringLiteral("/v1.0/myorg/groups/%1/imports").arg(workspaceId()), q,
            multipart(m_sample),
            {{"Authorization", "Bearer " + m_token.toLatin1()}, {"X-PowerBI-Profile-Id", other.toLatin1()}},
            "multipart/form-data; boundary=" + kBoundary);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
    }

    void skipReportCreatesOnlyTheModel()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("datasetDisplayName"), QStringLiteral("Model Only"));
        q.addQueryItem(QStringLiteral("skipReport"), QStringLiteral("true"));
        const HttpResult posted =
            m_client->send("POST", QStringLiteral("/v1.0/myorg/groups/%1/imports").arg(workspaceId()), q,
                           multipart(m_sample),
                           {{"Authorization", "Bearer " + m_token.toLatin1()},
                            {"X-PowerBI-Profile-Id", profileId().toLatin1()}},
                           "multipart/form-data; boundary=" + kBoundary);
        QCOMPARE(posted.status, 202);
        const HttpResult done = waitImport(posted.json.value(QLatin1String("id")).toString());
        QCOMPARE(done.json.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(done.json.value(QLatin1String("datasets")).toArray().size(), 1);
        QVERIFY(done.json.value(QLatin1String("reports")).toArray().isEmpty());
    }

    // Imports and the imported model survive a restart with a state file.
    void importsArePersisted()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        options.jobs.importDelayMs = 10;
        QString importId;
        {
            emu::EmulatorServer server;
            QString error;
            QVERIFY2(server.start(options, &error), qPrintable(error));
            EmuTestClient client(server);
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("datasetDisplayName"), QStringLiteral("Persisted"));
            const QList<QPair<QByteArray, QByteArray>> headers{
                {"Authorization", "Bearer " + client.primaryToken().toLatin1()},
                {"X-PowerBI-Profile-Id", profileId().toLatin1()}};
            const HttpResult posted =
                client.send("POST", QStringLiteral("/v1.0/myorg/groups/%1/imports").arg(workspaceId()), q,
                            multipart(m_sample), headers, "multipart/form-data; boundary=" + kBoundary);
            QCOMPARE(posted.status, 202);
            importId = posted.json.value(QLatin1String("id")).toString();
            QTRY_COMPARE_WITH_TIMEOUT(
                client
                    .send("GET",
                          QStringLiteral("/v1.0/myorg/groups/%1/imports/%2").arg(workspaceId(), importId), {},
                          {}, headers)
                    .json.value(QLatin1String("importState"))
                    .toString(),
                QStringLiteral("Succeeded"), 5000);
            server.saveState();
        }
        emu::EmulatorServer reloaded;
        QString error;
        QVERIFY2(reloaded.start(options, &error), qPrintable(error));
        EmuTestClient client(reloaded);
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", "Bearer " + client.primaryToken().toLatin1()},
            {"X-PowerBI-Profile-Id", profileId().toLatin1()}};
        const HttpResult job = client.send(
            "GET", QStringLiteral("/v1.0/myorg/groups/%1/imports/%2").arg(workspaceId(), importId), {}, {},
            headers);
        expectValid(QStringLiteral("Imports_GetImportInGroup"), job);
        QCOMPARE(job.json.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        const QJsonObject model = job.json.value(QLatin1String("datasets")).toArray().first().toObject();
        QCOMPARE(model.value(QLatin1String("configuredBy")).toString(), kProfile);
        const HttpResult params =
            client.send("GET",
                        QStringLiteral("/v1.0/myorg/groups/%1/datasets/%2/parameters")
                            .arg(workspaceId(), model.value(QLatin1String("id")).toString()),
                        {}, {}, headers);
        QCOMPARE(params.json.value(QLatin1String("value")).toArray().size(), 2);
    }

    // The parser keeps each part's bytes exactly (binary, CRLFs, NULs), skips a preamble and reads
    // quoted and unquoted parameters.
    void parserKeepsBytes()
    {
        QByteArray binary("PK\x03\x04\0\r\n--not-the-boundary\r\n\xff\0end", 32);
        const QByteArray body =
            "preamble\r\n--b1\r\nContent-Disposition: form-data; name=title\r\n\r\nhello\r\n"
            "--b1\r\ncontent-disposition: form-data; name=\"file\"; filename=\"r.pbix\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n" +
            binary + "\r\n--b1--\r\nepilogue";
        QList<emu::MultipartPart> parts;
        QString error;
        QVERIFY2(emu::MultipartParser::parse("multipart/form-data; boundary=\"b1\"", body, &parts, &error),
                 qPrintable(error));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, QStringLiteral("title"));
        QCOMPARE(parts.at(0).data, QByteArray("hello"));
        QCOMPARE(parts.at(1).fileName, QStringLiteral("r.pbix"));
        QCOMPARE(parts.at(1).contentType, QByteArray("application/octet-stream"));
        QCOMPARE(parts.at(1).data, binary);
        QVERIFY(!emu::MultipartParser::parse("multipart/form-data; boundary=b2", body, &parts, &error));
        QVERIFY(!error.isEmpty());
    }

    void twentyMegabyteUpload()
    {
        // The sample's ZIP followed by 20 MB of filler: the manifest is still found by scanning.
        QByteArray big = m_sample;
        big.append(QByteArray(20 * 1024 * 1024, 'x'));
        QElapsedTimer timer;
        timer.start();
        const HttpResult posted = postImport(multipart(big), QStringLiteral("Big Report"));
        QCOMPARE(posted.status, 202);
        const HttpResult done = waitImport(posted.json.value(QLatin1String("id")).toString());
        QCOMPARE(done.json.value(QLatin1String("importState")).toString(), QStringLiteral("Succeeded"));
        qInfo("20 MB import: %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorImports)
#include "tst_emulator_imports.moc"
