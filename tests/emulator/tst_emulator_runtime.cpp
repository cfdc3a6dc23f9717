// Emulator runtime behaviour: persistence, fault injection, latency, control endpoints, request log,
// and the pbi-emulator executable's startup line.
#include "EmuProcess.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestEmulatorRuntime : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<emu::EmulatorServer> startServer(const emu::EmulatorOptions &options)
    {
        auto server = std::make_unique<emu::EmulatorServer>();
        QString error;
        if (!server->start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

private Q_SLOTS:
    void persistence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        emu::EmulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        options.seed = QStringLiteral("empty");
        options.saveDelayMs = 50;
        QString profileId, groupId;
        {
            auto server = startServer(options);
            QVERIFY(server);
            EmuTestClient client(*server);
            const QString token = client.primaryToken();
            const HttpResult p = client.rest("POST", QStringLiteral("profiles"), token, {},
                                             {{QStringLiteral("displayName"), QStringLiteral("Persisted")}});
            QCOMPARE(p.status, 200);
            profileId = p.json.value(QLatin1String("id")).toString();
            const HttpResult g = client.rest("POST", QStringLiteral("groups"), token, profileId,
                                             {{QStringLiteral("name"), QStringLiteral("Persisted ws")}});
            QCOMPARE(g.status, 200);
            groupId = g.json.value(QLatin1String("id")).toString();
            QTRY_VERIFY_WITH_TIMEOUT(QFile(options.statePath).size() > 0, 2000);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QFile f(options.statePath);
                    return f.open(QIODevice::ReadOnly) && f.readAll().contains("Persisted ws");
                }(),
                2000);
            // no secrets or tokens in the state file
            QFile f(options.statePath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY(!content.contains(server->primaryServicePrincipal().clientSecret.toUtf8()));
            QVERIFY(!content.contains(token.toUtf8()));
        }
        auto server = startServer(options);
        QVERIFY(server);
        EmuTestClient client(*server);
        QCOMPARE(server->primaryServicePrincipal().clientSecret, QStringLiteral("tenantdesk-demo-secret"));
        const QString token = client.primaryToken();
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.rest("GET", QStringLiteral("profiles/") + profileId, token).status, 200);
        const HttpResult g = client.rest("GET", QStringLiteral("groups/") + groupId, token, profileId);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json.value(QLatin1String("name")).toString(), QStringLiteral("Persisted ws"));
    }

    void demoSeedIsDeterministic()
    {
        auto a = startServer(emu::EmulatorOptions());
        auto b = startServer(emu::EmulatorOptions());
        QVERIFY(a && b);
        QCOMPARE(a->state()->toJson(), b->state()->toJson());
        QCOMPARE(a->primaryServicePrincipal().clientId, b->primaryServicePrincipal().clientId);
    }

    void faultShares()
    {
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("empty");
        options.randomSeed = 42;
        auto server = startServer(options);
        QVERIFY(server);
        EmuTestClient client(*server);
        const QString token = client.primaryToken();
        emu::FaultSettings faults;
        faults.serverErrorShare = 0.2;
        faults.throttleShare = 0.1;
        faults.dropShare = 0.1;
        faults.throttleRetryAfterSecs = 7;
        server->setFaults(faults);
        server->clearRequestLog();
        QList<int> statuses;
        for (int i = 0; i < 300; ++i) {
            const HttpResult r = client.rest("GET", QStringLiteral("groups"), token);
            if (r.status == 429)
                QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            if (r.status == 500)
                QVERIFY(r.body == "An error has occurred" ||
                        r.errorCode() == QLatin1String("InternalServerError"));
        }
        for (const emu::RequestRecord &rec : server->requestLog())
            statuses.append(rec.status);
        const double n = statuses.size();
        QVERIFY(n >= 300);
        const double drops = statuses.count(0) / n, errors = statuses.count(500) / n,
                     throttles = statuses.count(429) / n;
        qInfo("n=%d drop=%.3f 500=%.3f 429=%.3f", int(n), drops, errors, throttles);
        QVERIFY(qAbs(drops - 0.1) < 0.05);
        QVERIFY(qAbs(errors - 0.2) < 0.06);
        QVERIFY(qAbs(throttles - 0.1) < 0.05);
        // same seed, same sequence
        auto sequence = [&](quint32 seed) {
            server->setRandomSeed(seed);
            server->clearRequestLog();
            for (int i = 0; i < 40; ++i)
                client.rest("GET", QStringLiteral("groups"), token);
            QList<int> s;
            for (const emu::RequestRecord &rec : server->requestLog())
                s.append(rec.status);
            return s;
        };
        QCOMPARE(sequence(7), sequence(7));
    }

    void latencyAndControlEndpoints()
    {
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("empty");
        auto server = startServer(options);
        QVERIFY(server);
        EmuTestClient client(*server);
        const QString token = client.primaryToken();
        HttpResult r =
            client.send("PUT", QStringLiteral("/_emulator/faults"), {}, R"({"latencyMs":250,"seed":5})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("latencyMs")).toInt(), 250);
        QCOMPARE(server->faults().latencyMs, 250);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.rest("GET", QStringLiteral("groups"), token).status, 200);
        QVERIFY(timer.elapsed() >= 240);
        timer.restart();
        QCOMPARE(client.send("GET", QStringLiteral("/_emulator/faults")).status,
                 200); // control calls are not delayed
        QVERIFY(timer.elapsed() < 240);
        QCOMPARE(client.send("PUT", QStringLiteral("/_emulator/faults"), {}, R"({"latencyMs":0})").status,
                 200);
        r = client.send("PUT", QStringLiteral("/_emulator/settings"), {},
                        R"({"tokenLifetimeSecs":120,"requestBudget":50,"budgetWindowSecs":10})");
        QCOMPARE(r.json.value(QLatin1String("tokenLifetimeSecs")).toInt(), 120);
        QCOMPARE(server->requestBudget(), 50);
        QCOMPARE(client
                     .tokenRequest(server->primaryServicePrincipal().tenantId,
                                   EmuTestClient::tokenForm(server->primaryServicePrincipal().clientId,
                                                            server->primaryServicePrincipal().clientSecret))
                     .json.value(QLatin1String("expires_in"))
                     .toInt(),
                 120);
        client.rest("GET", QStringLiteral("groups"), token,
                    QStringLiteral("0f084df7-c13d-451b-af5f-ed0c466403b2"));
        r = client.send("GET", QStringLiteral("/_emulator/requests"));
        const QJsonArray log = r.json.value(QLatin1String("value")).toArray();
        QVERIFY(log.size() >= 3);
        const QJsonObject last = log.last().toObject();
        QCOMPARE(last.value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(last.value(QLatin1String("profileHeaders")).toArray().size(), 1);
        QCOMPARE(last.value(QLatin1String("servicePrincipalId")).toString(),
                 server->primaryServicePrincipal().clientId);
        QVERIFY(!r.body.contains(token.toUtf8()));
        QCOMPARE(client.send("DELETE", QStringLiteral("/_emulator/requests")).status, 200);
        QCOMPARE(server->requestLog().size(), 0);
        QCOMPARE(client.send("POST", QStringLiteral("/_emulator/tokens/expire")).status, 200);
        QCOMPARE(client.rest("GET", QStringLiteral("groups"), token).status, 403);
    }

    void refusesNonLoopback()
    {
        emu::EmulatorOptions options;
        options.address = QHostAddress::Any;
        emu::EmulatorServer server;
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY(!error.isEmpty());
    }

    void shutdownSignalsSavePendingState_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void shutdownSignalsSavePendingState()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--state"),
                               dir.filePath(QStringLiteral("state.json"))};
        const QString name = QStringLiteral("Made right before signal %1").arg(signalNumber);
        QNetworkAccessManager nam;
        auto tokenFor = [&nam](const QJsonObject &info) {
            return emulatorProcessToken(nam, info).json.value(QLatin1String("access_token")).toString();
        };
        {
            QProcess process;
            const QJsonObject info = startEmulatorProcess(process, args);
            const QString token = tokenFor(info);
            QVERIFY(!token.isEmpty());
            const QUrl profiles(info.value(QLatin1String("baseUrl")).toString() + QLatin1String("/profiles"));
            const ProcessAnswer created = callEmulatorProcess(
                nam, "POST", profiles,
                QJsonDocument(QJsonObject{{QStringLiteral("displayName"), name}}).toJson(),
                "application/json", token);
            QVERIFY2(!created.json.value(QLatin1String("id")).toString().isEmpty(), created.body.constData());
            // At once: well within the debounced save's delay.
            QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }
        QProcess process;
        const QJsonObject info = startEmulatorProcess(process, args);
        const QString token = tokenFor(info);
        QVERIFY(!token.isEmpty());
        const ProcessAnswer list = callEmulatorProcess(
            nam, "GET", QUrl(info.value(QLatin1String("baseUrl")).toString() + QLatin1String("/profiles")),
            {}, "application/json", token);
        QCOMPARE(list.status, 200);
        QVERIFY2(list.body.contains(name.toUtf8()), list.body.constData()); // the change survived the signal
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void executablePrintsStartupJson()
    {
        QProcess process;
        process.start(QStringLiteral(PBI_EMULATOR_PATH), {QStringLiteral("--seed"), QStringLiteral("demo"),
                                                          QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QByteArray line = process.readLine();
        QJsonParseError pe;
        const QJsonObject info = QJsonDocument::fromJson(line, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        for (const char *key :
             {"baseUrl", "loginUrl", "tenantId", "clientId", "clientSecret", "servicePrincipalObjectId"})
            QVERIFY2(!info.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(info.value(QLatin1String("baseUrl")).toString().endsWith(QLatin1String("/v1.0/myorg")));
        QVERIFY(
            info.value(QLatin1String("loginUrl")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        process.kill();
        QVERIFY(process.waitForFinished(5000));

        QProcess refused;
        refused.start(QStringLiteral(PBI_EMULATOR_PATH),
                      {QStringLiteral("--address"), QStringLiteral("0.0.0.0")});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRuntime)
#include "tst_emulator_runtime.moc"
