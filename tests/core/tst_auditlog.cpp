#include <QTemporaryDir>
#include <QTest>

#include "app/audit/AuditLog.h"

using namespace td;

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    static AuditEntry entry(const QString &connection, const QString &action, bool ok)
    {
        AuditEntry e;
        e.when = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 250), Qt::UTC);
        e.connectionId = connection;
        e.identity = QStringLiteral("AAAAAAAA-0000-4000-8000-000000000001");
        e.action = action;
        e.targetKind = QStringLiteral("workspace");
        e.targetId = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
        e.targetName = QStringLiteral("C0001 \u2013 Fabrikam");
        e.ok = ok;
        e.error = ok ? QString() : QStringLiteral("403 Forbidden");
        e.requestId = QStringLiteral("req-1");
        e.details = QStringLiteral("renamed");
        return e;
    }

private Q_SLOTS:
    void roundTripAndReopen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            AuditLog log(path);
            QString error;
            QVERIFY2(log.open(&error), qPrintable(error));
            QVERIFY(log.append(entry(QStringLiteral("conn-a"), QStringLiteral("createGroup"), true)));
            QVERIFY(log.append(entry(QStringLiteral("conn-b"), QStringLiteral("deleteGroup"), false)));
            QVERIFY(log.append(entry(QStringLiteral("conn-a"), QStringLiteral("renameGroup"), true)));
            const QVector<AuditEntry> all = log.latest(10);
            QCOMPARE(all.size(), 3);
            QCOMPARE(all.first().action, QStringLiteral("renameGroup")); // newest first
            QCOMPARE(log.latest(1).size(), 1);
            const QVector<AuditEntry> a = log.latest(10, QStringLiteral("conn-a"));
            QCOMPARE(a.size(), 2);
            QCOMPARE(a.last().action, QStringLiteral("createGroup"));
        }
        AuditLog reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.count(), 3);
        const QVector<AuditEntry> b = reopened.latest(10, QStringLiteral("conn-b"));
        QCOMPARE(b.size(), 1);
        const AuditEntry e = b.first();
        QCOMPARE(e.action, QStringLiteral("deleteGroup"));
        QCOMPARE(e.ok, false);
        QCOMPARE(e.error, QStringLiteral("403 Forbidden"));
        QCOMPARE(e.when, QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 250), Qt::UTC));
        QCOMPARE(e.identity, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
        QCOMPARE(e.targetName, QStringLiteral("C0001 \u2013 Fabrikam"));
        QCOMPARE(e.requestId, QStringLiteral("req-1"));
    }

    void twoLogsCoexist()
    {
        QTemporaryDir dir;
        AuditLog one(dir.filePath(QStringLiteral("one.sqlite")));
        AuditLog two(dir.filePath(QStringLiteral("two.sqlite")));
        QVERIFY(one.open());
        QVERIFY(two.open());
        QVERIFY(one.append(entry(QStringLiteral("c"), QStringLiteral("x"), true)));
        QCOMPARE(one.count(), 1);
        QCOMPARE(two.count(), 0);
    }

    void neverStoresSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        {
            AuditLog log(path);
            QVERIFY(log.open());
            AuditEntry e = entry(QStringLiteral("c"), QStringLiteral("createProfile"), false);
            e.details =
                QStringLiteral("Authorization: Bearer %1 client_secret=tenantdesk-demo-secret").arg(jwt);
            e.error = QStringLiteral("token: %1").arg(jwt);
            QVERIFY(log.append(e));
            const AuditEntry back = log.latest(1).first();
            QVERIFY2(!back.details.contains(jwt), qPrintable(back.details));
            QVERIFY2(!back.details.contains(QLatin1String("tenantdesk-demo-secret")),
                     qPrintable(back.details));
            QVERIFY(back.details.contains(QLatin1String("<redacted>")));
            QVERIFY(!back.error.contains(jwt));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("tenantdesk-demo-secret"));
        QVERIFY(!bytes.contains(jwt.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
