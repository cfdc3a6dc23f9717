// The "Bulk onboard from CSV…" dialog against the emulator: load, dry run table with per-row errors, run
// as a journaled job with per-customer status, save the result CSV.
#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "UiTestSupport.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/onboarding/BulkOnboardDialog.h"

using namespace td;

class TstBulkDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunRunAndSave()
    {
        emu::EmulatorServer server;
        QVERIFY(server.start(emu::EmulatorOptions{}));
        QNetworkAccessManager nam;
        const Connection c = tdtest::demoConnection(server);
        ConnectionSession session(c, server.primaryServicePrincipal().clientSecret, &nam);
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(journal.open());
        CustomerRegistry registry(dir.filePath(QStringLiteral("customers.sqlite")));
        QVERIFY(registry.open());
        JobEngine engine(&journal);
        OnboardJobType::registerWith(engine.types(), &registry);
        engine.setSession(c.id, &session);

        QFile csv(dir.filePath(QStringLiteral("bulk.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("customerId,displayName\nU1,You One\nbad id!,Broken\nU2,You Two\n");
        csv.close();

        BulkOnboardDialog dialog(&engine, &session);
        dialog.show();
        auto *run = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *dry = dialog.findChild<QPushButton *>(QStringLiteral("dryRunButton"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(run && dry && save);
        QVERIFY(!dry->isEnabled());
        QVERIFY(dialog.setCsvPath(csv.fileName()));
        QCOMPARE(dialog.rowCount(), 3);
        QVERIFY(dialog.cellText(1, BulkOnboardDialog::ColStatus).contains(QLatin1String("not valid")));

        QSignalSpy planned(&dialog, &BulkOnboardDialog::dryRunFinished);
        QVERIFY(dry->isEnabled());
        dry->click();
        QVERIFY(planned.wait(10000));
        QVERIFY2(dialog.cellText(0, BulkOnboardDialog::ColProfile).startsWith(QLatin1String("create")),
                 qPrintable(dialog.cellText(0, BulkOnboardDialog::ColProfile) + dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QLatin1String("Nothing was changed")));

        QSignalSpy finished(&dialog, &BulkOnboardDialog::runFinished);
        QVERIFY(run->isEnabled() && !save->isEnabled());
        run->click();
        QVERIFY(!dialog.jobId().isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<JobState>(), JobState::Completed);
        QVERIFY(Connection::isGuid(dialog.cellText(2, BulkOnboardDialog::ColWorkspace)));
        QCOMPARE(registry.find(c.id, QStringLiteral("U2")).status, QStringLiteral("active"));
        QVERIFY(save->isEnabled() && !run->isEnabled());
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        QVERIFY(dialog.saveResult(result));
        QFile back(result);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray text = back.readAll();
        QVERIFY(text.contains("U1,You One,done,"));
        QVERIFY(text.contains("invalid"));

        // The same file again over the registry: the registered customers are not "valid", unless skipped
        // or updated on purpose.
        BulkOnboardDialog again(&engine, &session);
        again.setRegistry(&registry);
        QVERIFY(again.setCsvPath(csv.fileName()));
        const QString profile = registry.find(c.id, QStringLiteral("U1")).profileId;
        QVERIFY2(again.cellText(0, BulkOnboardDialog::ColStatus)
                     .contains(QLatin1String("U1 is already registered (profile ") + profile),
                 qPrintable(again.cellText(0, BulkOnboardDialog::ColStatus)));
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(again.setExistingPolicy(ExistingPolicy::Skip));
        QVERIFY(again.cellText(2, BulkOnboardDialog::ColStatus).contains(QLatin1String("skipped")));
        QVERIFY(again.statusText().contains(QLatin1String("2 skipped")));
        QVERIFY(again.setExistingPolicy(ExistingPolicy::Update));
        QVERIFY2(again.cellText(0, BulkOnboardDialog::ColStatus).contains(profile),
                 qPrintable(again.cellText(0, BulkOnboardDialog::ColStatus)));
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
    }
};

QTEST_MAIN(TstBulkDialog)
#include "tst_bulk_dialog.moc"
