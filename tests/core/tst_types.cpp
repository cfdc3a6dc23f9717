#include <QJsonDocument>
#include <QTest>

#include "app/api/PagedApiCall.h"
#include "app/api/RequestScheduler.h"
#include "app/api/RetryMath.h"
#include "app/domain/JsonReader.h"
#include "app/domain/Types.h"

using namespace td;

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

class TestTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonReaderCaseInsensitive()
    {
        const JsonReader r(
            obj(R"({"IsRefreshable":true,"Name":"x","count":3,"flag":"False","t":"TRUE","o":{"a":1}})"));
        QVERIFY(r.boolean(QLatin1String("isRefreshable")));
        QCOMPARE(r.string(QLatin1String("name")), QStringLiteral("x"));
        QCOMPARE(r.string(QLatin1String("COUNT")), QStringLiteral("3"));
        QCOMPARE(r.boolean(QLatin1String("flag"), true), false);
        QCOMPARE(r.boolean(QLatin1String("t")), true);
        QCOMPARE(r.boolean(QLatin1String("missing"), true), true);
        QCOMPARE(r.object(QLatin1String("O")).value(QLatin1String("a")).toInt(), 1);
        QVERIFY(r.array(QLatin1String("o")).isEmpty());
    }

    void exactKeyWins()
    {
        const JsonReader r(obj(R"({"Name":"upper","name":"lower"})"));
        QCOMPARE(r.string(QLatin1String("name")), QStringLiteral("lower"));
    }

    void datasetPascalCaseAndStringBooleans()
    {
        const Dataset d = Dataset::fromJson(obj(
            R"({"Id":"d1","Name":"Sales","IsRefreshable":"true","IsEffectiveIdentityRequired":false,"CreatedDate":"2024-01-01","unknownField":5})"));
        QCOMPARE(d.id, QStringLiteral("d1"));
        QCOMPARE(d.name, QStringLiteral("Sales"));
        QVERIFY(d.isRefreshable);
        QVERIFY(!d.isEffectiveIdentityRequired);
        QCOMPARE(d.createdDate, QStringLiteral("2024-01-01"));
        QCOMPARE(d.raw.value(QLatin1String("unknownField")).toInt(), 5);
    }

    void unknownEnumKept()
    {
        const Capacity c = Capacity::fromJson(obj(
            R"({"id":"c","state":"SomethingNew","admins":["a@b.c",3],"capacityUserAccessRight":"Assign"})"));
        QCOMPARE(c.state, QStringLiteral("SomethingNew"));
        QCOMPARE(c.admins, QStringList{QStringLiteral("a@b.c")});
        const Report r = Report::fromJson(obj(R"({"id":"r","reportType":"FutureReport"})"));
        QCOMPARE(r.reportType, QStringLiteral("FutureReport"));
        QVERIFY(!r.isPaginated());
        QVERIFY(Report::fromJson(obj(R"({"reportType":"paginatedreport"})")).isPaginated());
    }

    void groupUserToJson()
    {
        GroupUser u;
        u.identifier = QStringLiteral("sp-object-id");
        u.principalType = QStringLiteral("App");
        u.groupUserAccessRight = QStringLiteral("Admin");
        u.emailAddress = QStringLiteral("legacy@contoso.com");
        u.profileId = QStringLiteral("profile-1");
        const QJsonObject o = u.toJson();
        QCOMPARE(o.value(QLatin1String("identifier")).toString(), QStringLiteral("sp-object-id"));
        QCOMPARE(o.value(QLatin1String("principalType")).toString(), QStringLiteral("App"));
        QCOMPARE(o.value(QLatin1String("groupUserAccessRight")).toString(), QStringLiteral("Admin"));
        QCOMPARE(o.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("profile-1"));
        QVERIFY(!o.contains(QLatin1String("emailAddress")));
        QCOMPARE(o.keys().size(), 4);
        u.profileId.clear();
        QVERIFY(!u.toJson().contains(QLatin1String("profile")));
    }

    void groupUserFromJson()
    {
        const GroupUser u = GroupUser::fromJson(obj(
            R"({"identifier":"x","principalType":"App","groupUserAccessRight":"Viewer","profile":{"id":"p","displayName":"P"}})"));
        QCOMPARE(u.profileId, QStringLiteral("p"));
        QCOMPARE(u.profileDisplayName, QStringLiteral("P"));
        const GroupUser legacy =
            GroupUser::fromJson(obj(R"({"emailAddress":"john@contoso.com","groupUserAccessRight":"Admin"})"));
        QCOMPARE(legacy.identifier, QStringLiteral("john@contoso.com"));
    }

    void listItemsShapes()
    {
        bool ok = false;
        QCOMPARE(listItems(R"({"@odata.context":"x","@odata.count":2,"value":[{"id":"a"},{"id":"b"}]})", &ok)
                     .size(),
                 2);
        QVERIFY(ok);
        QCOMPARE(listItems(R"([{"id":"a"}])", &ok).size(), 1);
        QVERIFY(ok);
        listItems(R"({"something":1})", &ok);
        QVERIFY(!ok);
        listItems("<html>", &ok);
        QVERIFY(!ok);
    }

    void retryAfter()
    {
        QCOMPARE(RetryMath::parseRetryAfterSecs("3", 0), 3);
        QCOMPARE(RetryMath::parseRetryAfterSecs(" 120 ", 0), 120);
        QCOMPARE(RetryMath::parseRetryAfterSecs("", 0), -1);
        QCOMPARE(RetryMath::parseRetryAfterSecs("soon", 0), -1);
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
        QCOMPARE(RetryMath::parseRetryAfterSecs("Wed, 21 Oct 2015 07:28:00 GMT", now.toMSecsSinceEpoch()),
                 10);
        QCOMPARE(
            RetryMath::parseRetryAfterSecs("Wed, 21 Oct 2015 07:28:00 GMT", now.toMSecsSinceEpoch() + 60000),
            0);
    }

    void backoff()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.2;
        QCOMPARE(RetryMath::backoffDelayMs(p, 1, 0.5), 100);
        QCOMPARE(RetryMath::backoffDelayMs(p, 2, 0.5), 200);
        QCOMPARE(RetryMath::backoffDelayMs(p, 3, 0.5), 400);
        QCOMPARE(RetryMath::backoffDelayMs(p, 10, 0.5), 1000); // capped
        QCOMPARE(RetryMath::backoffDelayMs(p, 1, 0.0), 80);
        QVERIFY(RetryMath::backoffDelayMs(p, 10, 0.99) <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
