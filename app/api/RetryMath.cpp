#include "app/api/RetryMath.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QtMath>
#include <cmath>
#include <limits>

namespace td::RetryMath {

int parseRetryAfterSecs(const QByteArray &value, qint64 nowMsecsSinceEpoch)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : static_cast<int>(qMin<qint64>(secs, std::numeric_limits<int>::max()));
    QString text = QString::fromLatin1(v).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QLatin1String(" +0000"); // IMF-fixdate is always GMT
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    const qint64 diffMs = when.toMSecsSinceEpoch() - nowMsecsSinceEpoch;
    if (diffMs <= 0)
        return 0;
    return static_cast<int>(qMin<qint64>((diffMs + 999) / 1000, std::numeric_limits<int>::max()));
}

int backoffDelayMs(const RetryPolicy &policy, int attempt, double random01)
{
    const int exponent = qBound(0, attempt - 1, 20);
    const double raw = qMin<double>(policy.maxDelayMs, double(policy.baseDelayMs) * std::pow(2.0, exponent));
    const double jitter = qBound(0.0, policy.jitter, 1.0);
    const double factor = 1.0 + jitter * (2.0 * qBound(0.0, random01, 1.0) - 1.0);
    return qMax(0, qMin(policy.maxDelayMs, static_cast<int>(raw * factor)));
}

} // namespace td::RetryMath
