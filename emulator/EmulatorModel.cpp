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

QString cloudGatewayId()
{
    return QStringLiteral("6d2b0f4e-7c1a-4b8e-9f3d-2a5c8e1b7d40");
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

namespace {
template<typename T, typename F> T *findIn(QVector<T> &items, const QString &id, F idOf)
{
    for (T &item : items) {
        if (idOf(item).compare(id, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}
} // namespace

Dataset *Workspace::findDataset(const QString &id)
{
    return findIn(datasets, id, [](const Dataset &d) { return d.id; });
}

Report *Workspace::findReport(const QString &id)
{
    return findIn(reports, id, [](const Report &r) { return r.id; });
}

ImportJob *Workspace::findImport(const QString &id)
{
    return findIn(imports, id, [](const ImportJob &i) { return i.id; });
}

} // namespace emu
