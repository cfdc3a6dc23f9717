#include "app/ops/OpStep.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include "app/jobs/StepCall.h"
#include "app/session/ConnectionSession.h"

namespace td {

struct OpStep::Run
{
    StepCall *call;
    Make make;
    Done done;
    Retry retry;
    Failed failed;
};

bool OpStep::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus >= 500;
    default:
        return false;
    }
}

RetryPolicy OpStep::Retry::policy() const
{
    RetryPolicy p;
    p.maxAttempts = qMax(0, retries) + 1;
    p.baseDelayMs = qMax(1, delayMs);
    return p;
}

int OpStep::pauseMs(const Retry &retry, int rerun, const ApiError &error, double random01)
{
    const RetryPolicy policy = retry.policy();
    if (error.retryAfterSecs >= 0) // the service said when (0 = now)
        return int(
            qMin<qint64>(qint64(error.retryAfterSecs) * 1000, qint64(policy.maxRetryAfterSecs) * 1000));
    return RetryMath::backoffDelayMs(policy, rerun, random01);
}

void OpStep::run(StepCall *call, const Make &make, const Done &done, const Retry &retry, const Failed &failed)
{
    attempt(std::make_shared<Run>(Run{call, make, done, retry, failed}), 0, 0);
}

void OpStep::attempt(const std::shared_ptr<Run> &run, int spent, int reruns)
{
    StepCall *call = run->call;
    if (call->isCancelRequested()) {
        call->fail(ApiError::make(ApiError::Kind::Cancelled, StepCall::tr("Cancelled.")));
        return;
    }
    AsyncOp *op = run->make(call);
    if (!op) // make() completed the call itself (e.g. a local check failed)
        return;
    QObject::connect(call, &StepCall::cancelRequested, op, &AsyncOp::cancel);
    QObject::connect(op, &AsyncOp::finished, call, [run, spent, reruns](const OpResult &result) {
        StepCall *call = run->call;
        if (call->isFinished())
            return;
        if (result.ok) {
            run->done(call, result);
            return;
        }
        const ApiError &e = result.error;
        const bool waitOut =
            run->retry.keepWaitingOn429 && e.kind == ApiError::Kind::Http && e.httpStatus == 429;
        const int nowSpent = waitOut ? spent : spent + qMax(1, e.sends);
        const int budget = qMax(0, run->retry.retries) + 1;
        if (!result.cancelled() && !call->isCancelRequested() && isTransient(e) &&
            (waitOut || nowSpent < budget)) {
            const int pause =
                pauseMs(run->retry, reruns + 1, e, QRandomGenerator::global()->generateDouble());
            QTimer::singleShot(pause, call, [run, nowSpent, reruns] {
                if (!run->call->isFinished())
                    attempt(run, nowSpent, reruns + 1);
            });
            return;
        }
        if (run->failed && !result.cancelled())
            run->failed(call, result);
        call->fail(e);
    });
    op->start();
}

} // namespace td
