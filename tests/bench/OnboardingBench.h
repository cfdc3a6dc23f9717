#pragma once
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>

#include "app/api/ActivityLog.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkOnboarding.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

// Runs one bulk onboarding of the given customer ids (profile + workspace as the profile + registry entry
// each) through the real job engine, journal and registry, and counts the requests it sent.
struct OnboardingBenchResult
{
    int done = 0;
    int failed = 0;
    int requests = 0;
};

inline OnboardingBenchResult runOnboardingJob(td::ConnectionSession *session, const QString &dir,
                                              const QStringList &ids, QString *error)
{
    using namespace td;
    OnboardingBenchResult out;
    JobJournal journal(dir + QStringLiteral("/jobs.sqlite"));
    CustomerRegistry registry(dir + QStringLiteral("/customers.sqlite"));
    if (!journal.open(error) || !registry.open(error))
        return out;
    JobEngine engine(&journal);
    OnboardJobType::registerWith(engine.types(), &registry);
    engine.setSession(session->connection().id, session);
    engine.setMaxConcurrency(16); // items in flight; the scheduler keeps its own limit per connection

    QVector<OnboardingRow> rows;
    for (int i = 0; i < ids.size(); ++i) {
        OnboardingRow row;
        row.line = i + 2;
        row.customerId = ids.at(i);
        row.displayName = QStringLiteral("Customer %1").arg(i + 1);
        rows.append(row);
    }
    BulkOnboarding bulk(&engine, session);
    bulk.setRows(rows, dir);
    OnboardJobParams params;
    params.pollMs = 50;
    bulk.setParams(params);

    QObject counter;
    QObject::connect(session->activity(), &ActivityLog::entryAdded, &counter,
                     [&out](const ActivityEntry &) { ++out.requests; });
    bool finished = false;
    QString jobId;
    QObject::connect(&engine, &JobEngine::jobFinished, &counter, [&](const QString &id, JobState) {
        if (id == jobId)
            finished = true;
    });
    jobId = bulk.submit(error);
    if (jobId.isEmpty())
        return out;
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (const JobItemInfo &item : engine.items(jobId)) {
        if (item.state == ItemState::Done)
            ++out.done;
        else
            ++out.failed;
    }
    return out;
}
