#include "EmulatorModel.h"

namespace emu {

QString principalKeyForSp(const QString &objectId)
{
    return QStringLiteral("app:") + objectId.toLower();
}

QString principalKeyForProfile(const QString &profileId)
{
    return QStringLiteral("profile:") + profileId.toLower();
}

QString principalKeyForUser(const QString &email)
{
    return QStringLiteral("user:") + email.toLower();
}

QString Member::key() const
{
    if (!profileId.isEmpty())
        return principalKeyForProfile(profileId);
    if (principalType.compare(QLatin1String("App"), Qt::CaseInsensitive) == 0)
        return principalKeyForSp(identifier);
    if (principalType.compare(QLatin1String("Group"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("group:") + identifier.toLower();
    return principalKeyForUser(identifier);
}

const Member *Workspace::findMember(const QString &principalKey) const
{
    for (const Member &m : members) {
        if (m.key() == principalKey)
            return &m;
    }
    return nullptr;
}

Member *Workspace::findMember(const QString &principalKey)
{
    for (Member &m : members) {
        if (m.key() == principalKey)
            return &m;
    }
    return nullptr;
}

} // namespace emu
