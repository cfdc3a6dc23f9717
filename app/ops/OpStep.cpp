#include "app/ops/OpStep.h"

#include <QPointer>
#include <QTimer>

#include "app/jobs/StepCall.h"
#include "app/session/ConnectionSession.h"

namespace td {

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

void OpStep::run(StepCall *call, const Make &make, const Done &done, const Retry &retry, const Failed &failed)
{
    attempt(call, make, done, retry, failed, 0);
}

void OpStep::attempt(StepCall *call, const Make &make, const Done &done, const Retry &retry,
                     const Failed &failed, int attemptNo)
{
    if (call->isCancelRequested()) {
        call->fail(ApiError::make(ApiError::Kind::Cancelled, StepCall::tr("Cancelled.")));
        return;
    }
    AsyncOp *op = make(call);
    if (!op) // make() completed the call itself (e.g. a local check failed)
        return;
    QObject::connect(call, &StepCall::cancelRequested, op, &AsyncOp::cancel);
    QObject::connect(op, &AsyncOp::finished, call,
                     [call, make, done, retry, failed, attemptNo](const OpResult &result) {
                         if (call->isFinished())
                             return;
                         if (result.ok) {
                             done(call, result);
                             return;
                         }
                         if (!result.cancelled() && !call->isCancelRequested() && attemptNo < retry.retries &&
                             isTransient(result.error)) {
                             const int pause = qMin(retry.delayMs << qMin(attemptNo, 6), 30000);
                             QTimer::singleShot(pause, call, [call, make, done, retry, failed, attemptNo] {
                                 if (!call->isFinished())
                                     attempt(call, make, done, retry, failed, attemptNo + 1);
                             });
                             return;
                         }
                         if (failed && !result.cancelled())
                             failed(call, result);
                         call->fail(result.error);
                     });
    op->start();
}

} // namespace td
