#include <QTest>

#include "app/api/ApiError.h"
#include "app/api/ResponseCheck.h"

using td::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void powerBiErrorWithPbiError()
    {
        const QByteArray body =
            R"({"error":{"code":"PowerBINotAuthorizedException","pbi.error":{"code":"PowerBINotAuthorizedException","parameters":{},"details":[],"exceptionCulprit":1}}})";
        ApiError e = ApiError::fromHttp(401, body, QStringLiteral("req-1"));
        e.method = QStringLiteral("GET");
        e.path = QStringLiteral("/v1.0/myorg/groups");
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.code, QStringLiteral("PowerBINotAuthorizedException"));
        QCOMPARE(e.summary(), QStringLiteral("Power BI refused the request: this identity is not authorized "
                                             "(check the workspace role or the profile)"));
        const QString d = e.details();
        QVERIFY(d.contains(QLatin1String("401")));
        QVERIFY(d.contains(QLatin1String("PowerBINotAuthorizedException")));
        QVERIFY(d.contains(QLatin1String("req-1")));
        QVERIFY(d.contains(QLatin1String("GET /v1.0/myorg/groups")));
    }

    void pbiErrorCodeOnly()
    {
        const QByteArray body = R"({"error":{"pbi.error":{"code":"PowerBIEntityNotFound"}}})";
        const ApiError e = ApiError::fromHttp(404, body, {});
        QCOMPARE(e.code, QStringLiteral("PowerBIEntityNotFound"));
        QVERIFY(e.summary().startsWith(QLatin1String("Not found")));
    }

    void tokenExpiredWithMessage()
    {
        const QByteArray body =
            R"({"error":{"code":"TokenExpired","message":"Access token has expired, resubmit with a new access token"}})";
        const ApiError e = ApiError::fromHttp(403, body, {});
        QCOMPARE(e.code, QStringLiteral("TokenExpired"));
        QCOMPARE(e.message, QStringLiteral("Access token has expired, resubmit with a new access token"));
        QVERIFY(e.summary().contains(QLatin1String("expired")));
    }

    void entraBody()
    {
        const QByteArray body = "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: "
                                "Invalid client secret provided.\\r\\nTrace ID: 1111\\r\\nCorrelation ID: "
                                "2222\\r\\nTimestamp: 2023-05-06 06:03:00Z\",\"error_codes\":[7000215]}";
        const ApiError e = ApiError::fromTokenEndpoint(401, body, {});
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(e.code, QStringLiteral("invalid_client"));
        QCOMPARE(e.message, QStringLiteral("AADSTS7000215: Invalid client secret provided."));
        QVERIFY(!e.details().contains(QLatin1String("Trace ID")));
        QVERIFY(e.details().contains(QLatin1String("AADSTS7000215")));
        QVERIFY(e.summary().contains(QLatin1String("invalid_client")));
    }

    void throttlingMessageBody()
    {
        const QByteArray body =
            R"({"message":"You have exceeded the amount of requests allowed in the current time frame and further requests will fail. Retry in 3392 seconds."})";
        const ApiError e = ApiError::fromHttp(429, body, QStringLiteral("r"));
        QVERIFY(e.code.isEmpty());
        QVERIFY(e.message.contains(QLatin1String("Retry in 3392 seconds")));
        QVERIFY(e.summary().contains(QLatin1String("throttling")));
    }

    void plainText()
    {
        const ApiError e = ApiError::fromHttp(500, "An error has occurred", {});
        QCOMPARE(e.message, QStringLiteral("An error has occurred"));
        QCOMPARE(e.summary(), QStringLiteral("The Power BI service failed (HTTP 500): try again later"));
    }

    void htmlFromProxy()
    {
        const QByteArray body = "<!DOCTYPE html><html><head><title>Proxy Authentication "
                                "Required</title></head><body>x</body></html>";
        const ApiError e = ApiError::fromHttp(407, body, {});
        QVERIFY(e.htmlBody);
        QCOMPARE(e.message, QStringLiteral("Proxy Authentication Required"));
        QVERIFY(e.summary().contains(QLatin1String("web page instead of JSON")));
        QVERIFY(!e.summary().contains(QLatin1String("<")));
    }

    void emptyBody()
    {
        const ApiError e = ApiError::fromHttp(503, QByteArray(), {});
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY(e.code.isEmpty());
        QVERIFY(e.message.isEmpty());
        QVERIFY(e.summary().contains(QLatin1String("503")));
    }

    void malformedInputsNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated json") << QByteArray(R"({"error":{"code":"X")");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("error number") << QByteArray(R"({"error":42})");
        QTest::newRow("error null") << QByteArray(R"({"error":null})");
        QTest::newRow("pbi.error string") << QByteArray(R"({"error":{"pbi.error":"x"}})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("huge") << QByteArray(200000, 'a');
        QTest::newRow("case") << QByteArray(R"({"Error":{"Code":"PowerBIEntityNotFound"}})");
    }
    void malformedInputsNeverCrash()
    {
        QFETCH(QByteArray, body);
        const ApiError e = ApiError::fromHttp(400, body, {});
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY(!e.summary().isEmpty());
        QVERIFY(e.message.size() < 1000);
    }

    void caseInsensitiveKeys()
    {
        const ApiError e = ApiError::fromHttp(404, R"({"Error":{"Code":"PowerBIEntityNotFound"}})", {});
        QCOMPARE(e.code, QStringLiteral("PowerBIEntityNotFound"));
    }

    void successBodyCheck()
    {
        QVERIFY(!td::checkSuccessBody(200, R"({"value":[]})", {}, true).isError());
        QVERIFY(!td::checkSuccessBody(200, QByteArray(), {}, true).isError());
        QVERIFY(!td::checkSuccessBody(200, "not json", {}, false).isError());
        const ApiError broken = td::checkSuccessBody(200, R"({"value":[)", {}, true);
        QCOMPARE(broken.kind, ApiError::Kind::BadResponse);
        const ApiError html = td::checkSuccessBody(200, "<html><body>Sign in</body></html>", {}, true);
        QCOMPARE(html.kind, ApiError::Kind::BadResponse);
        QVERIFY(html.summary().contains(QLatin1String("web page instead of JSON")));
    }

    void keychainSummaries()
    {
        td::ApiError e = ApiError::make(ApiError::Kind::Keychain, QStringLiteral("no dbus"));
        e.code = QStringLiteral("NoBackendAvailable");
        QVERIFY(e.summary().contains(QLatin1String(
            "start or unlock the desktop keyring (GNOME Keyring / KWallet / Secret Service) and try again")));
        e.code = QStringLiteral("EntryNotFound");
        QVERIFY(e.summary().contains(QLatin1String("No client secret is stored")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
