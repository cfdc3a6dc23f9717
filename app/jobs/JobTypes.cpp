#include "app/jobs/JobTypes.h"

#include "app/domain/JsonFields.h"

namespace td {

namespace {
// The journal's keys and the translated labels (context "JobStates") of each state.
const EnumKey<JobState> kJobStates[] = {
    {JobState::Running, "running", QT_TRANSLATE_NOOP("JobStates", "Running")},
    {JobState::Paused, "paused", QT_TRANSLATE_NOOP("JobStates", "Paused")},
    {JobState::Completed, "completed", QT_TRANSLATE_NOOP("JobStates", "Completed")},
    {JobState::CompletedWithErrors, "completed-with-errors",
     QT_TRANSLATE_NOOP("JobStates", "Completed with errors")},
    {JobState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("JobStates", "Cancelled")},
    {JobState::Interrupted, "interrupted", QT_TRANSLATE_NOOP("JobStates", "Interrupted")},
    {JobState::Failed, "failed", QT_TRANSLATE_NOOP("JobStates", "Failed")},
    {JobState::NeedsInput, "needs-input", QT_TRANSLATE_NOOP("JobStates", "Needs input")}};

const EnumKey<ItemState> kItemStates[] = {
    {ItemState::Pending, "pending", QT_TRANSLATE_NOOP("JobStates", "Pending")},
    {ItemState::Running, "running", QT_TRANSLATE_NOOP("JobStates", "Running")},
    {ItemState::Done, "done", QT_TRANSLATE_NOOP("JobStates", "Done")},
    {ItemState::Failed, "failed", QT_TRANSLATE_NOOP("JobStates", "Failed")},
    {ItemState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("JobStates", "Cancelled")},
    {ItemState::NeedsInput, "needs-input", QT_TRANSLATE_NOOP("JobStates", "Needs input")}};

const EnumKey<StepState> kStepStates[] = {
    {StepState::Pending, "pending", QT_TRANSLATE_NOOP("JobStates", "Pending")},
    {StepState::Running, "running", QT_TRANSLATE_NOOP("JobStates", "Running")},
    {StepState::Done, "done", QT_TRANSLATE_NOOP("JobStates", "Done")},
    {StepState::Failed, "failed", QT_TRANSLATE_NOOP("JobStates", "Failed")},
    {StepState::NeedsInput, "needs-input", QT_TRANSLATE_NOOP("JobStates", "Needs input")}};
} // namespace

QString stateKey(JobState state)
{
    return enumKey(kJobStates, state, "failed");
}

QString stateKey(ItemState state)
{
    return enumKey(kItemStates, state, "failed");
}

QString stateKey(StepState state)
{
    return enumKey(kStepStates, state, "failed");
}

JobState jobStateFromString(const QString &text)
{
    return enumFromKey(kJobStates, text, JobState::Failed);
}

ItemState itemStateFromString(const QString &text)
{
    return enumFromKey(kItemStates, text, ItemState::Failed);
}

StepState stepStateFromString(const QString &text)
{
    return enumFromKey(kStepStates, text, StepState::Failed);
}

QString displayName(JobState state)
{
    return enumLabel(kJobStates, state, "JobStates");
}

QString displayName(ItemState state)
{
    return enumLabel(kItemStates, state, "JobStates");
}

QString displayName(StepState state)
{
    return enumLabel(kStepStates, state, "JobStates");
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
