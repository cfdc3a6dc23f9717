// OpStep's retries against the emulator's fault injection: one always-failing step is sent at most the
// number of times OpStep.h states (the scheduler's retries and the step's re-runs draw on one budget),
// whether the scheduler retries the request itself (a GET, a 429) or cannot (a POST that is not
// idempotent); keepWaitingOn429 goes on past that budget until the 429s stop, then completes.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "EmulatorFixture.h"
#include "app/api/ApiCall.h"
#include "app/api/RequestScheduler.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/ops/OpStep.h"

using namespace td;

namespace {

// One request as an op: GET profiles (idempotent) or a profile create that is not idempotent.
class OneCallOp : public AsyncOp
{
public:
    OneCallOp(ConnectionSession *session, bool post, QObject *parent) : AsyncOp(session, parent), m_post(post)
    {}

protected:
    void run() override
    {
        ApiRequest r = ApiRequest::get(QStringLiteral("profiles"));
        if (m_post) {
            r = ApiRequest::json("POST", QStringLiteral("profiles"),
                                 {{QStringLiteral("displayName"), QStringLiteral("Retry Probe")}});
            r.idempotent = false;
        }
        call(session()->scheduler()->submit(r), [this](const ApiResponse &resp) {
            if (resp.ok())
                succeed({}, resp.requestId);
            else
                fail(resp.error);
        });
    }

private:
    bool m_post;
};

const QString kType = QStringLiteral("test.step-retry");

} // namespace

class TstStepRetry : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;
    QTemporaryDir m_dir;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobEngine> m_engine;

    // The most sends of one step, as OpStep.h states it: max(retries + 1, the scheduler's maxAttempts).
    static int maxSends(int retries, int schedulerAttempts) { return qMax(retries + 1, schedulerAttempts); }

    int restSends() const
    {
        int n = 0;
        for (const emu::RequestRecord &r : m_emu.server->requestLog())
            n += r.path.startsWith(QLatin1String("/v1.0/")) ? 1 : 0;
        return n;
    }

    QString submit(bool post, bool keepWaitingOn429)
    {
        JobRequest req;
        req.type = kType;
        req.connectionId = m_emu.connection().id;
        req.title = QStringLiteral("retry probe");
        req.params = {{QStringLiteral("post"), post}, {QStringLiteral("keepWaiting"), keepWaitingOn429}};
        req.items << JobItemSpec{QStringLiteral("one"), QStringLiteral("one"), {}};
        QString error;
        const QString id = m_engine->submit(req, &error);
        if (id.isEmpty())
            qWarning("submit: %s", qPrintable(error));
        return id;
    }

    // Runs one step under the faults; returns the sends the emulator saw.
    int runFailing(const emu::FaultSettings &faults, bool post)
    {
        m_emu.server->setFaults(faults);
        m_emu.server->clearRequestLog();
        QSignalSpy finished(m_engine.get(), &JobEngine::jobFinished);
        const QString id = submit(post, false);
        if (!finished.wait(20000))
            qWarning("the job did not end");
        m_emu.server->setFaults({});
        if (m_engine->job(id).state != JobState::CompletedWithErrors)
            qWarning("the job did not fail: %s", qPrintable(stateKey(m_engine->job(id).state)));
        return restSends();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emu.start() && m_dir.isValid());
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 40;
        m_emu.session->scheduler()->setRetryPolicy(fast);
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(m_journal->open());
        m_engine = std::make_unique<JobEngine>(m_journal.get());
        m_engine->types().registerType(kType, [](const QJsonObject &job, const QJsonObject &) {
            const bool post = job.value(QLatin1String("post")).toBool();
            OpStep::Retry retry; // the defaults
            retry.delayMs = 5;
            retry.keepWaitingOn429 = job.value(QLatin1String("keepWaiting")).toBool();
            return QVector<JobStep>{
                {QStringLiteral("call"), [post, retry](StepCall *call) {
                     OpStep::run(
                         call, [post](StepCall *k) { return new OneCallOp(k->session(), post, k); },
                         [](StepCall *k, const OpResult &r) { k->succeed({}, r.requestId); }, retry);
                 }}};
        });
        m_engine->setSession(m_emu.connection().id, m_emu.session.get());
        // The token first: the fault injection answers the token endpoint too.
        QSignalSpy warm(m_emu.session->scheduler()->submit(ApiRequest::get(QStringLiteral("profiles"))),
                        &ApiCall::finished);
        QVERIFY(warm.wait(10000));
    }

    void theDefaultsAllowFiveSends()
    {
        // What OpStep.h states for the defaults.
        QCOMPARE(maxSends(OpStep::Retry().retries, RetryPolicy().maxAttempts), 5);
        QCOMPARE(OpStep::Retry().policy().maxAttempts, RetryPolicy().maxAttempts);
    }

    void serverErrorsOfARetriedRequest()
    {
        // The scheduler retries the GET itself: the step must not run it again on top.
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        const int sends = runFailing(faults, false);
        QVERIFY2(sends <= maxSends(OpStep::Retry().retries, RetryPolicy().maxAttempts),
                 qPrintable(QString::number(sends)));
        QCOMPARE(sends, RetryPolicy().maxAttempts);
    }

    void serverErrorsOfARequestTheSchedulerCannotRetry()
    {
        // A create that is not idempotent goes once per run: the step's re-runs carry the budget.
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        const int sends = runFailing(faults, true);
        QVERIFY2(sends <= maxSends(OpStep::Retry().retries, RetryPolicy().maxAttempts),
                 qPrintable(QString::number(sends)));
        QCOMPARE(sends, OpStep::Retry().retries + 1);
    }

    void throttlingWithoutKeepWaiting()
    {
        emu::FaultSettings faults;
        faults.throttleShare = 1.0;
        faults.throttleRetryAfterSecs = 0;
        const int sends = runFailing(faults, true);
        QVERIFY2(sends <= maxSends(OpStep::Retry().retries, RetryPolicy().maxAttempts),
                 qPrintable(QString::number(sends)));
        QVERIFY(sends >= 1);
    }

    void keepWaitingOn429GoesOnUntilTheThrottlingStops()
    {
        emu::FaultSettings faults;
        faults.throttleShare = 1.0;
        faults.throttleRetryAfterSecs = 0;
        m_emu.server->setFaults(faults);
        m_emu.server->clearRequestLog();
        QSignalSpy finished(m_engine.get(), &JobEngine::jobFinished);
        const QString id = submit(false, true);
        const int budget = maxSends(OpStep::Retry().retries, RetryPolicy().maxAttempts);
        QTRY_VERIFY_WITH_TIMEOUT(restSends() > 3 * budget, 20000);
        QVERIFY(m_engine->isActive(id)); // still waiting, not failed
        m_emu.server->setFaults({});
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_engine->job(id).state, JobState::Completed);
        int throttled = 0;
        for (const emu::RequestRecord &r : m_emu.server->requestLog())
            throttled += r.status == 429 ? 1 : 0;
        QVERIFY(throttled > budget);
    }
};

QTEST_GUILESS_MAIN(TstStepRetry)
#include "tst_step_retry.moc"
