#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace td {

// One of the ISV's customers and where it lives in Power BI: the identity that holds its content
// (a profile of the connection's service principal, or a dedicated service principal connection)
// and its workspace(s).
struct Customer
{
    Q_DECLARE_TR_FUNCTIONS(Customer)
public:
    enum class Identity { Profile, ServicePrincipal };

    QString customerId; // the ISV's own id, unique per connection (case-insensitive)
    QString displayName;
    QString connectionId;
    Identity identity = Identity::Profile;
    QString profileId;            // Identity::Profile
    QString identityConnectionId; // Identity::ServicePrincipal: the dedicated SP's connection
    QStringList workspaceIds;
    QString capacityId;
    QString status = QStringLiteral("active"); // e.g. onboarding, active, failed, offboarded
    QDateTime created;                         // UTC, set by the registry
    QDateTime updated;                         // UTC, set by the registry
    // What an onboarding of this customer created (profile, workspace, Admin membership), so that its
    // rollback still knows after a restart. Written by the "onboard" job; not part of the CSV.
    QJsonObject onboarding;

    static QString identityName(Identity identity); // "profile" | "serviceprincipal"
    static bool identityFromName(const QString &name, Identity *identity);
    // Why this customer cannot be stored as it is (empty when fine). ids are checked as GUIDs.
    QString validate() const;
    static bool isValidCustomerId(const QString &id); // 1-64 chars: letters, digits, - _ . :
};

} // namespace td
