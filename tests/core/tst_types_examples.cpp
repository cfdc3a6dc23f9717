#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "app/api/PagedApiCall.h"
#include "app/domain/Types.h"

using namespace td;

// Every example payload of the swagger for the areas the client reads parses with the client types.
class TestTypesExamples : public QObject
{
    Q_OBJECT
private:
    QJsonObject m_areas;

    // The 200 response body of an example; some examples omit the "body" wrapper
    // (docs/powerbi-rest/API-NOTES.md §17).
    static QJsonValue responseBody(const QJsonObject &example)
    {
        const QJsonObject ok =
            example.value(QLatin1String("responses")).toObject().value(QLatin1String("200")).toObject();
        if (ok.contains(QLatin1String("body")))
            return ok.value(QLatin1String("body"));
        return ok.isEmpty() ? QJsonValue() : QJsonValue(ok);
    }

    // All response items for an operation: list bodies give their value items, single bodies themselves.
    QVector<QJsonObject> itemsOf(const char *area, const char *operation, int *examples)
    {
        const QJsonObject op =
            m_areas.value(QLatin1String(area)).toObject().value(QLatin1String(operation)).toObject();
        const QJsonObject all = op.value(QLatin1String("examples")).toObject();
        QVector<QJsonObject> items;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonValue body = responseBody(it.value().toObject());
            if (!body.isObject() && !body.isArray())
                continue;
            ++*examples;
            const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson()
                                                     : QJsonDocument(body.toArray()).toJson();
            if (body.isArray() || body.toObject().contains(QLatin1String("value")))
                items += listItems(bytes);
            else
                items.push_back(body.toObject());
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("TD_TEST_DATA_DIR", QStringLiteral(TD_TEST_DATA_DIR));
        QFile f(dir + QStringLiteral("/powerbi-rest-examples.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_areas = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("areas")).toObject();
        QVERIFY(!m_areas.isEmpty());
    }

    void profiles()
    {
        int examples = 0;
        QVector<QJsonObject> items = itemsOf("Profiles", "Profiles_GetProfiles", &examples);
        items += itemsOf("Profiles", "Profiles_CreateProfile", &examples);
        items += itemsOf("Profiles", "Profiles_GetProfile", &examples);
        QVERIFY(examples >= 4);
        QVERIFY(!items.isEmpty());
        for (const Profile &p : parseList<Profile>(items)) {
            QVERIFY(!p.id.isEmpty());
            QVERIFY(!p.displayName.isEmpty());
        }
    }

    void groups()
    {
        int examples = 0;
        QVector<QJsonObject> items = itemsOf("Groups", "Groups_GetGroups", &examples);
        items += itemsOf("Groups", "Groups_CreateGroup", &examples); // example wraps the group in value[]
        items += itemsOf("Groups", "Groups_GetGroup", &examples);
        QVERIFY(examples >= 3);
        const QVector<Workspace> ws = parseList<Workspace>(items);
        QVERIFY(ws.size() >= 5);
        bool sawDedicated = false, sawLarge = false;
        for (const Workspace &w : ws) {
            QVERIFY(!w.id.isEmpty());
            QVERIFY(!w.name.isEmpty());
            sawDedicated |= w.isOnDedicatedCapacity && !w.capacityId.isEmpty();
            sawLarge |= w.defaultDatasetStorageFormat == QLatin1String("Large");
        }
        QVERIFY(sawDedicated);
        QVERIFY(sawLarge);
    }

    void groupUsers()
    {
        int examples = 0;
        const QVector<QJsonObject> items = itemsOf("GroupUsers", "Groups_GetGroupUsers", &examples);
        QVERIFY(examples >= 1);
        QVERIFY(!items.isEmpty());
        for (const GroupUser &u : parseList<GroupUser>(items)) {
            QVERIFY(!u.identifier.isEmpty());
            QVERIFY(!u.groupUserAccessRight.isEmpty());
        }
    }

    void capacities()
    {
        int examples = 0;
        const QVector<QJsonObject> items = itemsOf("Capacities", "Capacities_GetCapacities", &examples);
        QVERIFY(examples >= 1);
        QVERIFY(!items.isEmpty());
        for (const Capacity &c : parseList<Capacity>(items)) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!c.state.isEmpty());
            QVERIFY(!c.sku.isEmpty());
            QVERIFY(!c.capacityUserAccessRight.isEmpty());
        }
    }

    void reports()
    {
        int examples = 0;
        QVector<QJsonObject> items = itemsOf("Reports", "Reports_GetReportsInGroup", &examples);
        items += itemsOf("Reports", "Reports_GetReportInGroup", &examples);
        items += itemsOf("Reports", "Reports_GetReports", &examples);
        items += itemsOf("Reports", "Reports_GetReport", &examples);
        items += itemsOf("Reports", "Reports_CloneReportInGroup", &examples);
        QVERIFY(examples >= 4);
        for (const Report &r : parseList<Report>(items)) {
            QVERIFY(!r.id.isEmpty());
            QVERIFY(!r.name.isEmpty());
            QVERIFY(!r.webUrl.isEmpty());
        }
    }

    void datasets()
    {
        int examples = 0;
        QVector<QJsonObject> items = itemsOf("Datasets", "Datasets_GetDatasetsInGroup", &examples);
        items += itemsOf("Datasets", "Datasets_GetDatasetInGroup", &examples);
        items += itemsOf("Datasets", "Datasets_GetDatasets", &examples);
        items += itemsOf("Datasets", "Datasets_GetDataset", &examples);
        QVERIFY(examples >= 4);
        bool sawRefreshable = false;
        for (const Dataset &d : parseList<Dataset>(items)) {
            QVERIFY(!d.id.isEmpty());
            QVERIFY(!d.name.isEmpty());
            sawRefreshable |= d.isRefreshable;
        }
        QVERIFY(sawRefreshable);
    }

    void dashboards()
    {
        int examples = 0;
        QVector<QJsonObject> items = itemsOf("Dashboards", "Dashboards_GetDashboardsInGroup", &examples);
        items += itemsOf("Dashboards", "Dashboards_GetDashboards", &examples);
        QVERIFY(examples >= 2);
        QVERIFY(!items.isEmpty());
        for (const Dashboard &d : parseList<Dashboard>(items)) {
            QVERIFY(!d.id.isEmpty());
            QVERIFY(!d.displayName.isEmpty());
        }
    }

    void dataflows()
    {
        int examples = 0;
        const QVector<QJsonObject> items = itemsOf("Dataflows", "Dataflows_GetDataflows", &examples);
        QVERIFY(examples >= 1);
        QVERIFY(!items.isEmpty());
        for (const Dataflow &d : parseList<Dataflow>(items)) {
            QVERIFY(!d.objectId.isEmpty());
            QVERIFY(!d.name.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTypesExamples)
#include "tst_types_examples.moc"
