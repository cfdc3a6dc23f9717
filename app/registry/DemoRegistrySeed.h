#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace td {

class CustomerRegistry;

// A profile of the demo estate as the registry seed needs it.
struct DemoRegistryProfile
{
    QString profileId;
    QString displayName;      // "C0001 – Fabrikam"
    QStringList workspaceIds; // where the profile is Admin
};

// Demo mode only: when the registry has no entry for the demo connection, one entry per demo profile
// named "<customer id> – <name>" (status active), plus one entry naming a profile that no longer exists,
// so that the health check's registry-drift rule has a case to show.
class DemoRegistrySeed
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegistrySeed)
public:
    static QString missingProfileId() { return QStringLiteral("0b5e3c1d-7a2f-4e9b-8c6d-5f4a3b2c1d0e"); }
    static QString missingCustomerId() { return QStringLiteral("C0099"); }
    // Returns how many entries were added (0 when the connection already has entries).
    static int seedIfEmpty(CustomerRegistry &registry, const QString &connectionId,
                           const QVector<DemoRegistryProfile> &profiles, QString *error = nullptr);
};

} // namespace td
