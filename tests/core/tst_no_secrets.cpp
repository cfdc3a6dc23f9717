#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "EmulatorFixture.h"
#include "TestHelpers.h"
#include "app/api/ActivityLog.h"
#include "app/api/PowerBiClient.h"
#include "app/auth/TokenProvider.h"

using namespace td;

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : ""),
                                                   message);
    }
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}
} // namespace

// After a run with a known secret and a real token, neither appears in the activity log, curl
// commands, error texts or any log message (all categories enabled at debug level).
class TestNoSecrets : public QObject
{
    Q_OBJECT
private:
    QStringList m_texts; // everything user-visible or logged, collected during the run

    void collectErrors(const ApiError &e) { m_texts << e.summary() << e.details() << e.message; }

    void assertClean(const QStringList &texts, const QStringList &secrets)
    {
        static const QRegularExpression bearer(
            QStringLiteral("Bearer\\s+(?!<redacted>)[A-Za-z0-9._~+/=-]{8,}"));
        for (const QString &t : texts) {
            // Failure messages show the text with the secrets masked, never the secrets themselves.
            QString masked = t.left(200);
            for (const QString &s : secrets)
                masked.replace(s, QStringLiteral("<SECRET>"));
            masked.replace(bearer, QStringLiteral("Bearer <TOKEN>"));
            for (const QString &s : secrets)
                QVERIFY2(!t.contains(s), qPrintable(QStringLiteral("leak in: ") + masked));
            QVERIFY2(!bearer.match(t).hasMatch(), qPrintable(QStringLiteral("bearer token in: ") + masked));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void runLeavesNoSecretBehind()
    {
        EmulatorFixture f;
        QVERIFY(f.start());
        const QString secret = f.sp().clientSecret;
        QVERIFY(secret.size() >= 8);

        QString token;
        f.session->tokens()->requestToken(this, [&token](const QString &t, const ApiError &) { token = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), 10000);

        QSignalSpy tested(f.session.get(), &ConnectionSession::tested);
        f.session->test();
        QVERIFY(tested.wait(10000));
        collectErrors(tested.first().at(0).value<ApiError>());

        const auto created = waitFor(f.session->client()->createProfile(QStringLiteral("No secrets Ltd")));
        QVERIFY(created && created->ok());
        const QString profile = Profile::fromJson(created->json()).id;
        const auto group =
            waitFor(f.session->client()->createGroup(profile, QStringLiteral("No secrets ws")));
        QVERIFY(group && group->ok());
        const auto missing = waitFor(
            f.session->client()->getGroup(profile, QStringLiteral("00000000-0000-0000-0000-00000000abcd")));
        QVERIFY(missing && !missing->ok());
        collectErrors(missing->error);
        f.server->expireAllTokens(); // 403 TokenExpired -> refresh -> retry
        const auto again = waitFor(f.session->client()->listGroups(profile));
        QVERIFY(again && again->ok());

        // A session with a wrong secret: its secret must not leak either.
        const QString wrongSecret = QStringLiteral("wrong-secret-6d1f0a93c2");
        ConnectionSession bad(f.connection(), wrongSecret, f.nam.get());
        QSignalSpy badTested(&bad, &ConnectionSession::tested);
        bad.test();
        QVERIFY(badTested.wait(10000));
        const ApiError badError = badTested.first().at(0).value<ApiError>();
        QCOMPARE(badError.kind, ApiError::Kind::Auth);
        collectErrors(badError);

        QStringList texts = m_texts;
        for (ActivityLog *log : {f.session->activity(), bad.activity()}) {
            QVERIFY(log->size() > 0);
            for (const ActivityEntry &e : log->entries()) {
                texts << e.method << e.url << e.profileId << e.requestId << e.errorCode
                      << ActivityLog::toCurl(e);
                QVERIFY(ActivityLog::toCurl(e).contains(QLatin1String("<redacted>")));
            }
        }
        {
            QMutexLocker lock(&g_mutex);
            QVERIFY(g_messages.size() > 10); // logging really was on
            texts += g_messages;
        }
        QVERIFY(f.session->tokens()->fetchCount() >= 2); // a second token was fetched after expiry
        assertClean(texts, {secret, wrongSecret, token});
        // The token endpoint was logged (URL only).
        bool sawTokenCall = false;
        for (const ActivityEntry &e : f.session->activity()->entries())
            sawTokenCall |= e.url.endsWith(QLatin1String("/oauth2/v2.0/token"));
        QVERIFY(sawTokenCall);
    }
};

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_no_secrets.moc"
