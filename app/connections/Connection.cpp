#include "app/connections/Connection.h"

#include <QRegularExpression>
#include <QSslCertificate>

#include "app/api/HttpSend.h"
#include "app/util/ServiceUrl.h"

namespace td {

QUrl Connection::publicApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api.powerbi.com/v1.0/myorg"));
}

QUrl Connection::publicLoginUrl()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

bool Connection::isGuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return false;
    return t.startsWith(QLatin1Char('{')) == t.endsWith(QLatin1Char('}'));
}

bool Connection::isAllowedUrl(const QUrl &url)
{
    return ServiceUrl::isAllowed(url);
}

QStringList Connection::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The connection needs a name.");
    if (!isGuid(tenantId))
        problems << tr("The tenant id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
    if (!isGuid(clientId))
        problems << tr("The application (client) id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
    if (!servicePrincipalObjectId.trimmed().isEmpty() && !isGuid(servicePrincipalObjectId))
        problems << tr("The service principal object id must be a GUID, or empty.");
    const auto checkUrl = [&problems](const QUrl &url, const QString &what) {
        if (url.isEmpty())
            problems << tr("The %1 is missing.").arg(what);
        else if (url.scheme().isEmpty() || url.host().isEmpty())
            problems << tr("The %1 must be a full URL starting with https://.").arg(what);
        else if (!isAllowedUrl(url))
            problems << tr("The %1 must use https (plain http is allowed only to this computer: localhost, "
                           "127.0.0.1 or ::1).")
                            .arg(what);
    };
    checkUrl(apiBaseUrl, tr("API address"));
    checkUrl(loginUrl, tr("sign-in address"));
    if (!caCertificateFile.isEmpty() && readCaCertificates(caCertificateFile).isEmpty())
        problems << tr("The CA certificate file %1 cannot be read or holds no PEM certificate.")
                        .arg(caCertificateFile);
    return problems;
}

} // namespace td
