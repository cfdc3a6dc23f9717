#pragma once
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// Runs tenantdesk-cli as a child process with its own config/data directories (the keychain is the
// session's real Secret Service). Waits by spinning the event loop, so an in-process emulator answers.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliResult runCli(const QString &home, const QStringList &args, const QByteArray &stdinData = {},
                        int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TD_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `connections add` of the fixture's emulator as "Emu" (the secret through stdin, into the keychain).
template<typename Fixture> CliResult addEmulatorConnection(const QString &home, const Fixture &emu)
{
    const auto sp = emu.sp();
    return runCli(home,
                  {QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Emu"), QStringLiteral("--tenant-id"), sp.tenantId,
                   QStringLiteral("--client-id"), sp.clientId, QStringLiteral("--secret-stdin"),
                   QStringLiteral("--base-url"), emu.server->baseUrl().toString(),
                   QStringLiteral("--login-url"), emu.server->loginUrl().toString()},
                  sp.clientSecret.toUtf8() + "\n");
}
