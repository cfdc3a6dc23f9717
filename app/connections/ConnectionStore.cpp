#include "app/connections/ConnectionStore.h"

#include <QSettings>
#include <QUuid>

#include "app/util/DataDir.h"
#include "app/util/Logging.h"

namespace td {

namespace {
const QString kGroup = QStringLiteral("connections");
}

ConnectionStore::ConnectionStore(QSettings *settings) : m_settings(settings) {}

QVector<Connection> ConnectionStore::list() const
{
    QVector<Connection> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Connection c;
        c.id = id;
        c.name = m_settings->value(QStringLiteral("name")).toString();
        c.cloud = m_settings->value(QStringLiteral("cloud"), QStringLiteral("Public")).toString();
        c.apiBaseUrl = QUrl(m_settings->value(QStringLiteral("apiBaseUrl")).toString());
        c.loginUrl = QUrl(m_settings->value(QStringLiteral("loginUrl")).toString());
        c.tenantId = m_settings->value(QStringLiteral("tenantId")).toString();
        c.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        c.servicePrincipalObjectId = m_settings->value(QStringLiteral("servicePrincipalObjectId")).toString();
        c.demo = m_settings->value(QStringLiteral("demo"), false).toBool();
        c.caCertificateFile = m_settings->value(QStringLiteral("caCertificateFile")).toString();
        m_settings->endGroup();
        out.push_back(c);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(),
              [](const Connection &a, const Connection &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

Connection ConnectionStore::find(const QString &idOrName) const
{
    const QVector<Connection> all = list();
    for (const Connection &c : all) {
        if (c.id == idOrName)
            return c;
    }
    for (const Connection &c : all) {
        if (c.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

QString ConnectionStore::save(const Connection &connection)
{
    Connection c = connection;
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(kGroup + QLatin1Char('/') + c.id);
    m_settings->setValue(QStringLiteral("name"), c.name);
    m_settings->setValue(QStringLiteral("cloud"), c.cloud);
    m_settings->setValue(QStringLiteral("apiBaseUrl"), c.apiBaseUrl.toString());
    m_settings->setValue(QStringLiteral("loginUrl"), c.loginUrl.toString());
    m_settings->setValue(QStringLiteral("tenantId"), c.tenantId);
    m_settings->setValue(QStringLiteral("clientId"), c.clientId);
    m_settings->setValue(QStringLiteral("servicePrincipalObjectId"), c.servicePrincipalObjectId);
    m_settings->setValue(QStringLiteral("demo"), c.demo);
    if (c.caCertificateFile.isEmpty())
        m_settings->remove(QStringLiteral("caCertificateFile"));
    else
        m_settings->setValue(QStringLiteral("caCertificateFile"), c.caCertificateFile);
    m_settings->endGroup();
    m_settings->sync();
    DataDir::makePrivate(m_settings->fileName());
    qCInfo(lcConnections) << "saved connection" << c.id;
    return c.id;
}

void ConnectionStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    m_settings->sync();
    DataDir::makePrivate(m_settings->fileName());
    qCInfo(lcConnections) << "removed connection" << id;
}

} // namespace td
