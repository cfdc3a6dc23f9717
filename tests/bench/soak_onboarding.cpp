// Soak: N customers onboarded by tenantdesk-cli against an emulator (its own process) that answers
// 10% of requests with 5xx and 5% with 429 and has latency spikes; the CLI is killed (SIGKILL) at K
// random points and resumed each time with `jobs resume`. At the end the emulator's truth is compared
// with the registry and the journal. The last line is the figure:
//   soak: customers=1000 kills=20 duplicated=0 lost=0 registry-mismatch=0 ...
// The CLI keeps its secret in the keychain: run it under tests/with-test-env.sh (a throwaway home,
// D-Bus session and unlocked gnome-keyring), e.g.
//   tests/with-test-env.sh build/tests/bench/soak_onboarding --n 1000 --kills 20
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <signal.h>

namespace {

const QString kDash = QStringLiteral(" \u2013 ");

struct Soak
{
    QTemporaryDir home;
    QJsonObject info; // the emulator's startup line
    QNetworkAccessManager nam;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        return e;
    }
    void startCli(QProcess &p, const QStringList &args) const
    {
        p.setProcessEnvironment(env());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(TD_CLI_PATH), args);
        p.waitForStarted(10000);
    }
    // Runs the CLI to its end (the emulator is another process: blocking here blocks nobody).
    QByteArray cli(const QStringList &args, const QByteArray &in = {}, int *exitCode = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(TD_CLI_PATH), args);
        p.waitForStarted(10000);
        p.write(in);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }
    QUrl control(const QString &path) const
    {
        return QUrl(info.value(QStringLiteral("loginUrl")).toString() + path);
    }
    QByteArray send(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest r(control(path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(r, verb, QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }
    void setFaults(int latencyMs)
    {
        send("PUT", QStringLiteral("/_emulator/faults"),
             {{QStringLiteral("latencyMs"), latencyMs},
              {QStringLiteral("serverErrorShare"), 0.10},
              {QStringLiteral("throttleShare"), 0.05},
              {QStringLiteral("throttleRetryAfterSecs"), 1}});
    }
    QString onboardJobId() const
    {
        const QJsonArray jobs = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("jobs"),
                                                             QStringLiteral("list")}))
                                    .array();
        for (const QJsonValue &v : jobs) {
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("onboard"))
                return v.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }
};

struct Figures
{
    int duplicated = 0, lost = 0, mismatch = 0, failedItems = 0;
};

// Compares the emulator's state with the registry: every customer has exactly one profile and one
// workspace named after it, the registry points at those, and (every tenth) exactly one import.
Figures verify(Soak &s, int n)
{
    Figures f;
    const QJsonObject state =
        QJsonDocument::fromJson(s.send("GET", QStringLiteral("/_emulator/state"))).object();
    QHash<QString, QStringList> profilesByName, spacesByName;
    QHash<QString, int> importsBySpace;
    QHash<QString, QSet<QString>> adminsBySpace;
    for (const QJsonValue &v : state.value(QStringLiteral("profiles")).toArray())
        profilesByName[v[QStringLiteral("displayName")].toString()] << v[QStringLiteral("id")].toString();
    for (const QJsonValue &v : state.value(QStringLiteral("workspaces")).toArray()) {
        const QString id = v[QStringLiteral("id")].toString();
        spacesByName[v[QStringLiteral("name")].toString()] << id;
        importsBySpace[id] = v[QStringLiteral("imports")].toArray().size();
        for (const QJsonValue &m : v[QStringLiteral("members")].toArray()) {
            if (m[QStringLiteral("accessRight")].toString() == QLatin1String("Admin"))
                adminsBySpace[id].insert(m[QStringLiteral("profileId")].toString());
        }
    }
    QHash<QString, QJsonObject> registry;
    const QByteArray list =
        s.cli({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")});
    for (const QJsonValue &v : QJsonDocument::fromJson(list).array())
        registry.insert(v[QStringLiteral("customerId")].toString(), v.toObject());
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString name = id + kDash + QStringLiteral("Soak %1").arg(i);
        const QStringList profiles = profilesByName.value(name), spaces = spacesByName.value(name);
        f.duplicated += std::max(0, int(profiles.size()) - 1) + std::max(0, int(spaces.size()) - 1);
        const QJsonObject c = registry.value(id);
        if (profiles.isEmpty() || spaces.isEmpty() || c.isEmpty() ||
            c[QStringLiteral("status")].toString() != QLatin1String("active")) {
            ++f.lost;
            continue;
        }
        const QString workspaceId = c[QStringLiteral("workspaceIds")].toArray().first().toString();
        const QString profileId = c[QStringLiteral("profileId")].toString();
        const int imports = importsBySpace.value(workspaceId);
        if (imports > 1)
            f.duplicated += imports - 1;
        if (!profiles.contains(profileId) || !spaces.contains(workspaceId) ||
            !adminsBySpace.value(workspaceId).contains(profileId) || imports != (i % 10 == 0 ? 1 : 0))
            ++f.mismatch;
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addOptions(
        {{QStringLiteral("n"), QStringLiteral("customers"), QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("kills"), QStringLiteral("SIGKILLs"), QStringLiteral("K"), QStringLiteral("20")},
         {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"), QStringLiteral("1")},
         {QStringLiteral("concurrency"), QStringLiteral("CLI concurrency"), QStringLiteral("C"),
          QStringLiteral("8")}});
    args.process(app);
    const int n = args.value(QStringLiteral("n")).toInt(),
              kills = args.value(QStringLiteral("kills")).toInt();
    const quint32 seed = args.value(QStringLiteral("seed")).toUInt();
    QRandomGenerator rng(seed);

    Soak s;
    QProcess emulator;
    s.info = bench::startEmulator(emulator, {QStringLiteral("--seed"), QStringLiteral("empty"),
                                             QStringLiteral("--random-seed"), QString::number(seed)});
    if (s.info.isEmpty()) {
        std::fprintf(stderr, "soak: the emulator did not start\n");
        return 1;
    }
    s.setFaults(5);
    int rc = 0;
    s.cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"),
           QStringLiteral("Emu"), QStringLiteral("--tenant-id"),
           s.info[QStringLiteral("tenantId")].toString(), QStringLiteral("--client-id"),
           s.info[QStringLiteral("clientId")].toString(), QStringLiteral("--secret-stdin"),
           QStringLiteral("--base-url"), s.info[QStringLiteral("baseUrl")].toString(),
           QStringLiteral("--login-url"), s.info[QStringLiteral("loginUrl")].toString()},
          s.info[QStringLiteral("clientSecret")].toString().toUtf8() + "\n", &rc);
    if (rc != 0) {
        std::fprintf(
            stderr,
            "soak: connections add failed (is a Secret Service running? use tests/with-test-env.sh)\n");
        return 1;
    }
    QFile::copy(QStringLiteral(TD_SOURCE_DIR "/resources/demo/sample-report.pbix"),
                s.home.filePath(QStringLiteral("sample.pbix")));
    QByteArray csv = "customerId,displayName,pbix\n";
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("S%1,Soak %2,%3\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 10 == 0 ? QStringLiteral("sample.pbix") : QString())
                   .toUtf8();
    QFile csvFile(s.home.filePath(QStringLiteral("soak.csv")));
    if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size())
        return 1;
    csvFile.close();

    // Latency spikes: every second, 300 ms latency with a chance of one in four, else 5 ms.
    QTimer spikes;
    QObject::connect(&spikes, &QTimer::timeout, [&] { s.setFaults(rng.bounded(4) == 0 ? 300 : 5); });
    spikes.start(1000);

    QElapsedTimer wall;
    wall.start();
    const QString concurrency = args.value(QStringLiteral("concurrency"));
    QString jobId;
    int killed = 0, runs = 0;
    while (true) {
        QProcess p;
        jobId = jobId.isEmpty() ? s.onboardJobId() : jobId;
        s.startCli(p, jobId.isEmpty()
                          ? QStringList{QStringLiteral("onboard"), QStringLiteral("--connection"),
                                        QStringLiteral("Emu"), QStringLiteral("--csv"), csvFile.fileName(),
                                        QStringLiteral("--concurrency"), concurrency,
                                        QStringLiteral("--poll-ms"), QStringLiteral("50")}
                          : QStringList{QStringLiteral("jobs"), QStringLiteral("resume"), jobId,
                                        QStringLiteral("--concurrency"), concurrency});
        ++runs;
        // Kill at a random point 0.3-6 s in, while kills remain; otherwise let it finish.
        const int killAfterMs = killed < kills ? 300 + int(rng.bounded(5700)) : -1;
        QElapsedTimer t;
        t.start();
        (void)QTest::qWaitFor(
            [&] {
                return p.state() == QProcess::NotRunning || (killAfterMs >= 0 && t.elapsed() > killAfterMs);
            },
            24 * 3600 * 1000);
        if (p.state() != QProcess::NotRunning) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            ++killed;
            continue;
        }
        const QJsonArray jobs =
            QJsonDocument::fromJson(
                s.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}))
                .array();
        bool ended = false;
        for (const QJsonValue &v : jobs) {
            if (v[QStringLiteral("id")].toString() != jobId && !jobId.isEmpty())
                continue;
            jobId = v[QStringLiteral("id")].toString();
            ended = v[QStringLiteral("total")].toInt() ==
                    v[QStringLiteral("done")].toInt() + v[QStringLiteral("failed")].toInt();
        }
        if (ended || runs > kills + 10)
            break;
    }
    spikes.stop();
    s.setFaults(0);

    Figures f = verify(s, n);
    for (const QJsonValue &v :
         QJsonDocument::fromJson(
             s.cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}))
             .array())
        if (v[QStringLiteral("id")].toString() == jobId)
            f.failedItems = v[QStringLiteral("failed")].toInt();
    int requests = 0, serverErrors = 0, throttled = 0;
    const QJsonObject log =
        QJsonDocument::fromJson(s.send("GET", QStringLiteral("/_emulator/requests"))).object();
    for (const QJsonValue &r : log[QStringLiteral("value")].toArray()) {
        const int status = r[QStringLiteral("status")].toInt();
        ++requests;
        serverErrors += status >= 500 ? 1 : 0;
        throttled += status == 429 ? 1 : 0;
    }
    std::printf(
        "soak: customers=%d kills=%d runs=%d duplicated=%d lost=%d registry-mismatch=%d failed-items=%d "
        "requests=%d 5xx=%d 429=%d wall=%.1fs\n",
        n, killed, runs, f.duplicated, f.lost, f.mismatch, f.failedItems, requests, serverErrors, throttled,
        double(wall.elapsed()) / 1000.0);
    emulator.terminate();
    emulator.waitForFinished(10000);
    return f.duplicated == 0 && f.lost == 0 && f.mismatch == 0 ? 0 : 1;
}
