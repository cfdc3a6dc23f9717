#pragma once
#include "EmulatorModel.h"
#include "Router.h"

namespace emu {

class EmulatorState;

// Semantic model settings (docs/powerbi-rest/API-NOTES.md §6): GET .../datasets/{id}/parameters,
// POST .../Default.UpdateParameters, GET .../datasources, POST .../Default.TakeOver.
class ModelSettingsApi
{
public:
    explicit ModelSettingsApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

    static QJsonObject datasourceJson(const ModelDatasource &d);

private:
    HttpResponse getParameters(const RouteContext &ctx);
    HttpResponse updateParameters(const RouteContext &ctx);
    HttpResponse getDatasources(const RouteContext &ctx);
    HttpResponse takeOver(const RouteContext &ctx);

    EmulatorState &m_state;
};

} // namespace emu
