#pragma once
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace td {

// States as stored in the journal (lower-case strings, see stateKey / ...FromString).
// NeedsInput: a step stopped its item until JobEngine::provideInput answers its request; a job is
// NeedsInput when every unfinished item waits for input (not final: it continues when given the input).
enum class JobState {
    Running,
    Paused,
    Completed,
    CompletedWithErrors,
    Cancelled,
    Interrupted,
    Failed,
    NeedsInput
};
enum class ItemState { Pending, Running, Done, Failed, Cancelled, NeedsInput };
enum class StepState { Pending, Running, Done, Failed, NeedsInput };

// Journal keys (stable, not translated).
QString stateKey(JobState state);  // running | paused | completed | completed-with-errors | ... | needs-input
QString stateKey(ItemState state); // pending | running | done | failed | cancelled | needs-input
QString stateKey(StepState state); // pending | running | done | failed | needs-input
JobState jobStateFromString(const QString &text);
ItemState itemStateFromString(const QString &text);
StepState stepStateFromString(const QString &text);
QString displayName(JobState state); // translated, for the UI
QString displayName(ItemState state);
QString displayName(StepState state);
bool isFinal(JobState state);  // completed, completed-with-errors, cancelled, failed
bool isFinal(ItemState state); // done, failed, cancelled

// One job as listed (journaled, or a live operation of the JobCenter).
struct JobInfo
{
    QString id;
    QString type; // the registered job type ("" for a live operation)
    QString title;
    QString connectionId;
    JobState state = JobState::Running;
    QDateTime created; // UTC
    QDateTime updated; // UTC; for a final job: when it ended
    QJsonObject params;
    int total = 0; // items
    int done = 0;  // items in a final state (done + failed + cancelled)
    int failed = 0;
    int cancelled = 0;
    int waiting = 0; // items that need input
    bool journaled = true;
    QString summary; // live operations: the result line
};

// One item of a job (e.g. one customer of a bulk onboarding).
struct JobItemInfo
{
    QString jobId;
    QString key; // unique within the job
    QString displayName;
    int position = 0;
    ItemState state = ItemState::Pending;
    QJsonObject params;
    QJsonObject result; // the outputs of its steps, by step name
    QString error;      // one line: "<step>: <summary>"
    QString requestId;  // of the failing (or last) request
    QDateTime updated;
    QJsonObject inputRequest; // NeedsInput: what the step asks for, with "step" (its name)
    QJsonObject inputs;       // the input given to each step that asked, by step name
};

// One step of one item, as journaled.
struct JobStepInfo
{
    int index = 0;
    QString name;
    StepState state = StepState::Pending;
    QJsonObject output;
    QString error;
    QString requestId;
    int attempts = 0; // how many times the step was started
};

// What the caller hands to JobEngine::submit.
struct JobItemSpec
{
    QString key;
    QString displayName;
    QJsonObject params;
};

struct JobRequest
{
    QString type;
    QString title;
    QString connectionId; // "" = the job needs no connection
    QJsonObject params;   // job-wide parameters
    QVector<JobItemSpec> items;
    QHash<QString, QString> secrets; // item key -> a secret the engine keeps in memory only, never
                                     // journaled (StepCall::secret())
};

} // namespace td

Q_DECLARE_METATYPE(td::JobState)
Q_DECLARE_METATYPE(td::ItemState)
