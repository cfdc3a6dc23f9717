#include "Caller.h"

#include "EmulatorModel.h"

namespace emu {

QString Caller::principalKey() const
{
    return isProfile() ? principalKeyForProfile(profileId) : principalKeyForSp(sp.objectId);
}

} // namespace emu
