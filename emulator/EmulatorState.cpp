#include "EmulatorState.h"

#include "StateSerializer.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace emu {

EmulatorState::EmulatorState(QObject *parent) : QObject(parent) {}

void EmulatorState::clear()
{
    m_tenants.clear();
    m_sps.clear();
    m_primaryClientId.clear();
    m_secretHashes.clear();
    m_expiredSecrets.clear();
    m_disabledSps.clear();
    m_profiles.clear();
    m_profileCounts.clear();
    m_workspaces.clear();
    m_memberIndex.clear();
    m_capacities.clear();
}

void EmulatorState::markChanged()
{
    Q_EMIT changed();
}

QString EmulatorState::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const Tenant *EmulatorState::findTenant(const QString &idOrDomain) const
{
    for (const Tenant &t : m_tenants) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 ||
            (!t.domain.isEmpty() && t.domain.compare(idOrDomain, Qt::CaseInsensitive) == 0))
            return &t;
    }
    return nullptr;
}

const ServicePrincipalInfo *EmulatorState::findSpByClientId(const QString &clientId) const
{
    for (const auto &sp : m_sps) {
        if (sp.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &sp;
    }
    return nullptr;
}

const ServicePrincipalInfo *EmulatorState::findSpByObjectId(const QString &objectId) const
{
    for (const auto &sp : m_sps) {
        if (sp.objectId.compare(objectId, Qt::CaseInsensitive) == 0)
            return &sp;
    }
    return nullptr;
}

QByteArray EmulatorState::hashSecret(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void EmulatorState::setClientSecret(const QString &clientId, const QString &secret)
{
    m_secretHashes.insert(clientId.toLower(), hashSecret(secret));
    for (auto &sp : m_sps) {
        if (sp.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            sp.clientSecret = secret;
    }
}

void EmulatorState::setSecretExpired(const QString &clientId, bool expired)
{
    if (expired)
        m_expiredSecrets.insert(clientId.toLower());
    else
        m_expiredSecrets.remove(clientId.toLower());
}

void EmulatorState::setServicePrincipalEnabled(const QString &clientId, bool enabled)
{
    if (enabled)
        m_disabledSps.remove(clientId.toLower());
    else
        m_disabledSps.insert(clientId.toLower());
}

bool EmulatorState::checkClientSecret(const QString &clientId, const QString &secret) const
{
    const QByteArray expected = m_secretHashes.value(clientId.toLower());
    return !expected.isEmpty() && expected == hashSecret(secret);
}

void EmulatorState::setSecretHash(const QString &clientId, const QByteArray &hexHash)
{
    m_secretHashes.insert(clientId.toLower(), hexHash);
}

Profile EmulatorState::createProfile(const QString &ownerClientId, const QString &displayName)
{
    Profile p{newId(), displayName, ownerClientId.toLower()};
    insertProfile(p);
    return p;
}

void EmulatorState::insertProfile(const Profile &profile)
{
    Profile p = profile;
    p.ownerClientId = p.ownerClientId.toLower();
    m_profiles.insert(p.id, p);
    ++m_profileCounts[p.ownerClientId];
}

QVector<const Profile *> EmulatorState::profilesOf(const QString &ownerClientId) const
{
    QVector<const Profile *> out;
    const QString owner = ownerClientId.toLower();
    for (const Profile &p : m_profiles.items()) {
        if (p.ownerClientId == owner)
            out.append(&p);
    }
    return out;
}

const Profile *EmulatorState::findProfileByName(const QString &ownerClientId,
                                                const QString &displayName) const
{
    const QString owner = ownerClientId.toLower();
    for (const Profile &p : m_profiles.items()) {
        // Assumption (docs/powerbi-rest/API-NOTES.md §1): uniqueness of displayName is checked
        // case-insensitively.
        if (p.ownerClientId == owner && p.displayName.compare(displayName, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

void EmulatorState::removeProfile(const QString &id)
{
    const Profile *p = m_profiles.find(id);
    if (!p)
        return;
    const QString key = principalKeyForProfile(id);
    --m_profileCounts[p->ownerClientId];
    const QSet<QString> ids = m_memberIndex.take(key);
    for (const QString &wid : ids) {
        if (Workspace *w = m_workspaces.find(wid))
            w->members.erase(std::remove_if(w->members.begin(), w->members.end(),
                                            [&](const Member &m) { return m.key() == key; }),
                             w->members.end());
    }
    for (Capacity &c : m_capacities.items())
        c.rights.remove(key);
    m_profiles.remove(id);
}

Workspace &EmulatorState::createWorkspace(const QString &name, const Member &creator)
{
    Workspace w;
    w.id = newId();
    w.name = name;
    w.members.append(creator);
    return insertWorkspace(w);
}

Workspace &EmulatorState::insertWorkspace(const Workspace &workspace)
{
    const QString wid = workspace.id.toLower();
    for (const Member &m : workspace.members)
        m_memberIndex[m.key()].insert(wid);
    return m_workspaces.insert(workspace.id, workspace);
}

void EmulatorState::removeWorkspace(const QString &id)
{
    const Workspace *w = m_workspaces.find(id);
    if (!w)
        return;
    const QString wid = id.toLower();
    for (const Member &m : w->members) {
        const auto it = m_memberIndex.find(m.key());
        if (it == m_memberIndex.end())
            continue;
        it->remove(wid);
        if (it->isEmpty())
            m_memberIndex.erase(it);
    }
    m_workspaces.remove(id);
}

void EmulatorState::addMember(Workspace &workspace, const Member &member)
{
    workspace.members.append(member);
    m_memberIndex[member.key()].insert(workspace.id.toLower());
}

void EmulatorState::removeMemberAt(Workspace &workspace, int index)
{
    const QString key = workspace.members.at(index).key();
    workspace.members.removeAt(index);
    if (workspace.findMember(key))
        return; // still a member through another entry
    const auto it = m_memberIndex.find(key);
    if (it == m_memberIndex.end())
        return;
    it->remove(workspace.id.toLower());
    if (it->isEmpty())
        m_memberIndex.erase(it);
}

QVector<const Workspace *> EmulatorState::workspacesOf(const QString &principalKey) const
{
    QVector<int> positions;
    const auto it = m_memberIndex.constFind(principalKey);
    if (it == m_memberIndex.constEnd())
        return {};
    positions.reserve(it->size());
    for (const QString &wid : *it) {
        const int pos = m_workspaces.indexOf(wid);
        if (pos >= 0)
            positions.append(pos);
    }
    std::sort(positions.begin(), positions.end());
    QVector<const Workspace *> out;
    out.reserve(positions.size());
    for (int pos : positions)
        out.append(&m_workspaces.items().at(pos));
    return out;
}

void EmulatorState::rebuildIndexes()
{
    m_memberIndex.clear();
    for (const Workspace &w : m_workspaces.items()) {
        const QString wid = w.id.toLower();
        for (const Member &m : w.members)
            m_memberIndex[m.key()].insert(wid);
    }
}

bool EmulatorState::indexesConsistent() const
{
    QHash<QString, QSet<QString>> expected;
    for (const Workspace &w : m_workspaces.items()) {
        for (const Member &m : w.members)
            expected[m.key()].insert(w.id.toLower());
    }
    return expected == m_memberIndex;
}

int EmulatorState::itemCount() const
{
    qsizetype n = 0;
    for (const Workspace &w : m_workspaces.items())
        n += w.reports.size() + w.datasets.size() + w.dashboards.size() + w.dataflows.size();
    return int(n);
}

const Workspace *EmulatorState::findWorkspaceByName(const QString &name) const
{
    for (const Workspace &w : m_workspaces.items()) {
        if (w.name.compare(name, Qt::CaseInsensitive) == 0)
            return &w;
    }
    return nullptr;
}

int EmulatorState::membershipCount(const QString &principalKey) const
{
    const auto it = m_memberIndex.constFind(principalKey);
    return it == m_memberIndex.constEnd() ? 0 : int(it->size());
}

QJsonObject EmulatorState::toJson() const
{
    return StateSerializer::toJson(*this);
}

bool EmulatorState::fromJson(const QJsonObject &json, QString *error)
{
    clear();
    const bool ok = StateSerializer::fromJson(json, *this, error);
    rebuildIndexes();
    return ok;
}

} // namespace emu
