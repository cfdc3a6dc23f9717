#pragma once
#include <functional>
#include <memory>

#include "app/api/RetryMath.h"
#include "app/ops/AsyncOp.h"

namespace td {

class StepCall;

// Runs one idempotent AsyncOp as a job step. Cancelling the step cancels the op.
//
// Retries do not multiply across layers. The scheduler retries a request itself (a 429 after its
// Retry-After; a 5xx, dropped connection or timeout of an idempotent request) up to its RetryPolicy's
// maxAttempts sends. Every send of the request that failed (ApiError::sends) draws on the step's one
// budget of retries + 1 sends; while that budget lasts, a transient failure (5xx, 429, a dropped
// connection, a timeout) runs a fresh op again after a pause: the 429's Retry-After when the op reports
// one, else RetryMath's capped back-off with jitter. The op finds what an earlier run made, so nothing
// is made twice.
//
// Maximum sends of one step: its failing request goes out at most max(retries + 1, the scheduler's
// maxAttempts) times in all, 5 with the defaults (RetryDefaults): an idempotent request 5 times in one
// run (the scheduler's retries), a create or action 1 time in each of 5 runs. (Requests of the op that
// succeeded, e.g. its reads, are sent again in each re-run.)
//
// keepWaitingOn429: a 429 does not draw on the budget; the op runs again after each Retry-After,
// without limit, until the 429s stop (throttling slows such a step down and never fails it).
class OpStep
{
public:
    struct Retry
    {
        int retries = RetryDefaults::StepRetries; // sends beyond the first, across all runs
        int delayMs = RetryDefaults::BaseDelayMs; // back-off base of the re-runs
        bool keepWaitingOn429 = false;
        RetryPolicy policy() const; // maxAttempts = retries + 1, baseDelayMs = delayMs, else defaults
    };
    using Make = std::function<AsyncOp *(StepCall *call)>;                      // parent: call
    using Done = std::function<void(StepCall *call, const OpResult &result)>;   // ok: must complete call
    using Failed = std::function<void(StepCall *call, const OpResult &result)>; // before call->fail

    static void run(StepCall *call, const Make &make, const Done &done, const Retry &retry,
                    const Failed &failed = {});
    static bool isTransient(const ApiError &error);
    // The pause before re-run number `rerun` (1-based) after `error`.
    static int pauseMs(const Retry &retry, int rerun, const ApiError &error, double random01);

private:
    struct Run;
    static void attempt(const std::shared_ptr<Run> &run, int spent, int reruns);
};

} // namespace td
