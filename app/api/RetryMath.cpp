#include "api/RetryMath.h"

#include <QDateTime>
#include <QString>
#include <QtMath>

#include "api/RequestScheduler.h"

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
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
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
