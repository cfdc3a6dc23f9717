// JsonFields (one field table per type, both directions), the enum key tables and jsonString(): the
// JSON the program writes keeps its keys, reads its own JSON strictly and the service's leniently.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "app/capacity/CapacityTypes.h"
#include "app/diagnostics/AccessReport.h"
#include "app/domain/JsonFields.h"
#include "app/health/HealthTypes.h"

using namespace td;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

struct Sample
{
    QString name;
    bool flag = false;
    int count = 0;
    qint64 big = 0;
    double ratio = 0;
    QStringList tags;
    QDateTime at;
};

const JsonFields<Sample> kSampleFields{
    {"name", &Sample::name},   {"flag", &Sample::flag}, {"count", &Sample::count}, {"big", &Sample::big},
    {"ratio", &Sample::ratio}, {"tags", &Sample::tags}, {"at", &Sample::at}};

enum class Color { Red, Green, Blue };
const EnumKey<Color> kColorKeys[] = {{Color::Red, "red"}, {Color::Green, "green"}};

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryFieldType()
    {
        Sample s;
        s.name = QStringLiteral("n");
        s.flag = true;
        s.count = 42;
        s.big = 5000000000LL;
        s.ratio = 0.25;
        s.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        s.at = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
        const QJsonObject o = kSampleFields.write(s);
        QCOMPARE(o.keys().size(), 7);
        QCOMPARE(o.value(QLatin1String("at")).toString(), QStringLiteral("2024-05-06T07:08:09.123Z"));
        QCOMPARE(o.value(QLatin1String("big")).toInteger(), 5000000000LL);
        const Sample back = kSampleFields.read(o);
        QCOMPARE(back.name, s.name);
        QCOMPARE(back.flag, true);
        QCOMPARE(back.count, 42);
        QCOMPARE(back.big, 5000000000LL);
        QCOMPARE(back.ratio, 0.25);
        QCOMPARE(back.tags, s.tags);
        QCOMPARE(back.at, s.at);
    }

    void writeKeepsExtraFields()
    {
        const QJsonObject o = kSampleFields.write(Sample{}, {{QStringLiteral("extra"), 1}});
        QCOMPARE(o.value(QLatin1String("extra")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("at")).toString(), QString()); // invalid time -> ""
    }

    void ownJsonIsReadStrictly()
    {
        const Sample s = kSampleFields.read(obj(R"({"Name":"x","flag":"true","count":"3","tags":["a",1]})"));
        QCOMPARE(s.name, QString()); // keys are exact
        QCOMPARE(s.flag, false);     // a string is not a boolean
        QCOMPARE(s.count, 0);
        QCOMPARE(s.tags, (QStringList{QStringLiteral("a"), QString()}));
    }

    void serviceJsonIsReadLeniently()
    {
        const Sample s = kSampleFields.readApi(
            obj(R"({"Name":7,"FLAG":"True","count":3,"tags":["a",1],"at":"2024-05-06T07:08:09Z"})"));
        QCOMPARE(s.name, QStringLiteral("7"));
        QCOMPARE(s.flag, true);
        QCOMPARE(s.count, 3);
        QCOMPARE(s.tags, QStringList{QStringLiteral("a")}); // strings only
        QCOMPARE(s.at, QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC));
    }

    void enumKeysBothWays()
    {
        QCOMPARE(enumKey(kColorKeys, Color::Green), QStringLiteral("green"));
        QCOMPARE(enumKey(kColorKeys, Color::Blue, "other"), QStringLiteral("other"));
        QCOMPARE(enumFromKey(kColorKeys, QStringLiteral("red"), Color::Blue), Color::Red);
        QCOMPARE(enumFromKey(kColorKeys, QStringLiteral("Red"), Color::Blue), Color::Blue);
        QCOMPARE(enumLabel(kColorKeys, Color::Red, "Colors"), QString()); // no label in the table
    }

    // The labels people see come from the same tables (untranslated here: no translator installed).
    void enumLabels()
    {
        QCOMPARE(PreflightFinding::severityName(FindingSeverity::Blocker), QStringLiteral("Blocker"));
        QCOMPARE(PlanItem::actionName(PlanAction::Skip), QStringLiteral("Skip"));
        QCOMPARE(AccessLink::statusLabel(AccessLink::Status::Unknown), QStringLiteral("UNKNOWN"));
        QCOMPARE(healthSeverityLabel(HealthSeverity::Warning), QStringLiteral("Warning"));
    }

    void jsonStringFallback()
    {
        const QJsonObject o = obj(R"({"a":"x","n":1})");
        QCOMPARE(jsonString(o, "a"), QStringLiteral("x"));
        QCOMPARE(jsonString(o, "n", QStringLiteral("f")), QStringLiteral("f"));
        QCOMPARE(jsonString(o, "missing", QStringLiteral("f")), QStringLiteral("f"));
        QCOMPARE(jsonBool(obj(R"({"b":true})"), "b"), true);
        QCOMPARE(jsonInt(obj(R"({"i":"4"})"), "i", -1), -1);
    }

    // The journaled and exported JSON of the converted types keeps its keys and values.
    void capacityTypesKeepTheirJson()
    {
        AssignTarget t;
        t.workspaceId = QStringLiteral("w");
        t.adminVerified = true;
        t.customerId = QStringLiteral("c");
        const QJsonObject o = t.toJson();
        QCOMPARE(o.keys(), (QStringList{"adminProfileId", "adminVerified", "currentCapacityId", "customerId",
                                        "region", "workspaceId", "workspaceName"}));
        const AssignTarget back = AssignTarget::fromJson(o);
        QCOMPARE(back.workspaceId, t.workspaceId);
        QVERIFY(back.adminVerified);
        QCOMPARE(back.customerId, t.customerId);

        const PreflightFinding f{QStringLiteral("rule-x"), FindingSeverity::Blocker, QStringLiteral("m"),
                                 QStringLiteral("w")};
        const QJsonObject fo = f.toJson();
        QCOMPARE(fo.value(QLatin1String("rule")).toString(), QStringLiteral("rule-x"));
        QCOMPARE(fo.value(QLatin1String("severity")).toString(), QStringLiteral("blocker"));
        const PreflightFinding fb = PreflightFinding::fromJson(fo);
        QCOMPARE(fb.severity, FindingSeverity::Blocker);
        QCOMPARE(fb.whatToDo, QStringLiteral("w"));
        QCOMPARE(PlanItem::actionKey(PlanAction::Skip), QStringLiteral("skip"));

        const CapacityInfo shared = CapacityInfo::fromJson(CapacityInfo::shared().toJson());
        QVERIFY(shared.isShared());
        QCOMPARE(shared.capacityUserAccessRight, QStringLiteral("Admin"));
    }

    void accessReportKeepsItsJson()
    {
        AccessReport r;
        r.connectionName = QStringLiteral("conn");
        r.roles = QStringList{QStringLiteral("Viewer")};
        r.link(AccessLink::Token).status = AccessLink::Status::Pass;
        r.link(AccessLink::Rls).status = AccessLink::Status::Fail;
        r.link(AccessLink::Rls)
            .evidence.append({QStringLiteral("GET"), QStringLiteral("groups"), 403, QStringLiteral("rid"),
                              QStringLiteral("note")});
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QLatin1String("connection")).toString(), QStringLiteral("conn"));
        QCOMPARE(o.value(QLatin1String("passed")).toBool(), false);
        const QJsonObject rls = o.value(QLatin1String("links")).toArray().at(AccessLink::Rls - 1).toObject();
        QCOMPARE(rls.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(rls.value(QLatin1String("key")).toString(), QStringLiteral("rls"));

        const AccessReport back = AccessReport::fromJson(o);
        QCOMPARE(back.connectionName, QStringLiteral("conn"));
        QCOMPARE(back.roles, r.roles);
        QCOMPARE(back.link(AccessLink::Token).status, AccessLink::Status::Pass);
        QCOMPARE(back.link(AccessLink::Rls).status, AccessLink::Status::Fail);
        QCOMPARE(back.link(AccessLink::Profile).status, AccessLink::Status::Unknown);
        QCOMPARE(back.link(AccessLink::Rls).evidence.value(0).httpStatus, 403);
        QCOMPARE(back.link(AccessLink::Rls).evidence.value(0).requestId, QStringLiteral("rid"));
    }

    void healthNames()
    {
        QCOMPARE(healthSeverityName(HealthSeverity::Error), QStringLiteral("error"));
        QCOMPARE(HealthFix::actionName(HealthFix::Action::RegistrySetWorkspaces),
                 QStringLiteral("registrySetWorkspaces"));
        QCOMPARE(HealthFix::actionName(HealthFix::Action::None), QString());
        const HealthObject h{QStringLiteral("workspace"), QStringLiteral("id1"), QStringLiteral("W")};
        QCOMPARE(h.toJson().value(QLatin1String("kind")).toString(), QStringLiteral("workspace"));
        QCOMPARE(h.toJson().keys().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_json_fields.moc"
