// The "large" seed (5,000 profiles, 10,000 workspaces, 200,000 items): exact counts, invariants,
// paging and per-profile group lists over real loopback HTTP, membership index upkeep, persistence.
// Timings and memory are printed (qInfo), never asserted.
#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "LargeSeed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QSet<QString> idsOf(const QJsonArray &value, const char *field = "id")
{
    QSet<QString> out;
    for (const auto &v : value)
        out.insert(v.toObject().value(QLatin1String(field)).toString());
    return out;
}

// Brute force (no index): the ids of the workspaces where the principal is a member.
QSet<QString> scanMemberships(const emu::EmulatorState &state, const QString &key)
{
    QSet<QString> out;
    for (const emu::Workspace &w : state.workspaces().items()) {
        if (w.findMember(key))
            out.insert(w.id);
    }
    return out;
}
} // namespace

class TestEmulatorScale : public QObject
{
    Q_OBJECT
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;

    emu::EmulatorState &state() { return *m_server->state(); }
    QString profileAt(int i) { return state().profiles().items().at(i).id; }

private Q_SLOTS:
    void initTestCase()
    {
        const qint64 before = rssKb();
        QElapsedTimer timer;
        timer.start();
        m_server = std::make_unique<emu::EmulatorServer>();
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("large");
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        qInfo("large seed built in %lld ms; RSS %lld kB -> %lld kB (+%lld kB)", timer.elapsed(), before,
              rssKb(), rssKb() - before);
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }

    void exactCountsAndInvariants()
    {
        QCOMPARE(state().profilesOf(emu::DemoSeed::ClientId).size(), emu::LargeSeed::ProfileCount);
        QCOMPARE(state().profiles().size(), 5000);
        QCOMPARE(state().workspaces().size(), 10000);
        QCOMPARE(state().itemCount(), 200000);
        QCOMPARE(state().capacities().size(), 6);
        QSet<QString> regions, names;
        for (const emu::Capacity &c : state().capacities().items())
            regions.insert(c.region);
        QCOMPARE(regions.size(), 3);
        QHash<QString, int> perProfile;
        for (const emu::Workspace &w : state().workspaces().items()) {
            QVERIFY2(!names.contains(w.name.toLower()), qPrintable(w.name));
            names.insert(w.name.toLower());
            int admins = 0;
            for (const emu::Member &m : w.members) {
                if (!m.profileId.isEmpty() && m.accessRight == QLatin1String("Admin")) {
                    ++admins;
                    ++perProfile[m.profileId];
                    QVERIFY(state().findProfile(m.profileId));
                }
            }
            QVERIFY2(admins == 1, qPrintable(w.name));
            QVERIFY(!w.capacityId.isEmpty());
        }
        QCOMPARE(perProfile.size(), 5000); // every profile has at least one workspace
        for (const emu::Profile &p : state().profiles().items()) {
            const int n = state().membershipCount(emu::principalKeyForProfile(p.id));
            QVERIFY(n >= 1 && n <= 3);
            QVERIFY(n <= emu::EmulatorState::MaxWorkspacesPerPrincipal);
        }
        QVERIFY(state().indexesConsistent());
        QCOMPARE(state().profiles().items().first().displayName.left(9), QStringLiteral("C00001 \u2013 "));
    }

    void deterministic()
    {
        emu::EmulatorState other;
        QString error;
        QVERIFY(emu::DemoSeed::apply(other, QStringLiteral("large"), &error));
        QCOMPARE(other.workspaces().size(), state().workspaces().size());
        for (int i : {0, 777, 5000, 9999}) {
            const emu::Workspace &a = other.workspaces().items().at(i);
            const emu::Workspace &b = state().workspaces().items().at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.reports.size(), b.reports.size());
            QCOMPARE(a.reports.last().id, b.reports.last().id);
        }
    }

    void profilesPageOverHttp()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$top"), QStringLiteral("5000"));
        const HttpResult all = m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {}, q);
        QCOMPARE(all.status, 200);
        const QJsonArray value = all.json.value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 5000);
        QCOMPARE(idsOf(value).size(), 5000);
        q.addQueryItem(QStringLiteral("$skip"), QStringLiteral("5000"));
        const HttpResult past = m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {}, q);
        QCOMPARE(past.status, 200);
        QCOMPARE(past.json.value(QLatin1String("value")).toArray().size(), 0);
        QUrlQuery page;
        page.addQueryItem(QStringLiteral("$top"), QStringLiteral("1000"));
        page.addQueryItem(QStringLiteral("$skip"), QStringLiteral("4500"));
        const HttpResult tail = m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {}, page);
        const QJsonArray tailValue = tail.json.value(QLatin1String("value")).toArray();
        QCOMPARE(tailValue.size(), 500);
        QCOMPARE(tailValue.first().toObject().value(QLatin1String("id")).toString(), profileAt(4500));
        QCOMPARE(tailValue.last().toObject().value(QLatin1String("id")).toString(), profileAt(4999));
        // $filter still sees every profile, not just one page.
        QUrlQuery filtered;
        filtered.addQueryItem(QStringLiteral("$filter"), QStringLiteral("startswith(displayName,'C04')"));
        const HttpResult f = m_client->rest("GET", QStringLiteral("profiles"), m_token, {}, {}, filtered);
        QCOMPARE(f.json.value(QLatin1String("value")).toArray().size(), 1000);
    }

    void profileGroupsAreItsOwn()
    {
        for (int i : {0, 1, 42, 1234, 2500, 3999, 4999}) {
            const QString profileId = profileAt(i);
            const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), m_token, profileId);
            QCOMPARE(r.status, 200);
            const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
            const QSet<QString> expected = scanMemberships(state(), emu::principalKeyForProfile(profileId));
            QCOMPARE(idsOf(value), expected);
            QCOMPARE(r.json.value(QLatin1String("@odata.count")).toInt(), expected.size());
            // Items and users of one of its workspaces
            const QString groupId = value.first().toObject().value(QLatin1String("id")).toString();
            const emu::Workspace *w = state().findWorkspace(groupId);
            const HttpResult reports =
                m_client->rest("GET", QStringLiteral("groups/%1/reports").arg(groupId), m_token, profileId);
            QCOMPARE(reports.json.value(QLatin1String("value")).toArray().size(), w->reports.size());
            const HttpResult users =
                m_client->rest("GET", QStringLiteral("groups/%1/users").arg(groupId), m_token, profileId);
            QCOMPARE(users.json.value(QLatin1String("value")).toArray().size(), w->members.size());
        }
        // A workspace of another profile stays invisible.
        const QString foreign = state().workspacesOf(emu::principalKeyForProfile(profileAt(10))).first()->id;
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + foreign, m_token, profileAt(11)).status,
                 404);
    }

    void sequentialGroupRequestsTiming()
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i) {
            const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), m_token, profileAt(i * 25));
            QCOMPARE(r.status, 200);
        }
        const qint64 ms = timer.elapsed();
        qInfo("200 sequential GET groups as a profile: %lld ms (%.2f ms/request)", ms, double(ms) / 200.0);
    }

    void indexFollowsChanges()
    {
        const QString profileId = profileAt(3000);
        const QString key = emu::principalKeyForProfile(profileId);
        const int before = state().membershipCount(key);
        const HttpResult created = m_client->rest("POST", QStringLiteral("groups"), m_token, profileId,
                                                  {{QStringLiteral("name"), QStringLiteral("Scale new ws")}});
        QCOMPARE(created.status, 200);
        const QString groupId = created.json.value(QLatin1String("id")).toString();
        QCOMPARE(state().membershipCount(key), before + 1);
        // Add the profile 3001 as Member, then remove it again (PUT None), then add and DELETE.
        const QString otherId = profileAt(3001);
        const QString otherKey = emu::principalKeyForProfile(otherId);
        const QJsonObject member{{QStringLiteral("identifier"), emu::DemoSeed::ObjectId},
                                 {QStringLiteral("principalType"), QStringLiteral("App")},
                                 {QStringLiteral("groupUserAccessRight"), QStringLiteral("Member")},
                                 {QStringLiteral("profile"), QJsonObject{{QStringLiteral("id"), otherId}}}};
        const QString users = QStringLiteral("groups/%1/users").arg(groupId);
        QCOMPARE(m_client->rest("POST", users, m_token, profileId, member).status, 200);
        QVERIFY(idsOf(m_client->rest("GET", QStringLiteral("groups"), m_token, otherId)
                          .json.value(QLatin1String("value"))
                          .toArray())
                    .contains(groupId));
        QJsonObject none = member;
        none.insert(QStringLiteral("groupUserAccessRight"), QStringLiteral("None"));
        QCOMPARE(m_client->rest("PUT", users, m_token, profileId, none).status, 200);
        QVERIFY(!scanMemberships(state(), otherKey).contains(groupId));
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups/") + groupId, m_token, otherId).status, 404);
        QCOMPARE(m_client->rest("POST", users, m_token, profileId, member).status, 200);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("profileId"), otherId);
        QCOMPARE(m_client
                     ->rest("DELETE", users + QLatin1Char('/') + emu::DemoSeed::ObjectId, m_token, profileId,
                            {}, q)
                     .status,
                 200);
        QVERIFY(state().indexesConsistent());
        QCOMPARE(m_client->rest("DELETE", QStringLiteral("groups/") + groupId, m_token, profileId).status,
                 200);
        QCOMPARE(state().membershipCount(key), before);
        // Deleting a profile drops its memberships (and its index entry).
        const QString gone = profileAt(4998);
        QCOMPARE(m_client->rest("DELETE", QStringLiteral("profiles/") + gone, m_token).status, 200);
        QCOMPARE(state().membershipCount(emu::principalKeyForProfile(gone)), 0);
        QVERIFY(state().indexesConsistent());
    }

    void persistence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("large");
        options.statePath = dir.filePath(QStringLiteral("large.json"));
        QElapsedTimer timer;
        timer.start();
        {
            emu::EmulatorServer writer; // no state file yet: seeds, then saves it at once
            QVERIFY(writer.start(options));
            qInfo("large seed + first state save in %lld ms (%lld bytes)", timer.elapsed(),
                  QFile(options.statePath).size());
        }
        timer.restart();
        emu::EmulatorServer reader;
        QVERIFY(reader.start(options));
        qInfo("large state loaded in %lld ms", timer.elapsed());
        QCOMPARE(reader.state()->profiles().size(), 5000);
        QCOMPARE(reader.state()->workspaces().size(), 10000);
        QCOMPARE(reader.state()->itemCount(), 200000);
        QVERIFY(reader.state()->indexesConsistent());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorScale)
#include "tst_emulator_scale.moc"
