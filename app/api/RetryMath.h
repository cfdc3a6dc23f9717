#pragma once
#include <QByteArray>

namespace td {

struct RetryPolicy;

// Pure helpers of the retry logic (unit-testable without a network).
namespace RetryMath {

// Retry-After as seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"). -1 when absent or
// unreadable; 0 for a date in the past.
int parseRetryAfterSecs(const QByteArray &value, qint64 nowMsecsSinceEpoch);

// Capped exponential back-off for the retry after `attempt` sends (1-based), with +/- jitter.
// random01 is a uniformly distributed number in [0, 1).
int backoffDelayMs(const RetryPolicy &policy, int attempt, double random01);

} // namespace RetryMath
} // namespace td
