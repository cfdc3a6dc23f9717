#pragma once
#include "JobSettings.h"
#include "PbixManifest.h"
#include "Router.h"

namespace emu {

class EmulatorState;

// Imports (docs/powerbi-rest/API-NOTES.md §9): POST groups/{g}/imports (multipart/form-data upload of a
// .pbix) -> 202
// {"id"}; the import is Publishing, then Succeeded (a report and a semantic model owned by the
// caller) or Failed after JobSettings::importDelayMs. GET groups/{g}/imports and .../imports/{id}.
class ImportsApi
{
public:
    ImportsApi(EmulatorState &state, JobSettings &jobs) : m_state(state), m_jobs(jobs) {}
    void registerRoutes(Router &router);

    static QJsonObject importJson(const Workspace &w, const ImportJob &job);

private:
    struct Pending
    {
        QString workspaceId;
        QString importId;
        QString itemName; // datasetDisplayName without ".pbix"
        QString owner;    // configuredBy of the new model
        QString overwriteDatasetId;
        bool skipReport = false;
        bool forcedFailure = false;
        bool valid = false;
        QString error;
        PbixManifest manifest;
    };

    HttpResponse postImport(const RouteContext &ctx);
    HttpResponse getImport(const RouteContext &ctx);
    HttpResponse listImports(const RouteContext &ctx);
    void finish(const Pending &pending);
    void publish(Workspace &w, ImportJob &job, const Pending &pending);

    EmulatorState &m_state;
    JobSettings &m_jobs;
};

} // namespace emu
