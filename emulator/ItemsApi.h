#pragma once
#include "Router.h"

namespace emu {

class EmulatorState;
struct Workspace;
struct Report;
struct Dataset;
struct Dashboard;
struct Dataflow;

// Workspace content lists: reports, datasets (semantic models), dashboards, dataflows
// (docs/powerbi-rest/API-NOTES.md §5-§8), plus Get Report / Get Dataset in group.
class ItemsApi
{
public:
    explicit ItemsApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

    static QJsonObject reportJson(const Workspace &w, const Report &r);
    static QJsonObject datasetJson(const Workspace &w, const Dataset &d);
    static QJsonObject dashboardJson(const Workspace &w, const Dashboard &d);
    static QJsonObject dataflowJson(const Workspace &w, const Dataflow &d);

private:
    HttpResponse listOf(const RouteContext &ctx, const QString &kind);
    HttpResponse getReport(const RouteContext &ctx);
    HttpResponse getDataset(const RouteContext &ctx);

    EmulatorState &m_state;
};

} // namespace emu
