#pragma once
#include "EmulatorModel.h"
#include "JobSettings.h"
#include "Router.h"

namespace emu {

class EmulatorState;

// Dataset refreshes (docs/powerbi-rest/API-NOTES.md §6, §15): POST groups/{g}/datasets/{d}/refreshes -> 202;
// the entry is Unknown, then Completed, or Failed (serviceExceptionJson) when a data source has no
// credentials or a failure was requested (JobSettings), after JobSettings::refreshDelayMs. GET
// .../refreshes?$top=N lists the history, newest first; GET .../refreshes/{requestId} gives one refresh's
// execution details (202 while running, 200 when done).
class RefreshesApi
{
public:
    RefreshesApi(EmulatorState &state, JobSettings &jobs) : m_state(state), m_jobs(jobs) {}
    void registerRoutes(Router &router);

    static QJsonObject refreshJson(const RefreshEntry &r);

private:
    HttpResponse startRefresh(const RouteContext &ctx);
    HttpResponse history(const RouteContext &ctx);
    HttpResponse details(const RouteContext &ctx);
    void finish(const QString &workspaceId, const QString &datasetId, const QString &requestId,
                bool forceFail);

    EmulatorState &m_state;
    JobSettings &m_jobs;
};

} // namespace emu
