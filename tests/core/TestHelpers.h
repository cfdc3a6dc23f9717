#pragma once
#include <QElapsedTimer>
#include <QTest>
#include <optional>

#include "app/api/ApiCall.h"
#include "app/api/PagedApiCall.h"
#include "app/util/Clock.h"

// A clock that stands still until a test moves it.
class FakeClock : public td::Clock
{
public:
    qint64 now = 1700000000000;
    qint64 nowMsecsSinceEpoch() const override { return now; }
};

// Waits (event loop running) for a job's single completion; nullopt on timeout.
inline std::optional<td::ApiResponse> waitFor(td::ApiCall *job, int timeoutMs = 15000)
{
    auto result = std::make_shared<std::optional<td::ApiResponse>>();
    auto count = std::make_shared<int>(0);
    QObject::connect(job, &td::ApiCall::finished, job, [result, count](const td::ApiResponse &r) {
        *result = r;
        ++*count;
    });
    QElapsedTimer t;
    t.start();
    while (!*result && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(1); // a second finished() would be a bug: give it a chance to show
    if (*count > 1)
        qFatal("ApiCall finished more than once");
    return *result;
}

inline std::optional<td::ListResult> waitFor(td::PagedApiCall *job, int timeoutMs = 30000)
{
    auto result = std::make_shared<std::optional<td::ListResult>>();
    QObject::connect(job, &td::PagedApiCall::finished, job,
                     [result](const td::ListResult &r) { *result = r; });
    QElapsedTimer t;
    t.start();
    while (!*result && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return *result;
}
