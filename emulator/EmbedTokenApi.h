#pragma once
#include "EmulatorModel.h"
#include "Router.h"

namespace emu {

class EmulatorState;

// Embed tokens (docs/powerbi-rest/API-NOTES.md §11): POST /GenerateToken (V2: datasets, reports,
// targetWorkspaces, identities, lifetimeInMinutes) and POST groups/{g}/reports/{r}/GenerateToken. Checks that
// the caller can reach every listed item, and the row-level security rules of each model involved (effective
// identity required, roles required, roles that exist). Answers 200 {token, tokenId, expiration}.
class EmbedTokenApi
{
public:
    static constexpr int DefaultLifetimeMinutes = 60;

    explicit EmbedTokenApi(EmulatorState &state) : m_state(state) {}
    void registerRoutes(Router &router);

private:
    struct Located
    {
        Workspace *workspace = nullptr;
        QString role; // the caller's role there; "" = not a member
    };

    HttpResponse generateV2(const RouteContext &ctx);
    HttpResponse generateForReport(const RouteContext &ctx);
    // Finds a report/dataset: the caller's workspaces first, then everywhere (to tell "no access"
    // from "does not exist").
    Located locate(const Caller &caller, const QString &id, bool report);
    static bool checkIdentities(const QVector<const Dataset *> &models, const QJsonArray &identities,
                                const QString &defaultDatasetId, HttpResponse *error);
    static HttpResponse tokenAnswer(const QJsonValue &lifetime);

    EmulatorState &m_state;
};

} // namespace emu
