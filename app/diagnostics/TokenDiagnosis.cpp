#include "app/diagnostics/TokenDiagnosis.h"

#include <QRegularExpression>

namespace td {

int TokenDiagnosis::aadstsCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

TokenDiagnosis TokenDiagnosis::fromError(const ApiError &error)
{
    TokenDiagnosis d;
    if (!error.isError())
        return d;
    d.aadsts = aadstsCode(error.message);
    const QString code = d.aadsts ? QStringLiteral("AADSTS%1").arg(d.aadsts) : error.code;
    switch (d.aadsts) {
    case 7000222:
        d.cause = Cause::ExpiredSecret;
        d.finding = tr("Entra refused the token request: the client secret has expired (%1).").arg(code);
        d.fix = tr("Create a new client secret for the application in the Azure portal (App registrations → "
                   "Certificates & secrets), then store it in this connection's settings.");
        return d;
    case 7000215:
    case 7000218:
        d.cause = Cause::WrongSecret;
        d.finding = tr("Entra refused the token request: the client secret is wrong (%1). A secret's id was "
                       "perhaps stored instead of its value, or the secret belongs to another application.")
                        .arg(code);
        d.fix = tr("Copy the secret's Value (not its Secret ID) from the Azure portal into this connection's "
                   "settings, or create a new secret.");
        return d;
    case 7000112:
        d.cause = Cause::Disabled;
        d.finding = tr("Entra refused the token request: the application (service principal) is disabled "
                       "(%1).")
                        .arg(code);
        d.fix = tr("Enable the service principal in Entra ID (Enterprise applications → Properties → Enabled "
                   "for users to sign in).");
        return d;
    case 700016:
        d.cause = Cause::UnknownApp;
        d.finding = tr("Entra does not know this application id in the tenant (%1).").arg(code);
        d.fix = tr("Check the application (client) id and the tenant id in the connection settings.");
        return d;
    case 90002:
        d.cause = Cause::UnknownTenant;
        d.finding = tr("Entra does not know the tenant (%1).").arg(code);
        d.fix = tr("Check the tenant id (or domain) in the connection settings.");
        return d;
    default:
        break;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        d.cause = Cause::Network;
        d.finding = tr("The token endpoint could not be reached: %1").arg(error.summary());
        d.fix = tr("Check the network, the proxy and the sign-in address of the connection.");
        return d;
    }
    d.cause = Cause::Other;
    d.finding = tr("The token request failed: %1").arg(error.summary());
    if (!error.message.isEmpty() && error.kind == ApiError::Kind::Auth)
        d.finding += QStringLiteral(" (%1)").arg(error.message.section(QLatin1Char('\n'), 0, 0).trimmed());
    d.fix =
        tr("Check the connection settings (tenant, application id, secret) and that the service principal "
           "is allowed to use the Power BI APIs (tenant setting).");
    return d;
}

} // namespace td
