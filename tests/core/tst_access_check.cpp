// The access check against the demo estate of the in-process emulator (real HTTP over loopback): each
// seeded broken case is named by the right link; the ticket text carries no token and no secret.
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "DemoIds.h"
#include "EmulatorFixture.h"
#include "EmulatorState.h"
#include "app/auth/TokenProvider.h"
#include "app/diagnostics/AccessCheck.h"

using namespace demoids;
using td::AccessLink;
using Status = td::AccessLink::Status;

class TestAccessCheck : public QObject
{
    Q_OBJECT
private:
    EmulatorFixture m_emu;

    td::AccessReport check(td::ConnectionSession *session, const td::AccessCheckInput &in)
    {
        auto *op = new td::AccessCheck(session, in);
        QSignalSpy done(op, &td::AsyncOp::finished);
        op->start();
        if (!done.wait(15000))
            qFatal("the access check did not finish");
        const auto result = done.first().first().value<td::OpResult>();
        if (!result.ok)
            qWarning("access check failed: %s", qPrintable(result.error.summary()));
        return td::AccessCheck::reportFrom(result);
    }

    td::AccessReport check(int customer, int asProfileOf = 0, const QString &username = {},
                           const QStringList &roles = {})
    {
        td::AccessCheckInput in;
        in.profileId = profileId(asProfileOf ? asProfileOf : customer);
        in.reportId = reportId(customer);
        in.username = username;
        in.roles = roles;
        return check(m_emu.session.get(), in);
    }

    static QString statuses(const td::AccessReport &r)
    {
        QString s;
        for (const AccessLink &l : r.links)
            s += l.status == Status::Pass   ? QLatin1Char('P')
                 : l.status == Status::Fail ? QLatin1Char('F')
                                            : QLatin1Char('?');
        return s;
    }

    static int firstBroken(const td::AccessReport &r)
    {
        const AccessLink *l = r.firstFailure();
        return l ? l->number : 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_emu.start()); }

    void healthyCustomerPassesEveryLink()
    {
        const td::AccessReport r = check(1);
        QVERIFY2(r.allPassed(), qPrintable(r.toTicketText()));
        QCOMPARE(r.profileName, display(1));
        QCOMPARE(r.workspaceId, workspaceId(1));
        QCOMPARE(r.datasetId, datasetId(1));
        // Every link carries evidence with a RequestId from the service (the token link: Entra's answer).
        for (const AccessLink &l : r.links) {
            QVERIFY2(!l.evidence.isEmpty(), qPrintable(l.key));
            QVERIFY2(l.fix.isEmpty(), qPrintable(l.key));
        }
        QVERIFY(!r.link(AccessLink::GenerateToken).evidence.first().requestId.isEmpty());
        QCOMPARE(r.link(AccessLink::GenerateToken).evidence.first().httpStatus, 200);
        QVERIFY(!r.link(AccessLink::Token).evidence.first().requestId.isEmpty());
    }

    void seededCasesNameTheBrokenLink_data()
    {
        QTest::addColumn<int>("customer");
        QTest::addColumn<int>("link");
        QTest::addColumn<QString>("expected"); // P pass, F fail, ? unknown; '.' = not asserted
        QTest::addColumn<QString>("findingContains");
        // The RLS customers (every third: C0002, C0005, C0023 ...) are checked with a valid identity.
        QTest::newRow("C0007 profile only Member")
            << 7 << 3 << QStringLiteral("PPFPPPPP") << QStringLiteral("Member");
        QTest::newRow("C0012 no credentials")
            << 12 << 4 << QStringLiteral("PPPFFPPP") << QStringLiteral("credentials");
        QTest::newRow("C0031 no credentials")
            << 31 << 4 << QStringLiteral("PPPFFPPP") << QStringLiteral("credentials");
        QTest::newRow("C0005 refresh failed")
            << 5 << 5 << QStringLiteral("PPPPFPPP")
            << QStringLiteral("DM_GWPipeline_Gateway_DataSourceAccessError");
        QTest::newRow("C0018 shared capacity")
            << 18 << 6 << QStringLiteral("PPPPPFPP") << QStringLiteral("shared capacity");
        QTest::newRow("C0023 suspended capacity")
            << 23 << 6 << QStringLiteral("PPPPPFPP") << QStringLiteral("Suspended");
    }

    void seededCasesNameTheBrokenLink()
    {
        QFETCH(int, customer);
        QFETCH(int, link);
        QFETCH(QString, expected);
        QFETCH(QString, findingContains);
        const bool rls = (customer - 1) % 3 == 1;
        const td::AccessReport r =
            rls ? check(customer, 0, QStringLiteral("user@customer.example"), {QStringLiteral("Customer")})
                : check(customer);
        QVERIFY2(statuses(r) == expected, qPrintable(statuses(r) + QLatin1Char('\n') + r.toTicketText()));
        QCOMPARE(firstBroken(r), link);
        QVERIFY2(r.link(link).finding.contains(findingContains), qPrintable(r.link(link).finding));
        QVERIFY(!r.link(link).fix.isEmpty());
    }

    void rowLevelSecurity()
    {
        // C0002's model requires an effective identity with roles.
        td::AccessReport r = check(2);
        QCOMPARE(statuses(r), QStringLiteral("PPPPPPFF"));
        QCOMPARE(firstBroken(r), int(AccessLink::Rls));
        QVERIFY(r.link(AccessLink::Rls).finding.contains(QLatin1String("requires an effective identity")));
        QVERIFY(r.link(AccessLink::GenerateToken).finding.contains(QLatin1String("400")));
        r = check(2, 0, QStringLiteral("anna@northwind.example"));
        QCOMPARE(statuses(r), QStringLiteral("PPPPPPFF")); // roles required
        r = check(2, 0, QStringLiteral("anna@northwind.example"), {QStringLiteral("Auditor")});
        QCOMPARE(statuses(r), QStringLiteral("PPPPPPFF"));
        QVERIFY2(r.link(AccessLink::Rls).finding.contains(QLatin1String("Auditor")),
                 qPrintable(r.link(AccessLink::Rls).finding));
        r = check(2, 0, QStringLiteral("anna@northwind.example"), {QStringLiteral("Customer")});
        QVERIFY2(r.allPassed(), qPrintable(r.toTicketText()));
        // An identity for a model without RLS is refused.
        r = check(1, 0, QStringLiteral("anna@fabrikam.example"), {QStringLiteral("Customer")});
        QCOMPARE(statuses(r), QStringLiteral("PPPPPPFF"));
    }

    void profileWithoutAccess()
    {
        // C0001's profile asked about C0004's report: not in any of its workspaces; GenerateToken 401.
        const td::AccessReport r = check(4, 1);
        QCOMPARE(firstBroken(r), int(AccessLink::WorkspaceRole));
        QCOMPARE(r.link(AccessLink::WorkspaceRole).status, Status::Fail);
        QCOMPARE(r.link(AccessLink::GenerateToken).status, Status::Fail);
        QCOMPARE(r.link(AccessLink::GenerateToken).evidence.first().httpStatus, 401);
        QVERIFY(!r.link(AccessLink::GenerateToken).evidence.first().requestId.isEmpty());
        QCOMPARE(r.link(AccessLink::ModelOwner).status, Status::Unknown);
        // The profile of C0045 has no workspace at all.
        const td::AccessReport none = check(1, 45);
        QCOMPARE(firstBroken(none), int(AccessLink::WorkspaceRole));
    }

    void unknownProfile()
    {
        td::AccessCheckInput in;
        in.profileId = emu::DemoSeed::id(QStringLiteral("no such profile"));
        in.reportId = reportId(1);
        const td::AccessReport r = check(m_emu.session.get(), in);
        QCOMPARE(statuses(r), QStringLiteral("PF??????"));
        QCOMPARE(r.link(AccessLink::Profile).evidence.first().httpStatus, 404);
        // The second app's profile is invisible to this service principal.
        in.profileId = emu::DemoSeed::id(QStringLiteral("sp2:profile"));
        QCOMPARE(statuses(check(m_emu.session.get(), in)), QStringLiteral("PF??????"));
    }

    void servicePrincipalItself()
    {
        // No profile: as the service principal (a dedicated SP per customer), on its own workspace.
        const QString ws = emu::DemoSeed::id(QStringLiteral("workspace:Sales Template"));
        td::AccessCheckInput in;
        in.reportId = emu::DemoSeed::id(ws + QStringLiteral(":report:0"));
        in.username = QStringLiteral("anna@example.com");
        in.roles = QStringList{QStringLiteral("Customer")};
        const td::AccessReport r = check(m_emu.session.get(), in);
        QVERIFY2(r.allPassed(), qPrintable(r.toTicketText()));
        QVERIFY(r.link(AccessLink::Profile).finding.contains(QLatin1String("service principal itself")));
        QVERIFY(r.toTicketText().contains(QLatin1String("Identity: the service principal itself")));
        QCOMPARE(r.workspaceId, ws);
    }

    void wrongAndExpiredSecret()
    {
        QNetworkAccessManager nam;
        td::ConnectionSession wrong(m_emu.connection(), QStringLiteral("not-the-secret-42"), &nam);
        td::AccessCheckInput in;
        in.profileId = profileId(1);
        in.reportId = reportId(1);
        td::AccessReport r = check(&wrong, in);
        QCOMPARE(statuses(r), QStringLiteral("F???????"));
        const AccessLink &token = r.link(AccessLink::Token);
        QVERIFY2(token.finding.contains(QLatin1String("wrong")), qPrintable(token.finding));
        QVERIFY(token.finding.contains(QLatin1String("AADSTS7000215")));
        QCOMPARE(token.evidence.first().httpStatus, 401);
        QVERIFY(!token.evidence.first().requestId.isEmpty());
        QVERIFY(!r.toTicketText().contains(QLatin1String("not-the-secret-42")));

        m_emu.server->state()->setSecretExpired(m_emu.sp().clientId, true);
        r = check(m_emu.session.get(), in);
        m_emu.server->state()->setSecretExpired(m_emu.sp().clientId, false);
        QCOMPARE(statuses(r), QStringLiteral("F???????"));
        QVERIFY2(r.link(AccessLink::Token).finding.contains(QLatin1String("expired")),
                 qPrintable(r.link(AccessLink::Token).finding));
        QVERIFY(r.link(AccessLink::Token).finding.contains(QLatin1String("AADSTS7000222")));
        QVERIFY(r.link(AccessLink::Token).fix.contains(QLatin1String("new client secret")));

        m_emu.server->state()->setServicePrincipalEnabled(m_emu.sp().clientId, false);
        r = check(m_emu.session.get(), in);
        m_emu.server->state()->setServicePrincipalEnabled(m_emu.sp().clientId, true);
        QCOMPARE(statuses(r), QStringLiteral("F???????"));
        QVERIFY2(r.link(AccessLink::Token).finding.contains(QLatin1String("disabled")),
                 qPrintable(r.link(AccessLink::Token).finding));
        QVERIFY(r.allPassed() == false);
        QVERIFY(check(m_emu.session.get(), in).allPassed()); // enabled again: every link passes
    }

    void ticketTextHasNoTokenOrSecret()
    {
        const td::AccessReport r =
            check(2, 0, QStringLiteral("anna@northwind.example"), {QStringLiteral("Customer")});
        QVERIFY(r.allPassed());
        // The access token the check used (it fetched a fresh one) and the secret.
        QString accessToken;
        m_emu.session->tokens()->requestToken(
            this, [&](const QString &t, const td::ApiError &) { accessToken = t; });
        QTRY_VERIFY(!accessToken.isEmpty());
        const QString text = r.toTicketText() + QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        QVERIFY(text.contains(r.link(AccessLink::GenerateToken).evidence.first().requestId));
        QVERIFY(!text.contains(accessToken));
        QVERIFY(!text.contains(m_emu.sp().clientSecret));
        QVERIFY(!text.contains(QLatin1String("H4sI"))); // the emulator's embed tokens start so
        QVERIFY(!text.contains(QLatin1String("eyJ")));  // the emulator's access tokens are JWTs
        QVERIFY(!text.contains(QLatin1String("Bearer"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
        // Round trip through JSON keeps the report.
        QCOMPARE(td::AccessReport::fromJson(r.toJson()).toTicketText(), r.toTicketText());
    }

    void cancelStops()
    {
        td::AccessCheckInput in;
        in.profileId = profileId(1);
        in.reportId = reportId(1);
        auto *op = new td::AccessCheck(m_emu.session.get(), in);
        QSignalSpy done(op, &td::AsyncOp::finished);
        QSignalSpy steps(op, &td::AsyncOp::progress);
        connect(op, &td::AsyncOp::progress, op, [op, &steps] {
            if (steps.count() == 3) // mid-way: listing workspaces
                op->cancel();
        });
        op->start();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().first().value<td::OpResult>().cancelled());
    }
};

QTEST_MAIN(TestAccessCheck)
#include "tst_access_check.moc"
