// Identity isolation and workspace rules of the emulator: profiles, the profile header, roles,
// limits, group users, OData filters and paging (docs/powerbi-rest/API-NOTES.md §1-§4, §13).
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"

#include <QJsonArray>
#include <QTest>

class TestEmulatorIsolation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    emu::ServicePrincipalInfo m_sp;
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
    static QStringList names(const HttpResult &r, const char *key = "name")
    {
        QStringList out;
        for (const auto v : r.json.value(QLatin1String("value")).toArray())
            out.append(v.toObject().value(QLatin1String(key)).toString());
        return out;
    }
    HttpResult groupsFiltered(const QString &filter, const QString &profile = {}, const QString &extra = {})
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        if (!extra.isEmpty())
            for (const auto &item : QUrlQuery(extra).queryItems())
                q.addQueryItem(item.first, item.second);
        return m_client->rest("GET", QStringLiteral("groups"), m_token, profile, {}, q);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        QString error;
        QVERIFY2(m_server->start(emu::EmulatorOptions(), &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_sp = m_server->primaryServicePrincipal();
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void profileSeesOnlyItsWorkspaces()
    {
        const HttpResult a = m_client->rest("GET", QStringLiteral("groups"), m_token, profileOf(1));
        QCOMPARE(names(a), QStringList{customer(1)});
        QCOMPARE(
            m_client->rest("GET", QStringLiteral("groups/") + workspaceOf(2), m_token, profileOf(1)).status,
            404);
        QCOMPARE(
            m_client
                ->rest("GET", QStringLiteral("groups/%1/reports").arg(workspaceOf(2)), m_token, profileOf(1))
                .status,
            404);
        QCOMPARE(
            m_client
                ->rest("GET", QStringLiteral("groups/%1/users").arg(workspaceOf(2)), m_token, profileOf(1))
                .status,
            404);
        QCOMPARE(
            m_client->rest("GET", QStringLiteral("groups/") + workspaceOf(2), m_token, profileOf(2)).status,
            200);
        // the SP itself (no header) does not see profile workspaces, except the broken case C0012
        const QStringList spGroups = names(m_client->rest("GET", QStringLiteral("groups"), m_token));
        QVERIFY(spGroups.contains(QStringLiteral("Sales Template")));
        QVERIFY(!spGroups.contains(customer(1)));
        QVERIFY(spGroups.contains(customer(12)));
    }

    void profileHeaderRules()
    {
        // unknown profile id
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups"), m_token,
                            QStringLiteral("0f084df7-c13d-451b-af5f-ed0c466403b2"))
                     .status,
                 401);
        // another service principal cannot use our profile; its own profile works
        const emu::ServicePrincipalInfo other = m_server->addServicePrincipal(QStringLiteral("Other app"));
        const QString otherToken = m_client->token(other.clientId, other.clientSecret);
        QVERIFY(!otherToken.isEmpty());
        const HttpResult foreign = m_client->rest("GET", QStringLiteral("groups"), otherToken, profileOf(1));
        QCOMPARE(foreign.status, 401);
        QCOMPARE(foreign.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        const HttpResult own =
            m_client->rest("POST", QStringLiteral("profiles"), otherToken, {},
                           {{QStringLiteral("displayName"), QStringLiteral("Other customer")}});
        QCOMPARE(own.status, 200);
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups"), otherToken,
                            own.json.value(QLatin1String("id")).toString())
                     .status,
                 200);
        // our SP does not see the other SP's profiles
        QVERIFY(!names(m_client->rest("GET", QStringLiteral("profiles"), m_token), "displayName")
                     .contains(QStringLiteral("Other customer")));
        QCOMPARE(m_client
                     ->rest("GET",
                            QStringLiteral("profiles/") + own.json.value(QLatin1String("id")).toString(),
                            m_token)
                     .status,
                 404);
        // profile endpoints refuse the profile header
        QCOMPARE(m_client->rest("GET", QStringLiteral("profiles"), m_token, profileOf(1)).status, 401);
        // the header sent twice (two lines / a comma list) is unauthorized
        const QByteArray head =
            "GET /v1.0/myorg/groups HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            m_token.toLatin1() + "\r\nConnection: close\r\n";
        const QByteArray p = profileOf(1).toLatin1();
        QCOMPARE(m_client->rawStatus(head + "X-PowerBI-Profile-Id: " + p + "\r\n\r\n"), 200);
        QCOMPARE(m_client->rawStatus(head + "X-PowerBI-Profile-Id: " + p + "\r\nX-PowerBI-profile-id: " + p +
                                     "\r\n\r\n"),
                 401);
        QCOMPARE(m_client->rawStatus(head + "x-powerbi-profile-id: " + p + ", " + p + "\r\n\r\n"), 401);
        // the request log saw every header value
        const auto log = m_server->requestLog();
        QCOMPARE(log.at(log.size() - 2).profileHeaders.size(), 2);
        QCOMPARE(log.last().profileHeaders.size(), 2);
        QCOMPARE(log.last().servicePrincipalId, m_sp.clientId);
    }

    void creatorBecomesAdmin()
    {
        const HttpResult created =
            m_client->rest("POST", QStringLiteral("groups"), m_token, profileOf(3),
                           {{QStringLiteral("name"), QStringLiteral("New customer space")}});
        QCOMPARE(created.status, 200);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const HttpResult users =
            m_client->rest("GET", QStringLiteral("groups/%1/users").arg(id), m_token, profileOf(3));
        QCOMPARE(users.status, 200);
        const QJsonArray value = users.json.value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 1);
        const QJsonObject u = value.first().toObject();
        QCOMPARE(u.value(QLatin1String("principalType")).toString(), QStringLiteral("App"));
        QCOMPARE(u.value(QLatin1String("identifier")).toString(), m_sp.objectId);
        QCOMPARE(u.value(QLatin1String("groupUserAccessRight")).toString(), QStringLiteral("Admin"));
        QCOMPARE(u.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString(),
                 profileOf(3));
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + id, m_token).status, 404); // not the SP's
        // org-unique names (case-insensitive)
        const HttpResult dup =
            m_client->rest("POST", QStringLiteral("groups"), m_token, profileOf(4),
                           {{QStringLiteral("name"), QStringLiteral("new CUSTOMER space")}});
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.errorCode(), QStringLiteral("PowerBIEntityAlreadyExists"));
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups"), m_token, profileOf(4),
                            {{QStringLiteral("name"), QString()}})
                     .status,
                 400);
        // rename (PATCH 200, no body) and delete
        const HttpResult patched =
            m_client->rest("PATCH", QStringLiteral("groups/") + id, m_token, profileOf(3),
                           {{QStringLiteral("name"), QStringLiteral("Renamed space")}});
        QCOMPARE(patched.status, 200);
        QVERIFY(patched.body.isEmpty());
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + id, m_token, profileOf(3))
                     .json.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Renamed space"));
        QCOMPARE(m_client->rest("DELETE", QStringLiteral("groups/") + id, m_token, profileOf(3)).status, 200);
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + id, m_token, profileOf(3)).status, 404);
    }

    void memberIsNotAdmin()
    {
        const QString p7 = profileOf(7), w7 = workspaceOf(7); // broken case: profile only Member
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + w7, m_token, p7).status, 200);
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/%1/reports").arg(w7), m_token, p7).status, 200);
        const HttpResult patch = m_client->rest("PATCH", QStringLiteral("groups/") + w7, m_token, p7,
                                                {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(patch.status, 401);
        QCOMPARE(patch.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        QCOMPARE(m_client->rest("DELETE", QStringLiteral("groups/") + w7, m_token, p7).status, 401);
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups/%1/users").arg(w7), m_token, p7,
                            {{QStringLiteral("emailAddress"), QStringLiteral("x@y.z")},
                             {QStringLiteral("groupUserAccessRight"), QStringLiteral("Viewer")}})
                     .status,
                 401);
    }

    void workspaceLimit()
    {
        const QString profile =
            m_server->bulkCreateProfiles(m_sp.clientId, 1, QStringLiteral("Limit ")).first();
        emu::Member member{QStringLiteral("App"),    m_sp.objectId,           profile,
                           QStringLiteral("Viewer"), QStringLiteral("Limit"), QString()};
        for (int i = 0; i < emu::EmulatorState::MaxWorkspacesPerPrincipal - 1; ++i)
            m_server->state()->createWorkspace(QStringLiteral("Limit ws %1").arg(i), member);
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups"), m_token, profile,
                            {{QStringLiteral("name"), QStringLiteral("Limit last")}})
                     .status,
                 200);
        const HttpResult over = m_client->rest("POST", QStringLiteral("groups"), m_token, profile,
                                               {{QStringLiteral("name"), QStringLiteral("Limit over")}});
        QCOMPARE(over.status, 400);
        QCOMPARE(over.errorCode(), QStringLiteral("PowerBIWorkspaceLimitExceeded"));
        // another profile is not affected
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups"), m_token, profileOf(5),
                            {{QStringLiteral("name"), QStringLiteral("Limit other")}})
                     .status,
                 200);
    }

    void profileCrudAndMembershipCleanup()
    {
        const HttpResult created = m_client->rest("POST", QStringLiteral("profiles"), m_token, {},
                                                  {{QStringLiteral("displayName"), QStringLiteral("Acme")}});
        QCOMPARE(created.status, 200);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const HttpResult dup = m_client->rest("POST", QStringLiteral("profiles"), m_token, {},
                                              {{QStringLiteral("displayName"), QStringLiteral("ACME")}});
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.errorCode(), QStringLiteral("PowerBIEntityAlreadyExists"));
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("profiles"), m_token, {},
                            {{QStringLiteral("name"), QStringLiteral("x")}})
                     .status,
                 400);
        const QString salesTemplate = emu::DemoSeed::id(QStringLiteral("workspace:Sales Template"));
        const QJsonObject grant{{QStringLiteral("identifier"), m_sp.objectId},
                                {QStringLiteral("principalType"), QStringLiteral("App")},
                                {QStringLiteral("groupUserAccessRight"), QStringLiteral("Contributor")},
                                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), id}}}};
        QCOMPARE(
            m_client->rest("POST", QStringLiteral("groups/%1/users").arg(salesTemplate), m_token, {}, grant)
                .status,
            200);
        QCOMPARE(
            m_client->rest("POST", QStringLiteral("groups/%1/users").arg(salesTemplate), m_token, {}, grant)
                .errorCode(),
            QStringLiteral("AddingAlreadyExistsGroupUserNotSupportedError"));
        QCOMPARE(names(m_client->rest("GET", QStringLiteral("groups"), m_token, id)),
                 QStringList{QStringLiteral("Sales Template")});
        QCOMPARE(m_client->rest("DELETE", QStringLiteral("profiles/") + id, m_token).status, 200);
        const HttpResult users =
            m_client->rest("GET", QStringLiteral("groups/%1/users").arg(salesTemplate), m_token);
        for (const auto v : users.json.value(QLatin1String("value")).toArray())
            QVERIFY(!v.toObject().contains(QLatin1String("profile")));
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), m_token, id).status, 401);
    }

    void groupUsers()
    {
        const QString ws = workspaceOf(1), p = profileOf(1);
        const QString path = QStringLiteral("groups/%1/users").arg(ws);
        QCOMPARE(m_client
                     ->rest("POST", path, m_token, p,
                            {{QStringLiteral("emailAddress"), QStringLiteral("ann@fabrikam.example")},
                             {QStringLiteral("groupUserAccessRight"), QStringLiteral("Viewer")}})
                     .status,
                 200);
        const HttpResult bad =
            m_client->rest("POST", path, m_token, p,
                           {{QStringLiteral("emailAddress"), QStringLiteral("bob@fabrikam.example")},
                            {QStringLiteral("groupUserAccessRight"), QStringLiteral("Owner")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(m_client
                     ->rest("PUT", path, m_token, p,
                            {{QStringLiteral("identifier"), QStringLiteral("ann@fabrikam.example")},
                             {QStringLiteral("principalType"), QStringLiteral("User")},
                             {QStringLiteral("groupUserAccessRight"), QStringLiteral("Member")}})
                     .status,
                 200);
        QUrlQuery page(QStringLiteral("$top=1&$skip=1"));
        const HttpResult paged = m_client->rest("GET", path, m_token, p, {}, page);
        QCOMPARE(paged.json.value(QLatin1String("value")).toArray().size(), 1);
        QCOMPARE(names(paged, "identifier"), QStringList{QStringLiteral("ann@fabrikam.example")});
        QCOMPARE(paged.json.value(QLatin1String("value"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("groupUserAccessRight"))
                     .toString(),
                 QStringLiteral("Member"));
        QCOMPARE(m_client->rest("DELETE", path + QStringLiteral("/ann@fabrikam.example"), m_token, p).status,
                 200);
        QCOMPARE(m_client->rest("DELETE", path + QStringLiteral("/ann@fabrikam.example"), m_token, p).status,
                 404);
        // removing a profile member: DELETE users/{spObjectId}?profileId=
        const QString c12 = workspaceOf(12);
        QCOMPARE(m_client
                     ->rest("DELETE", QStringLiteral("groups/%1/users/%2").arg(c12, m_sp.objectId), m_token,
                            profileOf(12), {}, QUrlQuery(QStringLiteral("profileId=") + profileOf(5)))
                     .status,
                 404);
        QCOMPARE(m_client
                     ->rest("DELETE", QStringLiteral("groups/%1/users/%2").arg(c12, m_sp.objectId), m_token,
                            profileOf(12))
                     .status,
                 200);
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + c12, m_token).status,
                 404); // SP membership gone
    }

    void groupFiltersAndPaging()
    {
        HttpResult r = groupsFiltered(QStringLiteral("tolower(name) eq 'sales template'"));
        QCOMPARE(names(r), QStringList{QStringLiteral("Sales Template")});
        QCOMPARE(groupsFiltered(QStringLiteral("name eq 'sales template'"))
                     .json.value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 0);
        r = groupsFiltered(QStringLiteral("name eq 'Shared Dev' or name eq 'Sales Template'"));
        QCOMPARE(r.json.value(QLatin1String("@odata.count")).toInt(), 2);
        r = groupsFiltered(QStringLiteral("contains(name,'Legacy') and contains(name,'Mills')"));
        QCOMPARE(names(r), QStringList{QStringLiteral("Legacy \u2013 Aurora Mills")});
        r = groupsFiltered(QStringLiteral("contains(name,'Legacy')"), {}, QStringLiteral("$top=5&$skip=18"));
        QCOMPARE(r.json.value(QLatin1String("@odata.count")).toInt(), 20);
        QCOMPARE(r.json.value(QLatin1String("value")).toArray().size(), 2);
        QCOMPARE(groupsFiltered(QStringLiteral("name eq")).status, 400);
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups"), m_token, {}, {},
                            QUrlQuery(QStringLiteral("$top=abc")))
                     .status,
                 400);
        // profiles: $filter displayName eq, $top/$skip
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("$filter"),
                        QString::fromLatin1(
                            QUrl::toPercentEncoding(QStringLiteral("displayName eq '%1'").arg(customer(2)))));
        QCOMPARE(names(m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {}, pq), "id"),
                 QStringList{profileOf(2)});
        const HttpResult page = m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {},
                                               QUrlQuery(QStringLiteral("$top=10&$skip=40")));
        QCOMPARE(page.json.value(QLatin1String("value")).toArray().size(), 5); // 45 customer profiles
    }

    void capacitiesAndAssignment()
    {
        const HttpResult caps = m_client->rest("GET", QStringLiteral("capacities"), m_token, profileOf(1));
        QCOMPARE(caps.status, 200);
        QCOMPARE(caps.json.value(QLatin1String("value")).toArray().size(), 5); // FIN-P1 is not visible
        const emu::ServicePrincipalInfo other =
            m_server->addServicePrincipal(QStringLiteral("No capacity app"));
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("capacities"),
                            m_client->token(other.clientId, other.clientSecret))
                     .json.value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 0);
        const QString ws = workspaceOf(18); // broken case: on shared capacity
        const QString neu = emu::DemoSeed::id(QStringLiteral("capacity:EMB-NEU-1"));
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + ws, m_token, profileOf(18))
                     .json.value(QLatin1String("isOnDedicatedCapacity"))
                     .toBool(),
                 false);
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups/%1/AssignToCapacity").arg(ws), m_token,
                            profileOf(18), {{QStringLiteral("capacityId"), neu}})
                     .status,
                 200);
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups/%1/CapacityAssignmentStatus").arg(ws), m_token,
                            profileOf(18))
                     .json.value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("Pending"));
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups/%1/CapacityAssignmentStatus").arg(ws), m_token,
                            profileOf(18))
                     .json.value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("InProgress"));
        QCOMPARE(m_client
                     ->rest("GET", QStringLiteral("groups/%1/capacityassignmentstatus").arg(ws), m_token,
                            profileOf(18))
                     .json.value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("CompletedSuccessfully"));
        const HttpResult g = m_client->rest("GET", QStringLiteral("groups/") + ws, m_token, profileOf(18));
        QCOMPARE(g.json.value(QLatin1String("capacityId")).toString(), neu);
        QVERIFY(g.json.value(QLatin1String("isOnDedicatedCapacity")).toBool());
        // the Member-only profile cannot assign
        QCOMPARE(m_client
                     ->rest("POST", QStringLiteral("groups/%1/AssignToCapacity").arg(workspaceOf(7)), m_token,
                            profileOf(7), {{QStringLiteral("capacityId"), neu}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorIsolation)
#include "tst_emulator_isolation.moc"
