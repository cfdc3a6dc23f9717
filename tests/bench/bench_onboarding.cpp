// bench_onboarding: bulk-onboards N customers (default 200) through the job engine against an emulator
// with 20 ms latency, and compares with a sequential baseline that makes the same calls one after another
// with a 0.5 s pause per customer (the pattern of the sample script in seed 002). Last line:
//   onboarding: n=200 wall=<s> bound=<s> ratio=<wall/bound> baseline=<s> speedup=<baseline/wall>
// bound = requests x latency / concurrency: the requests the job made (counted by the emulator), each at
// least one latency, spread over the connection's concurrency (the scheduler's limit).
// Usage: bench_onboarding [--n 200] [--latency-ms 20] [--baseline-n N (extrapolated when < n)]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <cstdio>

#include "BenchSupport.h"
#include "OnboardingBench.h"
#include "app/api/RequestScheduler.h"
#include "app/connections/Connection.h"
#include "app/ops/EnsureOps.h"
#include "app/session/ConnectionSession.h"

using namespace td;

namespace {
void say(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

int argInt(const QStringList &args, const char *name, int fallback)
{
    const int i = args.indexOf(QLatin1String(name));
    return i >= 0 ? args.value(i + 1).toInt() : fallback;
}

// Runs one op to completion on the event loop.
OpResult runOp(AsyncOp *op)
{
    OpResult result;
    bool done = false;
    QObject::connect(op, &AsyncOp::finished, [&](const OpResult &r) {
        result = r;
        done = true;
    });
    op->start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return result;
}

void pause(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, ms - int(t.elapsed()));
}

Connection connectionFrom(const QJsonObject &info)
{
    return bench::connectionFrom(info, QStringLiteral("0b5e1c2d-0000-4000-8000-0000000000b2"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = argInt(args, "--n", 200);
    const int latencyMs = argInt(args, "--latency-ms", 20);
    const int baselineN = qMin(n, argInt(args, "--baseline-n", n));

    // The job run, on its own emulator.
    QProcess emuJob;
    const QJsonObject jobInfo =
        bench::startEmulator(emuJob, {QStringLiteral("--seed"), QStringLiteral("empty"),
                                      QStringLiteral("--latency-ms"), QString::number(latencyMs)});
    if (jobInfo.isEmpty()) {
        say(QStringLiteral("bench_onboarding: the emulator did not start"));
        return 2;
    }
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    const Connection c = connectionFrom(jobInfo);
    ConnectionSession session(c, jobInfo.value(QStringLiteral("clientSecret")).toString(), &nam);
    const int concurrency = session.scheduler()->maxConcurrency();
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QStringLiteral("B%1").arg(i + 1, 4, 10, QLatin1Char('0'));

    QElapsedTimer wall;
    wall.start();
    QString error;
    const OnboardingBenchResult job = runOnboardingJob(&session, dir.path(), ids, &error);
    const double wallS = wall.elapsed() / 1000.0;
    if (!error.isEmpty()) {
        say(QStringLiteral("bench_onboarding: %1").arg(error));
        return 1;
    }
    const double boundS = double(job.requests) * latencyMs / concurrency / 1000.0;
    say(QStringLiteral(
            "job: %1 customers done, %2 failed, %3 requests, wall %4 s; bound %5 s = %3 requests x %6 ms / "
            "%7 concurrent")
            .arg(job.done)
            .arg(job.failed)
            .arg(job.requests)
            .arg(wallS, 0, 'f', 2)
            .arg(boundS, 0, 'f', 2)
            .arg(latencyMs)
            .arg(concurrency));
    emuJob.kill();
    emuJob.waitForFinished(5000);

    // The sequential baseline: the same calls (find or create the profile, then the workspace as that
    // profile) one after another, with the script's 0.5 s pause per customer, on a fresh emulator.
    QProcess emuBase;
    const QJsonObject baseInfo =
        bench::startEmulator(emuBase, {QStringLiteral("--seed"), QStringLiteral("empty"),
                                       QStringLiteral("--latency-ms"), QString::number(latencyMs)});
    ConnectionSession baseSession(connectionFrom(baseInfo),
                                  baseInfo.value(QStringLiteral("clientSecret")).toString(), &nam);
    QElapsedTimer base;
    base.start();
    int baseFailed = 0;
    for (int i = 0; i < baselineN; ++i) {
        const QString name = QStringLiteral("%1 \u2013 Customer %2").arg(ids.at(i)).arg(i + 1);
        const OpResult p = runOp(new EnsureProfileOp(&baseSession, name));
        const OpResult w =
            p.ok ? runOp(new EnsureWorkspaceOp(&baseSession,
                                               p.output.value(QStringLiteral("profileId")).toString(), name))
                 : p;
        baseFailed += w.ok ? 0 : 1;
        pause(500); // respect throttling, as the script does
    }
    double baselineS = base.elapsed() / 1000.0;
    if (baselineN < n) {
        say(QStringLiteral("baseline: %1 customers in %2 s, extrapolated to %3")
                .arg(baselineN)
                .arg(baselineS, 0, 'f', 2)
                .arg(n));
        baselineS = baselineS * n / baselineN;
    } else {
        say(QStringLiteral("baseline: %1 customers in %2 s (%3 failed)")
                .arg(baselineN)
                .arg(baselineS, 0, 'f', 2)
                .arg(baseFailed));
    }
    emuBase.kill();
    emuBase.waitForFinished(5000);

    say(QStringLiteral("onboarding: n=%1 wall=%2 bound=%3 ratio=%4 baseline=%5 speedup=%6")
            .arg(n)
            .arg(wallS, 0, 'f', 2)
            .arg(boundS, 0, 'f', 2)
            .arg(boundS > 0 ? wallS / boundS : 0, 0, 'f', 2)
            .arg(baselineS, 0, 'f', 1)
            .arg(wallS > 0 ? baselineS / wallS : 0, 0, 'f', 1));
    return job.failed == 0 ? 0 : 1;
}
