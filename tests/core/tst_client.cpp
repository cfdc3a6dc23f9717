#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "EmulatorFixture.h"
#include "TestHelpers.h"
#include "app/api/ActivityLog.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/auth/TokenProvider.h"

using namespace td;

// The client over loopback HTTP and HTTPS against the in-process emulator.
class TestClient : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture f;
    RequestScheduler *scheduler() { return f.session->scheduler(); }
    PowerBiClient *client() { return f.session->client(); }

    void fastRetries(int maxAttempts = 5)
    {
        RetryPolicy p;
        p.maxAttempts = maxAttempts;
        p.baseDelayMs = 50;
        p.maxDelayMs = 200;
        scheduler()->setRetryPolicy(p);
    }

    // One request that succeeds, so the token is in hand before faults are injected.
    void warmUp()
    {
        const auto r = waitFor(client()->getProfile(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(r.has_value());
        QVERIFY(f.session->tokens()->hasValidToken());
    }

    int recordsWithStatus(int status) const
    {
        int n = 0;
        for (const emu::RequestRecord &r : f.server->requestLog())
            n += r.status == status ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    // Every test runs over plain loopback HTTP and over HTTPS with the emulator's generated CA.
    void initTestCase_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, tls);
        f.tls = tls;
        QVERIFY(f.start());
        fastRetries();
    }
    void cleanup() { f.stop(); }

    void testConnection()
    {
        QSignalSpy tested(f.session.get(), &ConnectionSession::tested);
        f.session->test();
        QVERIFY(tested.wait(10000));
        const ApiError error = tested.first().at(0).value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.details()));
        QVERIFY(tested.first().at(1).toInt() > 0);
    }

    void untrustedCertificateIsAClearError()
    {
        QFETCH_GLOBAL(bool, tls);
        if (!tls)
            QSKIP("HTTPS only");
        Connection untrusting = f.connection();
        untrusting.caCertificateFile.clear();
        ConnectionSession session(untrusting, f.sp().clientSecret, f.nam.get());
        QSignalSpy tested(&session, &ConnectionSession::tested);
        session.test();
        QVERIFY(tested.wait(10000));
        const ApiError error = tested.first().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message.contains(QLatin1String("certificate is not trusted")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("extra trusted CA file")), qPrintable(error.message));
        QVERIFY(f.server->requestLog().isEmpty());   // the handshake failed: no request reached the emulator
        QCOMPARE(session.tokens()->fetchCount(), 1); // an untrusted certificate is not retried

        // REST requests of the session fail the same way (the token is not the only request).
        ApiCall *call = session.scheduler()->submit(ApiRequest::get(QStringLiteral("profiles")));
        const auto r = waitFor(call);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QVERIFY2(r->error.message.contains(QLatin1String("certificate is not trusted")),
                 qPrintable(r->error.message));
        QVERIFY(f.server->requestLog().isEmpty());
    }

    void wrongSecretIsAuthError()
    {
        f.stop();
        QVERIFY(f.start(QStringLiteral("demo"), QStringLiteral("not-the-secret")));
        QSignalSpy tested(f.session.get(), &ConnectionSession::tested);
        f.session->test();
        QVERIFY(tested.wait(10000));
        const ApiError error = tested.first().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QCOMPARE(error.code, QStringLiteral("invalid_client"));
        QVERIFY2(error.details().contains(QLatin1String("AADSTS7000215")), qPrintable(error.details()));
        QVERIFY(!error.details().contains(QLatin1String("Trace ID")));
        QVERIFY(!error.summary().isEmpty());
    }

    void tokenRefreshedAheadOfExpiry()
    {
        f.server->setTokenLifetimeSecs(3);
        f.session->tokens()->setRefreshMarginSecs(1);
        QElapsedTimer t;
        t.start();
        int ok = 0;
        // At least 3.5 s, longer on a loaded machine until the second token arrived (an early refresh
        // shows as a second fetch without any 401 below; a late one as a 401).
        while (t.elapsed() < 3500 || (f.session->tokens()->fetchCount() < 2 && t.elapsed() < 15000)) {
            const auto r = waitFor(
                client()->getGroup(QString(), QStringLiteral("00000000-0000-0000-0000-000000000001")));
            QVERIFY(r.has_value());
            // 404 for an unknown group is an answer: the token was accepted.
            QVERIFY2(r->httpStatus == 200 || r->httpStatus == 404, qPrintable(r->error.details()));
            ok += 1;
            QTest::qWait(300);
        }
        QVERIFY(ok >= 5);
        QVERIFY2(f.session->tokens()->fetchCount() >= 2,
                 qPrintable(QString::number(f.session->tokens()->fetchCount())));
        int tokenCalls = 0;
        for (const emu::RequestRecord &r : f.server->requestLog()) {
            tokenCalls += r.path.contains(QLatin1String("/oauth2/")) ? 1 : 0;
            if (!r.path.contains(QLatin1String("/oauth2/")))
                QVERIFY(r.status != 401 && r.status != 403);
        }
        QVERIFY(tokenCalls >= 2);
    }

    void expiredTokenRefreshedAndRetriedOnce()
    {
        warmUp();
        const int before = f.session->tokens()->fetchCount();
        f.server->expireAllTokens();
        const auto r = waitFor(client()->listProfiles(100));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.details()));
        QCOMPARE(f.session->tokens()->fetchCount(), before + 1);
    }

    void throttlingHonoursRetryAfterForTheWholeConnection()
    {
        warmUp();
        emu::FaultSettings faults;
        faults.throttleShare = 1.0;
        faults.throttleRetryAfterSecs = 1;
        f.server->setFaults(faults);
        QSignalSpy throttled(scheduler(), &RequestScheduler::throttled);
        QElapsedTimer t;
        t.start();
        ApiCall *first = scheduler()->submit(ApiRequest::get(QStringLiteral("profiles")));
        std::optional<ApiResponse> firstResult;
        connect(first, &ApiCall::finished, this, [&firstResult](const ApiResponse &r) { firstResult = r; });
        QVERIFY(throttled.wait(5000));
        QCOMPARE(throttled.first().first().toInt(), 1);
        f.server->setFaults({});
        QVERIFY(scheduler()->throttledUntilMsecs() > 0);
        // A request submitted during the back-off waits too (shared by the connection).
        const qint64 secondSubmitted = t.elapsed();
        const auto second = waitFor(scheduler()->submit(ApiRequest::get(QStringLiteral("capacities"))));
        QVERIFY(second && second->ok());
        QTRY_VERIFY_WITH_TIMEOUT(firstResult.has_value(), 5000);
        QVERIFY(firstResult->ok());
        QCOMPARE(firstResult->attempts, 2);
        QVERIFY2(firstResult->elapsedMs >= 1000, qPrintable(QString::number(firstResult->elapsedMs)));
        QVERIFY2(secondSubmitted + second->elapsedMs >= 950,
                 qPrintable(QString::number(secondSubmitted + second->elapsedMs)));
    }

    void serverErrorRetriedThenSuccess()
    {
        warmUp();
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        f.server->setFaults(faults);
        scheduler()->setRetryPolicy([] {
            RetryPolicy p;
            p.baseDelayMs = 300;
            p.maxDelayMs = 300;
            return p;
        }());
        ApiCall *job = client()->getProfile(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        std::optional<ApiResponse> result;
        connect(job, &ApiCall::finished, this, [&result](const ApiResponse &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(recordsWithStatus(500) + recordsWithStatus(503) > 0, 5000);
        f.server->setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->httpStatus, 404); // an answer from the service, after the retry
        QVERIFY(result->attempts >= 2);
    }

    void exhaustedRetriesReportStatusAndRequestId()
    {
        warmUp();
        fastRetries(3);
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        f.server->setFaults(faults);
        const auto r = waitFor(scheduler()->submit(ApiRequest::get(QStringLiteral("groups"))));
        QVERIFY(r.has_value());
        QCOMPARE(r->error.kind, ApiError::Kind::Http);
        QVERIFY(r->error.httpStatus >= 500);
        QCOMPARE(r->attempts, 3);
        QVERIFY(!r->error.requestId.isEmpty());
        QVERIFY(r->error.details().contains(r->error.requestId));
        QVERIFY(r->error.details().contains(QLatin1String("GET /v1.0/myorg/groups")));
        const ActivityEntry last = f.session->activity()->entries().last();
        QCOMPARE(last.attempts, 3);
        QCOMPARE(last.requestId, r->error.requestId);
    }

    void transferTimeout()
    {
        warmUp();
        fastRetries(1);
        emu::FaultSettings faults;
        faults.latencyMs = 1500;
        f.server->setFaults(faults);
        ApiRequest req = ApiRequest::get(QStringLiteral("groups"));
        req.timeoutMs = 300;
        QElapsedTimer t;
        t.start();
        const auto r = waitFor(scheduler()->submit(req));
        QVERIFY(r.has_value());
        QCOMPARE(r->error.kind, ApiError::Kind::Timeout);
        QVERIFY2(t.elapsed() < 1400, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!r->error.summary().isEmpty());
    }

    void cancelDuringRetryAfterWait()
    {
        warmUp();
        emu::FaultSettings faults;
        faults.throttleShare = 1.0;
        faults.throttleRetryAfterSecs = 5;
        f.server->setFaults(faults);
        QSignalSpy throttled(scheduler(), &RequestScheduler::throttled);
        ApiCall *job = client()->getGroup(QString(), QStringLiteral("00000000-0000-0000-0000-000000000001"));
        std::optional<ApiResponse> result;
        connect(job, &ApiCall::finished, this, [&result](const ApiResponse &r) { result = r; });
        QVERIFY(throttled.wait(5000));
        QVERIFY(!result.has_value());
        QElapsedTimer t;
        t.start();
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 500);
        QVERIFY(t.elapsed() < 200);
        QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(scheduler()->queuedCount(), 0);
        QCOMPARE(scheduler()->inFlightCount(), 0);
    }

    void cancelInFlight()
    {
        warmUp();
        emu::FaultSettings faults;
        faults.latencyMs = 3000;
        f.server->setFaults(faults);
        ApiCall *job = scheduler()->submit(ApiRequest::get(QStringLiteral("groups")));
        std::optional<ApiResponse> result;
        connect(job, &ApiCall::finished, this, [&result](const ApiResponse &r) { result = r; });
        QTRY_COMPARE_WITH_TIMEOUT(scheduler()->inFlightCount(), 1, 2000);
        QTest::qWait(100);
        job->cancel();
        QVERIFY(result.has_value()); // synchronous completion
        QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(scheduler()->inFlightCount(), 0);
    }

    void pagingAcross2500Profiles()
    {
        f.stop();
        QVERIFY(f.start(QStringLiteral("empty")));
        f.server->bulkCreateProfiles(f.sp().clientId, 2500, QStringLiteral("bulk-"));
        int pageSignals = 0;
        PagedApiCall *job = client()->listProfiles(1000);
        connect(job, &PagedApiCall::pageReceived, this, [&pageSignals] { ++pageSignals; });
        const auto r = waitFor(job);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.details()));
        QCOMPARE(r->pages, 3);
        QCOMPARE(pageSignals, 3);
        QSet<QString> ids;
        for (const Profile &p : parseList<Profile>(r->items))
            ids.insert(p.id);
        QCOMPARE(r->items.size(), 2500);
        QCOMPARE(ids.size(), 2500);
    }

    void profileIsolation()
    {
        f.stop();
        QVERIFY(f.start(QStringLiteral("empty")));
        const auto a = waitFor(client()->createProfile(QStringLiteral("Customer A")));
        const auto b = waitFor(client()->createProfile(QStringLiteral("Customer B")));
        QVERIFY(a && a->ok() && b && b->ok());
        const QString pa = Profile::fromJson(a->json()).id, pb = Profile::fromJson(b->json()).id;
        QVERIFY(!pa.isEmpty() && !pb.isEmpty() && pa != pb);
        const auto wa = waitFor(client()->createGroup(pa, QStringLiteral("A workspace")));
        const auto wb = waitFor(client()->createGroup(pb, QStringLiteral("B workspace")));
        QVERIFY(wa && wa->ok() && wb && wb->ok());
        const QString ga = Workspace::fromJson(wa->json()).id, gb = Workspace::fromJson(wb->json()).id;

        const auto listA = waitFor(client()->listGroups(pa));
        QVERIFY(listA && listA->ok());
        QStringList namesA;
        for (const Workspace &w : parseList<Workspace>(listA->items))
            namesA << w.name;
        QVERIFY(namesA.contains(QStringLiteral("A workspace")));
        QVERIFY(!namesA.contains(QStringLiteral("B workspace")));
        const auto getB = waitFor(client()->getGroup(pa, gb));
        QVERIFY(getB.has_value());
        QCOMPARE(getB->error.kind, ApiError::Kind::Http);
        QVERIFY(getB->error.httpStatus == 401 || getB->error.httpStatus == 403 ||
                getB->error.httpStatus == 404);
        const auto getA = waitFor(client()->getGroup(pa, ga));
        QVERIFY(getA && getA->ok());

        // Every request as a profile carried exactly one header with that profile; SP calls none.
        // Group calls in order: A creates, B creates, then everything else ran as A.
        int asProfile = 0, asSp = 0, groupCreates = 0;
        for (const emu::RequestRecord &r : f.server->requestLog()) {
            if (r.path.contains(QLatin1String("/oauth2/")))
                continue;
            if (r.path.startsWith(QLatin1String("/v1.0/myorg/profiles"))) {
                QVERIFY2(r.profileHeaders.isEmpty(), qPrintable(r.path));
                QVERIFY(!r.servicePrincipalId.isEmpty());
                ++asSp;
                continue;
            }
            QCOMPARE(r.profileHeaders.size(), 1);
            const bool create =
                r.method == QLatin1String("POST") && r.path == QLatin1String("/v1.0/myorg/groups");
            const QString expected = create ? (groupCreates++ == 0 ? pa : pb) : pa;
            QCOMPARE(r.profileHeaders.first(), expected);
            ++asProfile;
        }
        QCOMPARE(groupCreates, 2);
        QVERIFY(asSp >= 2);
        QVERIFY(asProfile >= 5);
        // The activity log records who each request ran as.
        for (const ActivityEntry &e : f.session->activity()->entries()) {
            if (e.url.contains(QLatin1String("/profiles")))
                QVERIFY(e.profileId.isEmpty());
            else if (e.url.contains(QLatin1String("/groups")))
                QVERIFY(e.profileId == pa || e.profileId == pb);
        }
    }

    void createUnderServerErrorsDoesNotDuplicate()
    {
        f.stop();
        QVERIFY(f.start(QStringLiteral("empty")));
        fastRetries(10);
        f.server->setRandomSeed(7);
        emu::FaultSettings faults;
        faults.serverErrorShare = 0.5;
        f.server->setFaults(faults);
        QList<ApiCall *> jobs;
        int done = 0, ok = 0;
        for (int i = 0; i < 6; ++i) {
            ApiCall *job = client()->createProfile(QStringLiteral("dup-%1").arg(i));
            connect(job, &ApiCall::finished, this, [&done, &ok](const ApiResponse &r) {
                ++done;
                ok += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 20000);
        QCOMPARE(ok, 6);
        QVERIFY(recordsWithStatus(500) + recordsWithStatus(503) > 0); // faults did happen
        f.server->setFaults({});
        const auto all = waitFor(client()->listProfiles(1000));
        QVERIFY(all && all->ok());
        QMap<QString, int> counts;
        for (const Profile &p : parseList<Profile>(all->items))
            counts[p.displayName] += 1;
        for (int i = 0; i < 6; ++i)
            QCOMPARE(counts.value(QStringLiteral("dup-%1").arg(i)), 1);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
