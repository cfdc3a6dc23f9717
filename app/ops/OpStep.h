#pragma once
#include <functional>

#include "app/ops/AsyncOp.h"

namespace td {

class StepCall;

// Runs one idempotent AsyncOp as a job step. A transient failure (5xx, 429 after the scheduler's own
// retries, a dropped connection, a timeout) runs a fresh op again after a pause that doubles each time:
// the op finds what an earlier run made, so nothing is made twice. Cancelling the step cancels the op.
class OpStep
{
public:
    struct Retry
    {
        int retries = 4;
        int delayMs = 500;
    };
    using Make = std::function<AsyncOp *(StepCall *call)>;                      // parent: call
    using Done = std::function<void(StepCall *call, const OpResult &result)>;   // ok: must complete call
    using Failed = std::function<void(StepCall *call, const OpResult &result)>; // before call->fail

    static void run(StepCall *call, const Make &make, const Done &done, const Retry &retry,
                    const Failed &failed = {});
    static bool isTransient(const ApiError &error);

private:
    static void attempt(StepCall *call, const Make &make, const Done &done, const Retry &retry,
                        const Failed &failed, int attemptNo);
};

} // namespace td
