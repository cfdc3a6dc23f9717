#include "app/jobs/JobTypes.h"

#include <QCoreApplication>

namespace td {

namespace {
struct Names
{
    Q_DECLARE_TR_FUNCTIONS(JobStates)
};
} // namespace

QString stateKey(JobState state)
{
    switch (state) {
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Paused:
        return QStringLiteral("paused");
    case JobState::Completed:
        return QStringLiteral("completed");
    case JobState::CompletedWithErrors:
        return QStringLiteral("completed-with-errors");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::NeedsInput:
        return QStringLiteral("needs-input");
    }
    return QStringLiteral("failed");
}

QString stateKey(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return QStringLiteral("pending");
    case ItemState::Running:
        return QStringLiteral("running");
    case ItemState::Done:
        return QStringLiteral("done");
    case ItemState::Failed:
        return QStringLiteral("failed");
    case ItemState::Cancelled:
        return QStringLiteral("cancelled");
    case ItemState::NeedsInput:
        return QStringLiteral("needs-input");
    }
    return QStringLiteral("failed");
}

QString stateKey(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::NeedsInput:
        return QStringLiteral("needs-input");
    }
    return QStringLiteral("failed");
}

JobState jobStateFromString(const QString &text)
{
    for (JobState s :
         {JobState::Running, JobState::Paused, JobState::Completed, JobState::CompletedWithErrors,
          JobState::Cancelled, JobState::Interrupted, JobState::NeedsInput}) {
        if (stateKey(s) == text)
            return s;
    }
    return JobState::Failed;
}

ItemState itemStateFromString(const QString &text)
{
    for (ItemState s : {ItemState::Pending, ItemState::Running, ItemState::Done, ItemState::Cancelled,
                        ItemState::NeedsInput}) {
        if (stateKey(s) == text)
            return s;
    }
    return ItemState::Failed;
}

StepState stepStateFromString(const QString &text)
{
    for (StepState s : {StepState::Pending, StepState::Running, StepState::Done, StepState::NeedsInput}) {
        if (stateKey(s) == text)
            return s;
    }
    return StepState::Failed;
}

QString displayName(JobState state)
{
    switch (state) {
    case JobState::Running:
        return Names::tr("Running");
    case JobState::Paused:
        return Names::tr("Paused");
    case JobState::Completed:
        return Names::tr("Completed");
    case JobState::CompletedWithErrors:
        return Names::tr("Completed with errors");
    case JobState::Cancelled:
        return Names::tr("Cancelled");
    case JobState::Interrupted:
        return Names::tr("Interrupted");
    case JobState::Failed:
        return Names::tr("Failed");
    case JobState::NeedsInput:
        return Names::tr("Needs input");
    }
    return {};
}

QString displayName(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return Names::tr("Pending");
    case ItemState::Running:
        return Names::tr("Running");
    case ItemState::Done:
        return Names::tr("Done");
    case ItemState::Failed:
        return Names::tr("Failed");
    case ItemState::Cancelled:
        return Names::tr("Cancelled");
    case ItemState::NeedsInput:
        return Names::tr("Needs input");
    }
    return {};
}

QString displayName(StepState state)
{
    static const ItemState as[] = {ItemState::Pending, ItemState::Running, ItemState::Done, ItemState::Failed,
                                   ItemState::NeedsInput};
    return displayName(as[int(state)]); // the same words
}

bool isFinal(JobState state)
{
    return state == JobState::Completed || state == JobState::CompletedWithErrors ||
           state == JobState::Cancelled || state == JobState::Failed;
}

bool isFinal(ItemState state)
{
    return state == ItemState::Done || state == ItemState::Failed || state == ItemState::Cancelled;
}

} // namespace td
