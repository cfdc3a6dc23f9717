#pragma once
#include <QByteArray>

namespace td {

// The one place retry and polling defaults are defined: the scheduler's RetryPolicy, the job steps'
// re-runs (OpStep::Retry) and the job parameters of onboarding, capacity assignment and migration all
// start from these.
namespace RetryDefaults {
constexpr int MaxAttempts = 5;               // sends of one request, the first included
constexpr int BaseDelayMs = 500;             // first back-off pause
constexpr int MaxDelayMs = 30000;            // cap of one back-off pause
constexpr double Jitter = 0.2;               // +/- share of a pause
constexpr int MaxRetryAfterSecs = 3600;      // a longer Retry-After fails the request instead of waiting
constexpr int StepRetries = MaxAttempts - 1; // a job step's sends beyond the first (OpStep)
constexpr int PollMs = 2000;                 // status polls of imports, refreshes, capacity assignments
constexpr int PollTimeoutMs = 30 * 60 * 1000;
} // namespace RetryDefaults

struct RetryPolicy
{
    int maxAttempts = RetryDefaults::MaxAttempts; // including the first
    int baseDelayMs = RetryDefaults::BaseDelayMs; // exponential back-off base for 5xx / resets / timeouts
    int maxDelayMs = RetryDefaults::MaxDelayMs;   // cap of one back-off delay
    double jitter = RetryDefaults::Jitter;        // +/- share of the delay
    int maxRetryAfterSecs = RetryDefaults::MaxRetryAfterSecs; // a longer Retry-After fails the request
};

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
