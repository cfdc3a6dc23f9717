// Capacity assignment in the emulator (docs/powerbi-rest/API-NOTES.md §4, §15): the checks of
// AssignToCapacity and the errors they give, the asynchronous status Pending -> InProgress ->
// CompletedSuccessfully, an injected AssignmentFailed (PUT /_emulator/settings failNextAssignments), unassign
// with the empty GUID, and the control endpoint for capacities (PUT/DELETE /_emulator/capacities/{id}).
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestEmulatorCapacity : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;

    static QString customer(int n)
    {
        return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
               emu::DemoSeed::customerNames().at(n - 1);
    }
    static QString profileOf(int n) { return emu::DemoSeed::id(QStringLiteral("profile:") + customer(n)); }
    static QString workspaceOf(int n)
    {
        return emu::DemoSeed::id(QStringLiteral("workspace:") + customer(n));
    }
    static QString cap(const char *name)
    {
        return emu::DemoSeed::id(QStringLiteral("capacity:") + QLatin1String(name));
    }

    HttpResult assign(int n, const QString &capacityId, const QString &asProfile)
    {
        return m_client->rest("POST", QStringLiteral("groups/%1/AssignToCapacity").arg(workspaceOf(n)),
                              m_token, asProfile, {{QStringLiteral("capacityId"), capacityId}});
    }
    QJsonObject status(int n)
    {
        return m_client
            ->rest("GET", QStringLiteral("groups/%1/CapacityAssignmentStatus").arg(workspaceOf(n)), m_token,
                   profileOf(n))
            .json;
    }
    QString capacityOf(int n)
    {
        return m_client->rest("GET", QStringLiteral("groups/") + workspaceOf(n), m_token, profileOf(n))
            .json.value(QLatin1String("capacityId"))
            .toString();
    }
    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_client->send(method, path, {}, QJsonDocument(body).toJson()).status;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        QString error;
        QVERIFY2(m_server->start(emu::EmulatorOptions(), &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void statusGoesPendingInProgressCompleted()
    {
        QCOMPARE(capacityOf(1), cap("EMB-WEU-1"));
        QCOMPARE(assign(1, cap("EMB-NEU-1"), profileOf(1)).status, 200);
        QJsonObject s = status(1);
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("Pending"));
        QCOMPARE(s.value(QLatin1String("capacityId")).toString(), cap("EMB-NEU-1"));
        QVERIFY(!s.value(QLatin1String("startTime")).toString().isEmpty());
        QCOMPARE(capacityOf(1), cap("EMB-WEU-1")); // not moved until it completes
        QCOMPARE(status(1).value(QLatin1String("status")).toString(), QStringLiteral("InProgress"));
        s = status(1);
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("CompletedSuccessfully"));
        QVERIFY(!s.value(QLatin1String("endTime")).toString().isEmpty());
        QCOMPARE(capacityOf(1), cap("EMB-NEU-1"));
    }

    void injectedFailureKeepsTheWorkspace()
    {
        QCOMPARE(
            control("PUT", QStringLiteral("/_emulator/settings"),
                    {{QStringLiteral("failNextAssignments"), 1}, {QStringLiteral("assignmentPolls"), 1}}),
            200);
        QCOMPARE(assign(2, cap("EMB-EUS-1"), profileOf(2)).status, 200);
        QCOMPARE(status(2).value(QLatin1String("status")).toString(), QStringLiteral("InProgress"));
        const QJsonObject s = status(2);
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("AssignmentFailed"));
        QVERIFY(!s.value(QLatin1String("activityId")).toString().isEmpty());
        QCOMPARE(capacityOf(2), cap("EMB-WEU-2"));
        // only the next one failed: the following assignment succeeds
        QCOMPARE(assign(2, cap("EMB-EUS-1"), profileOf(2)).status, 200);
        status(2);
        QCOMPARE(status(2).value(QLatin1String("status")).toString(),
                 QStringLiteral("CompletedSuccessfully"));
        QCOMPARE(capacityOf(2), cap("EMB-EUS-1"));
    }

    void checksAndErrors()
    {
        // not Admin of the workspace (C0007's profile is Member): 401
        HttpResult r = assign(7, cap("EMB-WEU-1"), profileOf(7));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        // not a member at all: 404
        QCOMPARE(assign(1, cap("EMB-WEU-2"), profileOf(3)).status, 404);
        // a capacity the caller has no rights on (FIN-P1): 401
        r = assign(1, cap("FIN-P1"), profileOf(1));
        QCOMPARE(r.status, 401);
        // unknown capacity: 404
        r = assign(1, QStringLiteral("0f0f0f0f-1111-4222-8333-444444444444"), profileOf(1));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBIEntityNotFound"));
        // not a GUID: 400
        QCOMPARE(assign(1, QStringLiteral("EMB-WEU-2"), profileOf(1)).status, 400);
        // suspended capacity refuses
        r = assign(1, cap("EMB-WEU-OLD"), profileOf(1));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("CapacityNotActive"));
        QCOMPARE(capacityOf(1), cap("EMB-WEU-1")); // nothing changed
        // a profile's own "None" overrides the right it inherits from its service principal
        QCOMPARE(control("PUT", QStringLiteral("/_emulator/capacities/") + cap("EMB-WEU-2"),
                         {{QStringLiteral("rights"),
                           QJsonArray{QJsonObject{{QStringLiteral("profileId"), profileOf(1)},
                                                  {QStringLiteral("right"), QStringLiteral("None")}}}}}),
                 200);
        QCOMPARE(assign(1, cap("EMB-WEU-2"), profileOf(1)).status, 401);
        QCOMPARE(assign(5, cap("EMB-WEU-2"), profileOf(5)).status, 200);
    }

    void controlChangesStateAndDeletes()
    {
        QCOMPARE(control("PUT", QStringLiteral("/_emulator/capacities/") + cap("EMB-WEU-OLD"),
                         {{QStringLiteral("state"), QStringLiteral("Active")}}),
                 200);
        QCOMPARE(assign(1, cap("EMB-WEU-OLD"), profileOf(1)).status, 200);
        QCOMPARE(control("DELETE", QStringLiteral("/_emulator/capacities/") + cap("EMB-EUS-1")), 200);
        QCOMPARE(assign(2, cap("EMB-EUS-1"), profileOf(2)).status, 404);
        const HttpResult list = m_client->rest("GET", QStringLiteral("capacities"), m_token);
        for (const auto v : list.json.value(QLatin1String("value")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("id")).toString() != cap("EMB-EUS-1"));
        QCOMPARE(control("DELETE", QStringLiteral("/_emulator/capacities/") + cap("EMB-EUS-1")), 404);
    }

    void unassignWithTheEmptyGuid()
    {
        QCOMPARE(assign(1, QStringLiteral("00000000-0000-0000-0000-000000000000"), profileOf(1)).status, 200);
        status(1);
        status(1);
        QCOMPARE(status(1).value(QLatin1String("status")).toString(),
                 QStringLiteral("CompletedSuccessfully"));
        const HttpResult g =
            m_client->rest("GET", QStringLiteral("groups/") + workspaceOf(1), m_token, profileOf(1));
        QVERIFY(!g.json.value(QLatin1String("isOnDedicatedCapacity")).toBool());
        QVERIFY(g.json.value(QLatin1String("capacityId")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCapacity)
#include "tst_emulator_capacity.moc"
