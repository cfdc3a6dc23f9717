#include "IdentityResolver.h"

#include "EmulatorState.h"
#include "ErrorBodies.h"
#include "TokenService.h"

namespace emu {

IdentityResolver::IdentityResolver(EmulatorState &state, TokenService &tokens)
    : m_state(state), m_tokens(tokens)
{}

std::optional<Caller> IdentityResolver::resolve(const HttpRequest &request, HttpResponse *error,
                                                QString *clientId) const
{
    clientId->clear();
    const QList<QByteArray> auths = request.headerValues("Authorization");
    if (auths.size() != 1) {
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    const QByteArray auth = auths.first().trimmed();
    if (!auth.toLower().startsWith("bearer ")) {
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    QString spClientId;
    const auto check = m_tokens.check(token, &spClientId);
    if (check == TokenService::TokenCheck::Invalid) {
        // docs/powerbi-rest/API-NOTES.md §14: missing/invalid bearer -> 401 PowerBINotAuthorizedException.
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    *clientId = spClientId;
    if (check == TokenService::TokenCheck::WrongAudience) {
        // A valid Entra token for another resource (aud), e.g. Azure management: not for Power BI.
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    if (check == TokenService::TokenCheck::Expired) {
        *error = ErrorBodies::tokenExpired();
        return std::nullopt;
    }
    const ServicePrincipalInfo *sp = m_state.findSpByClientId(spClientId);
    if (!sp) {
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    Caller caller;
    caller.sp = *sp;
    const QList<QByteArray> profileHeaders = request.headerValues("X-PowerBI-Profile-Id");
    if (profileHeaders.isEmpty())
        return caller;
    // docs/powerbi-rest/API-NOTES.md §13: sending the header twice "results in unauthorized errors" (two
    // lines or a list).
    if (profileHeaders.size() > 1 || profileHeaders.first().contains(',')) {
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    const QString profileId = QString::fromLatin1(profileHeaders.first().trimmed());
    const Profile *profile = m_state.findProfile(profileId);
    // Assumption (docs/powerbi-rest/API-NOTES.md §13): an unknown profile id, or a profile of another service
    // principal, is answered 401 PowerBINotAuthorizedException (consistently, for every endpoint).
    if (!profile || profile->ownerClientId.compare(sp->clientId, Qt::CaseInsensitive) != 0) {
        *error = ErrorBodies::notAuthorized();
        return std::nullopt;
    }
    caller.profileId = profile->id;
    caller.profileName = profile->displayName;
    return caller;
}

} // namespace emu
