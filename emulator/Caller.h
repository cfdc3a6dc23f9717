#pragma once
#include "EmulatorServer.h"

#include <QString>

namespace emu {

// The identity a REST call runs as: the service principal itself, or one of its profiles.
struct Caller
{
    ServicePrincipalInfo sp;
    QString profileId; // empty = the service principal itself
    QString profileName;

    bool isProfile() const { return !profileId.isEmpty(); }
    QString principalKey() const; // key used for memberships and capacity rights
    // The name Power BI shows as the owner (configuredBy) of what this caller creates or takes over:
    // the profile's display name, or the service principal's display name. Assumption: the reference
    // shows configuredBy only for users (an email); for service principals it names no format.
    QString ownerName() const { return isProfile() ? profileName : sp.displayName; }
};

} // namespace emu
