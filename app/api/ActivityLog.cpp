#include "app/api/ActivityLog.h"

namespace td {

namespace {
QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

ActivityLog::ActivityLog(int capacity, QObject *parent) : QObject(parent), m_capacity(qMax(1, capacity)) {}

void ActivityLog::append(const ActivityEntry &entry)
{
    if (m_entries.size() < m_capacity) {
        m_entries.push_back(entry);
    } else {
        m_entries[m_start] = entry;
        m_start = (m_start + 1) % m_capacity;
    }
    Q_EMIT entryAdded(entry);
}

QVector<ActivityEntry> ActivityLog::entries() const
{
    QVector<ActivityEntry> out;
    out.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        out.push_back(m_entries.at((m_start + i) % m_entries.size()));
    return out;
}

int ActivityLog::size() const
{
    return m_entries.size();
}

void ActivityLog::clear()
{
    m_entries.clear();
    m_start = 0;
    Q_EMIT cleared();
}

QString ActivityLog::toCurl(const ActivityEntry &entry)
{
    QStringList parts;
    parts << QStringLiteral("curl");
    if (entry.url.contains(QLatin1String("/oauth2/"))) { // token endpoint: the form, secret redacted
        parts << QStringLiteral("-X") << QStringLiteral("POST") << QStringLiteral("-H")
              << shellQuote(QStringLiteral("Content-Type: application/x-www-form-urlencoded"))
              << QStringLiteral("--data")
              << shellQuote(QStringLiteral("grant_type=client_credentials&client_id=<client id>"
                                           "&client_secret=<redacted>&scope=<scope>"))
              << shellQuote(entry.url);
        return parts.join(QLatin1Char(' '));
    }
    if (entry.method != QLatin1String("GET"))
        parts << QStringLiteral("-X") << entry.method;
    parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Authorization: Bearer <redacted>"));
    if (!entry.profileId.isEmpty())
        parts << QStringLiteral("-H")
              << shellQuote(QStringLiteral("X-PowerBI-Profile-Id: %1").arg(entry.profileId));
    if (entry.method == QLatin1String("POST") || entry.method == QLatin1String("PUT") ||
        entry.method == QLatin1String("PATCH"))
        parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Content-Type: application/json"))
              << QStringLiteral("--data") << shellQuote(QStringLiteral("<body>"));
    parts << shellQuote(entry.url);
    return parts.join(QLatin1Char(' '));
}

} // namespace td
