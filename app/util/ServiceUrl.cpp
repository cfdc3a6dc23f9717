#include "app/util/ServiceUrl.h"

#include <QHostAddress>

namespace td {

bool ServiceUrl::isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback(); // 127.0.0.0/8 and ::1
}

QString ServiceUrl::problem(const QUrl &url)
{
    if (isAllowed(url))
        return {};
    return tr("Refused to send to %1://%2: only https is allowed (plain http only to this computer: "
              "localhost, 127.0.0.1 or ::1).")
        .arg(url.scheme(), url.host());
}

} // namespace td
