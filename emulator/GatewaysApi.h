#pragma once
#include "Router.h"

namespace emu {

class EmulatorState;

// Gateway data source credentials (ENDPOINTS.md §10): PATCH gateways/{gatewayId}/datasources/{datasourceId}
// with {"credentialDetails":{credentialType, credentials, encryptedConnection, encryptionAlgorithm,
// privacyLevel}}. The data source is looked up among the caller's semantic models; the caller must own
// the model (TakeOver first). Only the credential type (i.e. that credentials are set) is kept: the
// credentials string is validated and dropped, so it never reaches the state file.
class GatewaysApi
{
public:
    explicit GatewaysApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

private:
    HttpResponse updateDatasource(const RouteContext &ctx);

    EmulatorState &m_state;
};

} // namespace emu
