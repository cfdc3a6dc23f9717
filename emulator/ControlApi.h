#pragma once
#include "HttpTypes.h"

namespace emu {

class EmulatorServer;

// Loopback-only control endpoints under /_emulator/ (never subject to faults, never logged):
//   GET/PUT    /_emulator/faults     {latencyMs, serverErrorShare, throttleShare, throttleRetryAfterSecs,
//   dropShare, seed?} GET/DELETE /_emulator/requests   request log
//   {"value":[{method,path,query,profileHeaders,servicePrincipalId,status,requestId}]} GET/PUT
//   /_emulator/settings   {tokenLifetimeSecs, requestBudget, budgetWindowSecs, importDelayMs,
//   refreshDelayMs, failNextImports, failNextRefreshes} POST /_emulator/tokens/expire
//   every issued token expires now GET        /_emulator/info       startup info without the secret GET
//   /_emulator/state      the state as JSON (secret hashes only)
//   PUT/DELETE /_emulator/capacities/{id}  {state?, rights?: [{servicePrincipalObjectId | profileId, right}]}
//   changes a capacity's state or an identity's right ("" removes it); DELETE removes the capacity
class ControlApi
{
public:
    explicit ControlApi(EmulatorServer &server) : m_server(server) {}
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse faults(const HttpRequest &request);
    HttpResponse requests(const HttpRequest &request);
    HttpResponse settings(const HttpRequest &request);
    HttpResponse capacity(const HttpRequest &request, const QString &capacityId);

    EmulatorServer &m_server;
};

} // namespace emu
