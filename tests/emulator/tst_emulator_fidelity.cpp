// Rules of the documentation the emulator follows (each cited in emulator/README.md): refreshes of a model
// on shared capacity are limited to eight a day and to notifyOption only (no enhanced refresh), while a
// model on dedicated capacity is not limited.
#include <QJsonArray>
#include <QTest>

#include "DemoSeed.h"
#include "EmuTestClient.h"
#include "EmulatorState.h"

namespace {
const QString kDash = QStringLiteral(" \u2013 ");
QString customer(int n)
{
    return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + kDash +
           emu::DemoSeed::customerNames().at(n - 1);
}
QString id(const QString &key)
{
    return emu::DemoSeed::id(key);
}
} // namespace

class TstEmulatorFidelity : public QObject
{
    Q_OBJECT
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    QString m_token;

    QString refreshesPath(int n) const
    {
        const QString ws = id(QStringLiteral("workspace:") + customer(n));
        return QStringLiteral("groups/%1/datasets/%2/refreshes")
            .arg(ws, id(ws + QStringLiteral(":dataset:0")));
    }
    QString profile(int n) const { return id(QStringLiteral("profile:") + customer(n)); }

    // Starts a refresh and waits until it is no longer running; the POST's status.
    int refresh(int n, const QJsonObject &body = {})
    {
        const int status = m_client->rest("POST", refreshesPath(n), m_token, profile(n), body).status;
        if (status == 202) {
            QUrlQuery top;
            top.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
            const bool ended = QTest::qWaitFor(
                [&] {
                    return m_client->rest("GET", refreshesPath(n), m_token, profile(n), {}, top)
                               .json.value(QLatin1String("value"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("status"))
                               .toString() != QLatin1String("Unknown");
                },
                5000);
            if (!ended)
                return -1;
        }
        return status;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        QString error;
        QVERIFY2(m_server->start(emu::EmulatorOptions(), &error), qPrintable(error));
        emu::JobSettings jobs = m_server->jobSettings();
        jobs.refreshDelayMs = 0;
        m_server->setJobSettings(jobs);
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_token = m_client->primaryToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void sharedCapacityRefreshLimits()
    {
        const int shared = 18; // the demo's customer workspace on shared capacity
        QVERIFY(m_server->state()
                    ->findWorkspace(id(QStringLiteral("workspace:") + customer(shared)))
                    ->capacityId.isEmpty());
        const HttpResult enhanced = m_client->rest("POST", refreshesPath(shared), m_token, profile(shared),
                                                   {{QStringLiteral("type"), QStringLiteral("full")}});
        QCOMPARE(enhanced.status, 400);
        QCOMPARE(enhanced.errorCode(), QStringLiteral("InvalidRequest"));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(refresh(shared, {{QStringLiteral("notifyOption"), QStringLiteral("NoNotification")}}),
                     202);
        const HttpResult ninth = m_client->rest("POST", refreshesPath(shared), m_token, profile(shared));
        QCOMPARE(ninth.status, 400);
        QVERIFY(QString::fromUtf8(ninth.body).contains(QLatin1String("eight")));
    }

    void dedicatedCapacityIsNotLimited()
    {
        QVERIFY(!m_server->state()
                     ->findWorkspace(id(QStringLiteral("workspace:") + customer(1)))
                     ->capacityId.isEmpty());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(refresh(1), 202);
        QCOMPARE(refresh(1, {{QStringLiteral("type"), QStringLiteral("full")}}), 202); // enhanced
    }
};

QTEST_GUILESS_MAIN(TstEmulatorFidelity)
#include "tst_emulator_fidelity.moc"
