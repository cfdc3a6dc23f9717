#pragma once
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QTextStream;

namespace td {

class AuditLog;
class CliInterrupts;
class ConnectionStore;
class CustomerRegistry;
class JobJournal;
class SecretStore;

// Exit codes scripts can rely on.
enum CliExit {
    ExitOk = 0,          // everything asked for was done
    ExitFailed = 1,      // the command ran and something failed (details printed)
    ExitUsage = 2,       // bad command line
    ExitKeychain = 3,    // the keychain is unreachable or has no secret for the connection
    ExitConnection = 4,  // the connection is unknown, invalid, or its token/test failed
    ExitInterrupted = 5, // cancelled (Ctrl+C) or the job is paused/interrupted; can be resumed
    ExitNeedsInput = 6,  // the job waits for input: give it with `jobs input`, it then continues
};

// What every command gets: the stores (the same ones the GUI uses), the network manager, output
// streams, the --json switch, and the one way to end the run.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    ConnectionStore *connections = nullptr;
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *nam = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    std::function<QString()> readStdinLine; // for --secret-stdin
    bool json = false;
    std::function<void(int exitCode)> finish; // call exactly once
    CliInterrupts *interrupts = nullptr;      // SIGINT/SIGTERM as a Qt signal (null: not handled)
    AuditLog *audit = nullptr;                // set on every session a command opens (null: nothing audited)
    JobJournal *journal = nullptr;            // null: the commands that run jobs say so
    CustomerRegistry *registry = nullptr;     // null: the commands that need it say so

    void print(const QString &line) const;             // to stdout (text mode only)
    void printJson(const QJsonValue &v) const;         // one compact JSON document on stdout
    void fail(int code, const QString &message) const; // message to stderr (JSON: {"error":...} on stdout)
};

} // namespace td
