#pragma once
#include "EmulatorModel.h"
#include "Router.h"

namespace emu {

class EmulatorState;

// Gateway data source credentials (docs/powerbi-rest/API-NOTES.md §10): PATCH
// gateways/{gatewayId}/datasources/{datasourceId} with {"credentialDetails":{credentialType, credentials,
// encryptedConnection, encryptionAlgorithm, privacyLevel}}. The data source is looked up among the caller's
// semantic models; the caller must own the model (TakeOver first). Only the credential type (i.e. that
// credentials are set) is kept: the credentials string is validated and dropped, so it never reaches the
// state file. GET gateways/{gatewayId}/datasources/{datasourceId}/status: 200 without a body when the data
// source has credentials, else 400 with an error (any member of the model's workspace may ask).
class GatewaysApi
{
public:
    explicit GatewaysApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

private:
    HttpResponse updateDatasource(const RouteContext &ctx);
    HttpResponse datasourceStatus(const RouteContext &ctx);
    // The data source among the models in the caller's workspaces (a non-member cannot see it).
    ModelDatasource *findSource(const RouteContext &ctx, Dataset **model);

    EmulatorState &m_state;
};

} // namespace emu
