#pragma once
#include "EmulatorModel.h"
#include "EmulatorServer.h"
#include "OrderedStore.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace emu {

// The emulator's in-memory Power BI tenant: service principals, profiles, workspaces (with their
// members and items) and capacities. Every mutation must be followed by markChanged() so the
// server persists the state (debounced).
class EmulatorState : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxProfilesPerServicePrincipal = 100000;
    static constexpr int MaxWorkspacesPerPrincipal = 1000;

    explicit EmulatorState(QObject *parent = nullptr);

    void clear();
    void markChanged();

    // Tenants and service principals
    QVector<Tenant> &tenants() { return m_tenants; }
    const QVector<Tenant> &tenants() const { return m_tenants; }
    const Tenant *findTenant(const QString &idOrDomain) const;
    QVector<ServicePrincipalInfo> &servicePrincipals() { return m_sps; }
    const QVector<ServicePrincipalInfo> &servicePrincipals() const { return m_sps; }
    const ServicePrincipalInfo *findSpByClientId(const QString &clientId) const;
    const ServicePrincipalInfo *findSpByObjectId(const QString &objectId) const;
    // Secrets are kept only as SHA-256 hashes in the state file; the clear text lives in memory.
    void setClientSecret(const QString &clientId, const QString &secret);
    bool checkClientSecret(const QString &clientId, const QString &secret) const;
    QByteArray secretHash(const QString &clientId) const { return m_secretHashes.value(clientId.toLower()); }
    void setSecretHash(const QString &clientId, const QByteArray &hexHash);
    static QByteArray hashSecret(const QString &secret);
    // Credential faults (in memory only, not persisted): an expired client secret still matches but is
    // refused with AADSTS7000222; a disabled application is refused with AADSTS7000112.
    void setSecretExpired(const QString &clientId, bool expired);
    bool isSecretExpired(const QString &clientId) const
    {
        return m_expiredSecrets.contains(clientId.toLower());
    }
    void setServicePrincipalEnabled(const QString &clientId, bool enabled);
    bool isServicePrincipalEnabled(const QString &clientId) const
    {
        return !m_disabledSps.contains(clientId.toLower());
    }
    QString primaryClientId() const { return m_primaryClientId; }
    void setPrimaryClientId(const QString &clientId) { m_primaryClientId = clientId; }

    // Profiles
    Profile createProfile(const QString &ownerClientId, const QString &displayName);
    void insertProfile(const Profile &profile); // keeps the given id (used when loading)
    Profile *findProfile(const QString &id) { return m_profiles.find(id); }
    QVector<const Profile *> profilesOf(const QString &ownerClientId) const;
    int profileCount(const QString &ownerClientId) const
    {
        return m_profileCounts.value(ownerClientId.toLower());
    }
    const Profile *findProfileByName(const QString &ownerClientId, const QString &displayName) const;
    void removeProfile(const QString &id); // also drops its memberships and capacity rights
    const OrderedStore<Profile> &profiles() const { return m_profiles; }

    // Workspaces
    // Memberships are indexed (principal key -> workspace ids): add, insert, remove workspaces and
    // change members only through these methods (or call rebuildIndexes() after editing directly).
    Workspace &createWorkspace(const QString &name, const Member &creator);
    Workspace &insertWorkspace(const Workspace &workspace); // keeps the id (seed, load)
    Workspace *findWorkspace(const QString &id) { return m_workspaces.find(id); }
    const Workspace *findWorkspaceByName(const QString &name) const; // case-insensitive
    void removeWorkspace(const QString &id);
    void addMember(Workspace &workspace, const Member &member);
    void removeMemberAt(Workspace &workspace, int index);
    OrderedStore<Workspace> &workspaces() { return m_workspaces; }
    const OrderedStore<Workspace> &workspaces() const { return m_workspaces; }
    int membershipCount(const QString &principalKey) const;
    // The workspaces a principal is a member of, in workspace order, without scanning all of them.
    QVector<const Workspace *> workspacesOf(const QString &principalKey) const;
    void rebuildIndexes();
    bool indexesConsistent() const; // full scan; for tests
    int itemCount() const;          // reports + datasets + dashboards + dataflows (full scan)

    // Capacities
    OrderedStore<Capacity> &capacities() { return m_capacities; }
    const OrderedStore<Capacity> &capacities() const { return m_capacities; }

    // Persistence (JSON; see StateSerializer)
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

    static QString newId(); // random GUID, lower case, no braces

Q_SIGNALS:
    void changed();

private:
    QVector<Tenant> m_tenants;
    QVector<ServicePrincipalInfo> m_sps;
    QString m_primaryClientId;
    QHash<QString, QByteArray> m_secretHashes; // client id (lower) -> hex SHA-256
    QSet<QString> m_expiredSecrets;            // client ids (lower) whose secret has expired
    QSet<QString> m_disabledSps;               // client ids (lower) of disabled applications
    OrderedStore<Profile> m_profiles;
    QHash<QString, int> m_profileCounts; // owner client id (lower) -> count
    OrderedStore<Workspace> m_workspaces;
    QHash<QString, QSet<QString>> m_memberIndex; // principal key -> workspace ids (lower case)
    OrderedStore<Capacity> m_capacities;
};

} // namespace emu
