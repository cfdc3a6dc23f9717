#include "app/registry/Customer.h"

#include <QRegularExpression>
#include <QUuid>

#include "app/util/TerminalText.h"

namespace td {

QString Customer::identityName(Identity identity)
{
    return identity == Identity::Profile ? QStringLiteral("profile") : QStringLiteral("serviceprincipal");
}

bool Customer::identityFromName(const QString &name, Identity *identity)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("profile") || n.isEmpty()) {
        *identity = Identity::Profile;
        return true;
    }
    if (n == QLatin1String("serviceprincipal") || n == QLatin1String("sp")) {
        *identity = Identity::ServicePrincipal;
        return true;
    }
    return false;
}

bool Customer::isValidCustomerId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"));
    return re.match(id).hasMatch();
}

QString Customer::validate() const
{
    auto guid = [](const QString &s) { return !QUuid::fromString(s).isNull(); };
    if (!isValidCustomerId(customerId))
        return tr("The customer id \"%1\" is not valid: use 1 to 64 letters, digits, '-', '_', '.' or ':'.")
            .arg(customerId.left(80));
    if (displayName.trimmed().isEmpty())
        return tr("Customer %1 has no display name.").arg(customerId);
    if (TerminalText::hasControl(displayName))
        return tr("The display name of customer %1 holds control characters (such as tabs, line breaks or "
                  "terminal escapes).")
            .arg(customerId);
    if (displayName.size() > 200)
        return tr("The display name of customer %1 is longer than 200 characters.").arg(customerId);
    if (connectionId.isEmpty())
        return tr("Customer %1 has no connection.").arg(customerId);
    if (identity == Identity::Profile && !profileId.isEmpty() && !guid(profileId))
        return tr("The profile id of customer %1 is not a GUID: %2").arg(customerId, profileId.left(80));
    for (const QString &w : workspaceIds) {
        if (!guid(w))
            return tr("A workspace id of customer %1 is not a GUID: %2").arg(customerId, w.left(80));
    }
    if (!capacityId.isEmpty() && !guid(capacityId))
        return tr("The capacity id of customer %1 is not a GUID: %2").arg(customerId, capacityId.left(80));
    return {};
}

} // namespace td
