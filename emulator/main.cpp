// pbi-emulator: the local Power BI REST + Entra token emulator as a standalone process.
// Prints one JSON line (baseUrl, loginUrl, tenantId, clientId, clientSecret, servicePrincipalObjectId,
// and caCertFile with --tls) on stdout, then logs to stderr.
#include "EmulatorServer.h"
#include "ShutdownSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbi-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local Power BI REST API and Entra token emulator (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 = a free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Loopback address to bind."),
                                     QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption state(
        QStringLiteral("state"), QStringLiteral("JSON state file (loaded if present, saved after changes)."),
        QStringLiteral("FILE"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed data when there is no state file: demo | demo-limit | empty | large."),
        QStringLiteral("NAME"), QStringLiteral("demo"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Access token lifetime in seconds."),
                                      QStringLiteral("S"), QStringLiteral("3599"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Added latency per response."), QStringLiteral("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption errorShare(QStringLiteral("error-share"),
                                        QStringLiteral("Share of requests answered 500 (0..1)."),
                                        QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption throttleShare(QStringLiteral("throttle-share"),
                                           QStringLiteral("Share of requests answered 429 (0..1)."),
                                           QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption dropShare(QStringLiteral("drop-share"),
                                       QStringLiteral("Share of connections dropped (0..1)."),
                                       QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption retryAfter(QStringLiteral("throttle-retry-after"),
                                        QStringLiteral("Retry-After of injected 429s."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption budget(QStringLiteral("request-budget"),
                                    QStringLiteral("Requests per identity per window (0 = off)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption window(QStringLiteral("budget-window"),
                                    QStringLiteral("Budget window in seconds."), QStringLiteral("S"),
                                    QStringLiteral("60"));
    const QCommandLineOption rngSeed(QStringLiteral("random-seed"),
                                     QStringLiteral("Seed of the fault-injection RNG (0 = random)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption importDelay(QStringLiteral("import-delay-ms"),
                                         QStringLiteral("Time an import stays Publishing."),
                                         QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption refreshDelay(QStringLiteral("refresh-delay-ms"),
                                          QStringLiteral("Time a dataset refresh stays Unknown (running)."),
                                          QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with a generated local CA (kept beside the state file, reused)."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate (chain)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The unencrypted PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection without a complete request for this long (0 = never)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Connections open at once (0 = no cap)."),
                                            QStringLiteral("N"), QStringLiteral("256"));
    parser.addOptions({port,          address,   state,      seed,   lifetime,    latency,       errorShare,
                       throttleShare, dropShare, retryAfter, budget, window,      rngSeed,       importDelay,
                       refreshDelay,  tls,       tlsCert,    tlsKey, idleTimeout, maxConnections});
    parser.process(app);

    emu::EmulatorOptions options;
    options.address = QHostAddress(parser.value(address));
    options.port = quint16(parser.value(port).toUInt());
    options.statePath = parser.value(state);
    options.seed = parser.value(seed);
    options.tokenLifetimeSecs = parser.value(lifetime).toInt();
    options.faults.latencyMs = parser.value(latency).toInt();
    options.faults.serverErrorShare = parser.value(errorShare).toDouble();
    options.faults.throttleShare = parser.value(throttleShare).toDouble();
    options.faults.dropShare = parser.value(dropShare).toDouble();
    options.faults.throttleRetryAfterSecs = parser.value(retryAfter).toInt();
    options.requestBudget = parser.value(budget).toInt();
    options.budgetWindowSecs = parser.value(window).toInt();
    options.randomSeed = parser.value(rngSeed).toUInt();
    options.jobs.importDelayMs = parser.value(importDelay).toInt();
    options.jobs.refreshDelayMs = parser.value(refreshDelay).toInt();
    options.tls.certPath = parser.value(tlsCert);
    options.tls.keyPath = parser.value(tlsKey);
    options.tls.enabled = parser.isSet(tls) || parser.isSet(tlsCert) || parser.isSet(tlsKey);
    options.connections.idleTimeoutMs = int(parser.value(idleTimeout).toDouble() * 1000);
    options.connections.maxConnections = parser.value(maxConnections).toInt();
    if (options.tls.certPath.isEmpty() != options.tls.keyPath.isEmpty()) {
        std::fprintf(stderr, "pbi-emulator: --tls-cert and --tls-key go together\n");
        return 2;
    }

    emu::EmulatorServer server;
    // Installed before the startup line is printed: a script may stop the process right after reading it.
    emu::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &emu::ShutdownSignals::received, &app, [&server](int signalNumber) {
        std::fprintf(stderr, "pbi-emulator: signal %d, saving and exiting\n", signalNumber);
        server.savePendingState();
        QCoreApplication::quit();
    });
    shutdown.install();
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "pbi-emulator: %s\n", qPrintable(error));
        return 2;
    }
    const QByteArray line = QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
