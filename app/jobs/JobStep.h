#pragma once
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <functional>

#include "app/api/ApiError.h"

namespace td {

class StepCall;

// One step of one item: asynchronous and idempotent (running it again after an interruption must find
// what an earlier run created instead of creating it twice). It receives a StepCall, starts its work
// and completes exactly once through call->succeed(...) / call->fail(...) (or call->await(...)), or
// stops its item with call->needInput(request): the same step runs again once the input is given
// (call->input() then holds it).
// Use `call` as the context object of every connection the step makes: when the engine goes away
// mid-step, the StepCall is destroyed and nothing the step started reaches a dead object.
using StepFunction = std::function<void(StepCall *call)>;

struct JobStep
{
    QString name; // stable: the journal matches steps by index and name on resume
    StepFunction run;
};

// A job type's plan for one item: its ordered steps, from the job's and the item's parameters. Called
// when the plan is written and again whenever the item (re)starts; it must return the same step names
// for the same parameters.
using JobPlanFactory =
    std::function<QVector<JobStep>(const QJsonObject &jobParams, const QJsonObject &itemParams)>;

// How a step ended.
struct StepResult
{
    bool ok = false;
    QJsonObject output;      // journaled; later steps read it back with call->output(name)
    ApiError error;          // when !ok; kind Cancelled = the step stopped because it was told to
    QString message;         // when !ok: one line for a person; empty = error.summary()
    QString requestId;       // the RequestId that best explains the result
    bool needsInput = false; // the step waits for input (ok false, no error)
    QJsonObject request;     // needsInput: what it asks for, e.g. {"kind": "modelParameters", ...}
};

} // namespace td
