// tenantdesk-cli onboard / jobs against an in-process emulator: dry run, a run, and a run killed at a random
// point then resumed with `jobs resume` (nothing duplicated, nothing lost); a job runs in one process at a
// time (another command leaves it alone, `jobs resume` refuses it until its process is gone); a job whose
// item needs input is reported (not waited for) and continues with `jobs input`.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EmulatorFixture.h"
#include "CliProcess.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/onboarding/OnboardingPlan.h"

namespace {
const QString kPbix = QStringLiteral(TD_SOURCE_DIR "/resources/demo/sample-report.pbix");
QString dash()
{
    return QStringLiteral(" \u2013 ");
}
} // namespace

class TestCliOnboard : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_home;

    // The sample .pbix copied next to the CSVs (a pbix outside the CSV's folder needs a flag).
    QString localPbix()
    {
        const QString name = QStringLiteral("sample-report.pbix");
        if (!QFile::exists(m_home.filePath(name)))
            QFile::copy(kPbix, m_home.filePath(name));
        return name;
    }
    QString writeCsv(const QString &name, const QByteArray &text)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }
    int count(const QString &profileName, const QString &workspaceName, int *imports) const
    {
        int profiles = 0;
        for (const emu::Profile &p : m_emu.server->state()->profiles().items())
            profiles += p.displayName == profileName ? 1 : 0;
        int spaces = 0;
        *imports = 0;
        for (const emu::Workspace &w : m_emu.server->state()->workspaces().items()) {
            if (w.name != workspaceName)
                continue;
            ++spaces;
            *imports += int(w.imports.size());
        }
        return profiles * 100 + spaces;
    }
    QJsonArray customers()
    {
        const CliResult r = runCli(
            m_home.path(), {QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")});
        return QJsonDocument::fromJson(r.out).array();
    }
    QString statusOf(const QJsonArray &all, const QString &id) const
    {
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("customerId")).toString() == id)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    // Starts `onboard` on a CSV of n customers (every third with the sample .pbix) and returns once the
    // first customer has finished; out collects stdout.
    bool startRun(QProcess &p, const QString &prefix, int n, QByteArray *out)
    {
        QByteArray text = "customerId,displayName,pbix\n";
        for (int i = 0; i < n; ++i)
            text += QStringLiteral("%1%2,Zed %2,%3\n")
                        .arg(prefix)
                        .arg(i)
                        .arg(i % 3 == 0 ? localPbix() : QString())
                        .toUtf8();
        const QString csv = writeCsv(prefix + QStringLiteral(".csv"), text);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TD_CLI_PATH),
                {QStringLiteral("onboard"), QStringLiteral("--connection"), QStringLiteral("Emu"),
                 QStringLiteral("--csv"), csv, QStringLiteral("--poll-ms"), QStringLiteral("30"),
                 QStringLiteral("--concurrency"), QStringLiteral("3")});
        if (!p.waitForStarted(10000))
            return false;
        return QTest::qWaitFor(
                   [&] {
                       *out += p.readAllStandardOutput();
                       return out->contains("[1/") || p.state() == QProcess::NotRunning;
                   },
                   20000) &&
               p.state() == QProcess::Running;
    }
    QString jobIn(const QString &state)
    {
        const CliResult r =
            runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
        QString id;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject().value(QStringLiteral("state")).toString() == state)
                id = v.toObject().value(QStringLiteral("id")).toString();
        }
        return id;
    }
    void verifyAll(const QString &prefix, int n)
    {
        const QJsonArray all = customers();
        for (int i = 0; i < n; ++i) {
            const QString name =
                QStringLiteral("%1%2").arg(prefix).arg(i) + dash() + QStringLiteral("Zed %1").arg(i);
            int imports = 0;
            QCOMPARE(count(name, name, &imports), 101);
            QCOMPARE(imports, i % 3 == 0 ? 1 : 0);
            QCOMPARE(statusOf(all, QStringLiteral("%1%2").arg(prefix).arg(i)), QStringLiteral("active"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_emu.start());
        emu::JobSettings jobs = m_emu.server->jobSettings();
        jobs.importDelayMs = 80;
        m_emu.server->setJobSettings(jobs);
        const CliResult r = addEmulatorConnection(m_home.path(), m_emu);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usageAndBadFiles()
    {
        QCOMPARE(
            runCli(m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--csv"), QStringLiteral("x")})
                .exitCode,
            2);
        const CliResult missing = runCli(
            m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--connection"), QStringLiteral("Emu"),
                            QStringLiteral("--csv"), m_home.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.csv"));
        const QString csv = writeCsv(QStringLiteral("one.csv"), "customerId,displayName\nD0,Dee\n");
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--connection"),
                                        QStringLiteral("Nope"), QStringLiteral("--csv"), csv})
                     .exitCode,
                 4);
        QCOMPARE(
            runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("nope")})
                .exitCode,
            2);
    }

    void dryRunJson()
    {
        const QString csv = writeCsv(QStringLiteral("dry.csv"), "customerId,displayName,pbix\n"
                                                                "D1,Dry One,\n"
                                                                "bad id!,Broken,\n"
                                                                "D2,Dry Two,missing.pbix\n");
        const CliResult r =
            runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("onboard"), QStringLiteral("--connection"),
                    QStringLiteral("Emu"), QStringLiteral("--csv"), csv, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1); // rows with errors
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QStringLiteral("dryRun")).toBool(), r.out.constData());
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("create"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("profileName")).toString(),
                 QStringLiteral("D1") + dash() + QStringLiteral("Dry One"));
        QVERIFY(rows.at(2)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("missing.pbix")));
        int imports = 0;
        QCOMPARE(count(QStringLiteral("D1") + dash() + QStringLiteral("Dry One"),
                       QStringLiteral("D1") + dash() + QStringLiteral("Dry One"), &imports),
                 0); // nothing created
    }

    void pbixOutsideTheCsvFolderNeedsTheFlag()
    {
        const QString csv = writeCsv(QStringLiteral("outside.csv"),
                                     QStringLiteral("customerId,displayName,pbix\nO1,Out One,%1\n"
                                                    "O2,Out Two,../../../../etc/passwd\nO3,Out Three,\n")
                                         .arg(kPbix)
                                         .toUtf8());
        const QStringList args = {QStringLiteral("--json"),       QStringLiteral("onboard"),
                                  QStringLiteral("--connection"), QStringLiteral("Emu"),
                                  QStringLiteral("--csv"),        csv,
                                  QStringLiteral("--dry-run")};
        const CliResult r = runCli(m_home.path(), args);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("--allow-outside-paths")),
                 r.out.constData());
        QVERIFY(!rows.at(1).toObject().value(QStringLiteral("error")).toString().isEmpty());
        const CliResult allowed =
            runCli(m_home.path(), args + QStringList{QStringLiteral("--allow-outside-paths")});
        const QJsonArray rows2 =
            QJsonDocument::fromJson(allowed.out).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows2.size(), 3);
        QVERIFY2(rows2.at(0).toObject().value(QStringLiteral("error")).toString().isEmpty(),
                 allowed.out.constData());
        QVERIFY(
            !rows2.at(1).toObject().value(QStringLiteral("error")).toString().isEmpty()); // never a non-.pbix
    }

    void runThenCustomersList()
    {
        const QString csv = writeCsv(
            QStringLiteral("run.csv"),
            QStringLiteral("customerId,displayName,pbix\nK1,Kay One,%1\nK2,Kay Two,\nK3,Kay Three,\n")
                .arg(localPbix())
                .toUtf8());
        const QString result = m_home.filePath(QStringLiteral("run-result.csv"));
        const CliResult r = runCli(m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--connection"),
                                                   QStringLiteral("Emu"), QStringLiteral("--csv"), csv,
                                                   QStringLiteral("--poll-ms"), QStringLiteral("30"),
                                                   QStringLiteral("--result"), result});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("K2 (Kay Two): done"), r.out.constData());
        QVERIFY(r.out.contains("3 done, 0 failed"));
        const QJsonArray all = customers();
        for (const char *id : {"K1", "K2", "K3"})
            QCOMPARE(statusOf(all, QLatin1String(id)), QStringLiteral("active"));
        QFile f(result);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith(
            "customerId,displayName,status,profileId,workspaceId,reportId,datasetId,error,requestId"));
        QCOMPARE(text.count("\n"), 4);
        // Again, as an update of the registered customers: nothing is made twice, the content is
        // imported again over the old.
        const CliResult again =
            runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("onboard"), QStringLiteral("--connection"),
                    QStringLiteral("Emu"), QStringLiteral("--csv"), csv, QStringLiteral("--poll-ms"),
                    QStringLiteral("30"), QStringLiteral("--existing"), QStringLiteral("update")});
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("done")).toInt(), 3);
        int imports = 0;
        const QString k1 = QStringLiteral("K1") + dash() + QStringLiteral("Kay One");
        QCOMPARE(count(k1, k1, &imports), 101);
        QCOMPARE(imports, 2);
    }

    // Onboarding a registered id again is refused by default (it would re-point the customer to a second
    // profile), skipped with --existing skip, and with --existing update keeps the registered profile.
    void registeredCustomerIdIsNotRepointed()
    {
        const auto onboard = [this](const QString &csv, const QStringList &more) {
            return runCli(m_home.path(),
                          QStringList{QStringLiteral("onboard"), QStringLiteral("--connection"),
                                      QStringLiteral("Emu"), QStringLiteral("--csv"), csv,
                                      QStringLiteral("--poll-ms"), QStringLiteral("30")} +
                              more);
        };
        const QString alpha = writeCsv(QStringLiteral("alpha.csv"), "customerId,displayName\nC9001,Alpha\n");
        CliResult r = onboard(alpha, {});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const auto registered = [this] {
            for (const QJsonValue &v : customers()) {
                if (v.toObject().value(QStringLiteral("customerId")).toString() == QLatin1String("C9001"))
                    return v.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject before = registered();
        const QString profileId = before.value(QStringLiteral("profileId")).toString();
        QVERIFY(!profileId.isEmpty());
        const QString betaName = QStringLiteral("C9001") + dash() + QStringLiteral("Beta");
        int imports = 0;

        const QString beta = writeCsv(QStringLiteral("beta.csv"), "customerId,displayName\nC9001,Beta\n");
        r = onboard(beta, {});
        QCOMPARE(r.exitCode, 2); // no row can be onboarded
        QVERIFY2(r.out.contains("line 2: C9001 is already registered (profile " + profileId.toUtf8()),
                 r.out.constData());
        QCOMPARE(count(betaName, betaName, &imports), 0);
        QCOMPARE(registered(), before);

        r = onboard(beta, {QStringLiteral("--existing"), QStringLiteral("skip")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("skipped"), r.out.constData());
        QCOMPARE(registered(), before);

        QCOMPARE(onboard(beta, {QStringLiteral("--existing"), QStringLiteral("overwrite")}).exitCode, 2);
        r = runCli(m_home.path(),
                   {QStringLiteral("--json"), QStringLiteral("onboard"), QStringLiteral("--connection"),
                    QStringLiteral("Emu"), QStringLiteral("--csv"), beta, QStringLiteral("--dry-run"),
                    QStringLiteral("--existing"), QStringLiteral("update")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject row =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("existing")).toString(), QStringLiteral("update"));
        QCOMPARE(row.value(QStringLiteral("profile")).toString(), QStringLiteral("exists"));
        QCOMPARE(row.value(QStringLiteral("profileId")).toString(), profileId);
        QVERIFY(row.value(QStringLiteral("note")).toString().contains(QLatin1String("kept")));

        r = onboard(beta, {QStringLiteral("--existing"), QStringLiteral("update")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(count(betaName, betaName, &imports), 0); // no second profile, no second workspace
        const QJsonObject after = registered();
        QCOMPARE(after.value(QStringLiteral("profileId")).toString(), profileId);
        QCOMPARE(after.value(QStringLiteral("workspaceIds")), before.value(QStringLiteral("workspaceIds")));
        QCOMPARE(after.value(QStringLiteral("displayName")).toString(), QStringLiteral("Beta"));
    }

    // Input files are read with a bound: a device is refused at once, a file over 64 MB by its size.
    void oversizedOrEndlessInputIsRefused()
    {
        CliResult r = runCli(m_home.path(),
                             {QStringLiteral("onboard"), QStringLiteral("--connection"),
                              QStringLiteral("Emu"), QStringLiteral("--csv"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Cannot read /dev/zero: it is not a regular file."), r.err.constData());
        QFile big(m_home.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(64LL * 1024 * 1024 + 1)); // sparse: nothing is written
        big.close();
        r = runCli(m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--connection"),
                                   QStringLiteral("Emu"), QStringLiteral("--csv"), big.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("big.csv is larger than 64 MB."), r.err.constData());
        QVERIFY(big.remove());
    }

    void terminatedRunIsInterruptedThenResumes()
    {
        emu::FaultSettings slow;
        slow.latencyMs = 25;
        m_emu.server->setFaults(slow);
        QProcess p;
        QByteArray out;
        QVERIFY2(startRun(p, QStringLiteral("T"), 15, &out), out.constData());
        p.terminate(); // SIGTERM, like Ctrl+C
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 5);
        QVERIFY(p.readAllStandardError().contains("jobs resume"));
        const QString jobId = jobIn(QStringLiteral("interrupted"));
        QVERIFY(!jobId.isEmpty());
        const CliResult r = runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("resume"), jobId});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        m_emu.server->setFaults({});
        verifyAll(QStringLiteral("T"), 15);
    }

    void killedRunResumes()
    {
        const int n = 24;
        emu::FaultSettings slow;
        slow.latencyMs = 25;
        m_emu.server->setFaults(slow);
        QProcess p;
        QByteArray out;
        QVERIFY2(startRun(p, QStringLiteral("Z"), n, &out), out.constData());
        // Kill at a random point once the job runs (after its first finished customer).
        const int delay = int(QRandomGenerator::global()->bounded(50, 600));
        qInfo("killing the CLI %d ms after its first finished customer", delay);
        QTest::qWait(delay);
        p.kill();
        QVERIFY(p.waitForFinished(5000));
        out += p.readAllStandardOutput();
        qInfo("killed after %d finished customer(s) of %d", int(out.count("): done")), n);
        QVERIFY2(!out.contains("cancelled of"), "the run ended before the kill"); // no totals line

        const QString jobId = jobIn(QStringLiteral("running")); // a killed run could not say otherwise
        QVERIFY(!jobId.isEmpty());
        CliResult r = runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("jobs"),
                                             QStringLiteral("resume"), jobId});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(o.value(QStringLiteral("done")).toInt(), n);
        m_emu.server->setFaults({});
        verifyAll(QStringLiteral("Z"), n);
        r = runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("list")});
        QVERIFY(r.out.contains(jobId.toUtf8() + "\tcompleted"));
    }

    // Process A runs a slow onboarding; process B runs another command (its engine starts over the same
    // journal): A's job stays running, and `jobs resume` of it in B is refused with where it runs. Once A
    // is killed (same host, its pid dead) the resume takes the job over and finishes it.
    void aJobRunsInOneProcessAtATime()
    {
        const int n = 24;
        emu::FaultSettings slow;
        slow.latencyMs = 80;
        m_emu.server->setFaults(slow);
        QProcess a;
        QByteArray out;
        QVERIFY2(startRun(a, QStringLiteral("L"), n, &out), out.constData());
        const QString jobId = jobIn(QStringLiteral("running"));
        QVERIFY(!jobId.isEmpty());
        const QString other = writeCsv(QStringLiteral("other.csv"), "customerId,displayName\nM0,Em Zero\n");
        const CliResult b = runCli(m_home.path(), {QStringLiteral("onboard"), QStringLiteral("--connection"),
                                                   QStringLiteral("Emu"), QStringLiteral("--csv"), other});
        QVERIFY2(b.exitCode == 0, (b.out + b.err).constData());
        QCOMPARE(a.state(), QProcess::Running);            // still at it
        QCOMPARE(jobIn(QStringLiteral("running")), jobId); // not marked interrupted by B
        const CliResult refused =
            runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("resume"), jobId});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.contains(QStringLiteral("running in process %1 on host").arg(a.processId()).toUtf8()),
            refused.err.constData());
        QCOMPARE(a.state(), QProcess::Running);

        a.kill();
        QVERIFY(a.waitForFinished(5000));
        const CliResult r = runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("jobs"),
                                                   QStringLiteral("resume"), jobId});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("done")).toInt(), n);
        m_emu.server->setFaults({});
        verifyAll(QStringLiteral("L"), n);
    }

    void jobsInputContinuesAJobThatNeedsInput()
    {
        // The CLI's journal and connection id (journal made by the runs above).
        QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("jobs.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString journalPath = it.next();
        const CliResult conns = runCli(
            m_home.path(), {QStringLiteral("--json"), QStringLiteral("connections"), QStringLiteral("list")});
        const QString connId = QJsonDocument::fromJson(conns.out)
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QVERIFY2(!connId.isEmpty(), conns.out.constData());
        // A wizard-style onboarding (parameter review) runs here until its item needs the values.
        QString id;
        {
            td::JobJournal journal(journalPath);
            QVERIFY(journal.open());
            td::JobEngine engine(&journal);
            td::OnboardJobType::registerWith(engine.types(), nullptr);
            engine.setSession(connId, m_emu.session.get());
            td::OnboardingPlan plan;
            plan.connectionId = connId;
            plan.customerId = QStringLiteral("IN1");
            plan.displayName = QStringLiteral("Input");
            plan.profileName = plan.workspaceName = QStringLiteral("IN1") + dash() + QStringLiteral("Input");
            plan.pbixFiles = {kPbix};
            plan.reviewParameters = true;
            QString error;
            id = engine.submit(td::onboardRequest(plan, 20), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(engine.job(id).state, td::JobState::NeedsInput, 20000);
        }
        const CliResult listed =
            runCli(m_home.path(), {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array()) {
            const QJsonObject j = v.toObject();
            if (j.value(QStringLiteral("id")).toString() != id)
                continue;
            found = true;
            QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("needs-input"));
            QCOMPARE(j.value(QStringLiteral("waiting")).toInt(), 1);
        }
        QVERIFY(found);
        // resume reports what the item waits for and ends (exit 6) instead of hanging.
        const CliResult resumed =
            runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("resume"), id});
        QCOMPARE(resumed.exitCode, 6);
        QVERIFY2(resumed.out.contains("jobs input") && resumed.out.contains("Database"),
                 resumed.out.constData());
        QCOMPARE(runCli(m_home.path(),
                        {QStringLiteral("jobs"), QStringLiteral("input"), id, QStringLiteral("nope")})
                     .exitCode,
                 2);
        const CliResult input =
            runCli(m_home.path(), {QStringLiteral("jobs"), QStringLiteral("input"), id, QStringLiteral("IN1"),
                                   QStringLiteral("--param"), QStringLiteral("Server=sql-in1.example"),
                                   QStringLiteral("--param"), QStringLiteral("Database=IN1_DB")});
        QVERIFY2(input.exitCode == 0, input.out.constData());
        for (const emu::Workspace &w : m_emu.server->state()->workspaces().items()) {
            if (w.name != QStringLiteral("IN1") + dash() + QStringLiteral("Input"))
                continue;
            for (const emu::Dataset &d : w.datasets) {
                for (const emu::ModelParameter &p : d.parameters) {
                    if (p.name == QLatin1String("Database"))
                        QCOMPARE(p.currentValue, QStringLiteral("IN1_DB"));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOnboard)
#include "tst_cli_onboard.moc"
