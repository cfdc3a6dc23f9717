#pragma once
#include <QDateTime>
#include <QObject>
#include <QVector>

namespace td {

// One completed request as the user sees it in the Requests pane. Never holds a token, a secret or an
// Authorization header: only what is listed here.
struct ActivityEntry
{
    QDateTime time; // when it was submitted (UTC)
    QString method;
    QString url;        // full request URL (query included; no credentials are ever in URLs)
    QString profileId;  // empty = as the service principal
    int httpStatus = 0; // 0 = no HTTP answer (network error, timeout, cancel)
    qint64 durationMs = 0;
    QString requestId;
    int attempts = 0;
    QString errorCode; // Power BI error code or error kind, empty on success
};

// In-memory ring of recent requests for one connection (bounded; oldest dropped first).
class ActivityLog : public QObject
{
    Q_OBJECT
public:
    explicit ActivityLog(int capacity = 5000, QObject *parent = nullptr);
    void append(const ActivityEntry &entry);
    QVector<ActivityEntry> entries() const;
    int size() const;
    void clear();

    // A reproducible curl command for an entry with "Authorization: Bearer <redacted>".
    static QString toCurl(const ActivityEntry &entry);

Q_SIGNALS:
    void entryAdded(const td::ActivityEntry &entry);
    void cleared();

private:
    QVector<ActivityEntry> m_entries;
    int m_capacity;
    int m_start = 0; // ring start
};

} // namespace td

Q_DECLARE_METATYPE(td::ActivityEntry)
