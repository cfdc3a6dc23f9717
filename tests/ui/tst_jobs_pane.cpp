// The Jobs tab: model invariants while a job runs, cancel after confirmation, an interrupted job with
// Resume (refused, saying where, when another process runs it meanwhile), the export of per-item results,
// and a live operation.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../core/TestJobTypes.h"
#include "UiTestSupport.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "ui/jobs/JobItemsModel.h"
#include "ui/jobs/JobsModel.h"
#include "ui/jobs/JobsPane.h"

using namespace td;

namespace {

JobRequest pureJob(const QString &title, int items, int delayMs, int failAt = -1)
{
    JobRequest r;
    r.type = QStringLiteral("test.pure");
    r.title = title;
    for (int i = 0; i < items; ++i) {
        QJsonObject p{{QStringLiteral("delayMs"), delayMs}};
        if (i == failAt)
            p.insert(QStringLiteral("fail"), QStringLiteral("b"));
        r.items.append({QStringLiteral("k%1").arg(i), QStringLiteral("Customer, \"%1\"").arg(i), p});
    }
    return r;
}

} // namespace

class TstJobsPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    void modelsStayConsistentWhileAJobRuns()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobCenter center;
        center.setJournal(&journal);
        tdtest::JobProbe probe;
        tdtest::registerPureType(center.engine()->types(), &probe);
        center.engine()->setMaxConcurrency(3);
        JobsPane pane(&center);
        QAbstractItemModelTester t1(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(pane.itemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.show();
        const QString id = center.engine()->submit(pureJob(QStringLiteral("Onboard"), 10, 5, 4));
        QVERIFY(!id.isEmpty());
        QCOMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.currentJobId(), id);
        QCOMPARE(pane.itemsModel()->rowCount(), 10);
        QVERIFY(
            QTest::qWaitFor([&] { return center.job(id).state == JobState::CompletedWithErrors; }, 10000));
        QTRY_VERIFY(pane.retryButton()->isEnabled());
        const QModelIndex count = pane.model()->index(0, JobsModel::Count);
        QVERIFY2(count.data().toString().contains(QLatin1String("1 failed")),
                 qPrintable(count.data().toString()));
        QCOMPARE(pane.model()->index(0, JobsModel::Progress).data(JobsModel::ProgressRole).toInt(), 100);
        QCOMPARE(pane.itemsModel()->index(4, JobItemsModel::State).data().toString(),
                 displayName(ItemState::Failed));
        QCOMPARE(pane.itemsModel()->index(4, JobItemsModel::RequestId).data().toString(),
                 QStringLiteral("req-k4/b"));
        QVERIFY(!pane.pauseButton()->isEnabled());
        QVERIFY(!pane.cancelButton()->isEnabled());
    }

    void cancelAsksThenCancels()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobCenter center;
        center.setJournal(&journal);
        tdtest::JobProbe probe;
        tdtest::registerPureType(center.engine()->types(), &probe);
        center.engine()->setMaxConcurrency(2);
        JobsPane pane(&center);
        pane.show();
        const QString id = center.engine()->submit(pureJob(QStringLiteral("Slow"), 5, 3000));
        QTRY_VERIFY(pane.cancelButton()->isEnabled());
        QVERIFY(pane.pauseButton()->isEnabled());

        pane.cancelButton()->click();
        auto *box = tdtest::waitModal<QMessageBox>("confirmCancelJob");
        QVERIFY(box);
        box->button(QMessageBox::No)->click(); // refusing keeps it running
        QTest::qWait(50);
        QCOMPARE(center.job(id).state, JobState::Running);

        pane.cancelButton()->click();
        box = tdtest::waitModal<QMessageBox>("confirmCancelJob");
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(center.job(id).state, JobState::Cancelled, 2000);
        QCOMPARE(center.job(id).cancelled, 5);
        QTRY_VERIFY(pane.retryButton()->isEnabled());
        QVERIFY(!pane.cancelButton()->isEnabled());
        QCOMPARE(pane.itemsModel()->index(4, JobItemsModel::State).data().toString(),
                 displayName(ItemState::Cancelled));
    }

    void interruptedJobShowsResume()
    {
        const QString path = freshPath();
        tdtest::JobProbe probe;
        QString id;
        {
            JobJournal journal(path);
            QVERIFY(journal.open());
            JobCenter center;
            center.setJournal(&journal);
            tdtest::registerPureType(center.engine()->types(), &probe);
            id = center.engine()->submit(pureJob(QStringLiteral("Before restart"), 4, 2000));
            QVERIFY(QTest::qWaitFor([&] { return probe.inFlight > 0; }, 2000));
        } // the window closes mid-run
        JobJournal journal(path);
        QVERIFY(journal.open());
        JobCenter center;
        center.setJournal(&journal);
        tdtest::registerPureType(center.engine()->types(), &probe);
        JobsPane pane(&center);
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.show();
        pane.selectJob(id);
        QCOMPARE(pane.currentJobId(), id);
        QVERIFY(pane.model()
                    ->index(0, JobsModel::State)
                    .data()
                    .toString()
                    .contains(displayName(JobState::Interrupted)));
        QVERIFY(pane.resumeButton()->isEnabled());
        QVERIFY(!pane.pauseButton()->isEnabled());
        QVERIFY(pane.cancelButton()->isEnabled());
        center.engine()->setMaxConcurrency(4);
        QVERIFY(probe.inFlight > 0); // the abandoned runs never completed
        probe.inFlight = 0;
        probe.delayOverrideMs = 5; // short steps this time
        pane.resumeButton()->click();
        QVERIFY(!pane.resumeButton()->isEnabled());
        QVERIFY(pane.pauseButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(center.job(id).state, JobState::Completed, 10000);
        QCOMPARE(center.job(id).done, 4);
    }

    // The pane showed the job interrupted; meanwhile another process (on another host) resumed it. Resume
    // here is refused and says where the job runs; nothing runs here.
    void resumeOfAJobRunningElsewhereSaysWhere()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobCenter center;
        center.setJournal(&journal);
        tdtest::JobProbe probe;
        tdtest::registerPureType(center.engine()->types(), &probe);
        const QString id = journal.createJob(
            pureJob(QStringLiteral("Elsewhere"), 2, 5),
            QVector<QStringList>(2, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(journal.setJobState(id, JobState::Interrupted));
        JobsPane pane(&center);
        pane.show();
        pane.selectJob(id);
        QVERIFY(pane.resumeButton()->isEnabled());
        JobLease other;
        other.pid = 4242;
        other.host = QStringLiteral("build-agent-7.example");
        other.since = other.heartbeat = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.leases().write(id, other));
        QVERIFY(journal.setJobState(id, JobState::Running));
        pane.resumeButton()->click();
        QVERIFY2(pane.messageLabel()->text().contains(
                     QStringLiteral("running in process 4242 on host build-agent-7.example since")),
                 qPrintable(pane.messageLabel()->text()));
        QTest::qWait(50);
        QCOMPARE(probe.totalStarted(), 0);
        QVERIFY(!center.engine()->isActive(id));
        QCOMPARE(journal.leases().holder(id).pid, qint64(4242));
    }

    void exportWritesCsv()
    {
        JobJournal journal(freshPath());
        QVERIFY(journal.open());
        JobCenter center;
        center.setJournal(&journal);
        tdtest::JobProbe probe;
        tdtest::registerPureType(center.engine()->types(), &probe);
        JobsPane pane(&center);
        const QString id = center.engine()->submit(pureJob(QStringLiteral("Export"), 3, 1, 2));
        QTRY_COMPARE(center.job(id).state, JobState::CompletedWithErrors);
        pane.selectJob(id);
        QTRY_VERIFY(pane.exportButton()->isEnabled());
        const QString file = m_dir.filePath(QStringLiteral("results.csv"));
        QString error;
        QVERIFY2(pane.exportResults(file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("item,key,state,message,requestId,updated"));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("\"Customer, \"\"0\"\"\",k0,done,,,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).contains(QLatin1String(",k2,failed,b: boom in b,req-k2/b,")),
                 qPrintable(lines.at(3)));
        QVERIFY(lines.at(3).contains(QLatin1String("req-k2/b")));
        // A file that cannot be written says so and keeps nothing half-written.
        QVERIFY(!pane.exportResults(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(pane.messageLabel()->text().contains(error));
    }

    void liveOperationAndMissingJournal()
    {
        JobCenter center;
        center.setJournalUnavailable(QStringLiteral("disk is read-only"));
        JobsPane pane(&center);
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.show();
        auto *banner = pane.findChild<QLabel *>(QStringLiteral("journalUnavailable"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("disk is read-only")));
        bool cancelled = false;
        const QString id =
            center.trackOperation(QStringLiteral("Inventory crawl"), [&] { cancelled = true; });
        center.updateOperation(id, 5, 20);
        QCOMPARE(pane.model()->index(0, JobsModel::Progress).data(JobsModel::ProgressRole).toInt(), 25);
        QVERIFY(pane.cancelButton()->isEnabled());
        QVERIFY(!pane.resumeButton()->isEnabled());
        pane.cancelButton()->click();
        auto *box = tdtest::waitModal<QMessageBox>("confirmCancelJob");
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(cancelled);
        JobItemInfo err;
        err.key = QStringLiteral("1");
        err.displayName = QStringLiteral("reports of w1");
        err.state = ItemState::Failed;
        err.error = QStringLiteral("HTTP 500");
        center.finishOperation(id, JobState::Cancelled, QStringLiteral("stopped"), {err});
        QCOMPARE(pane.itemsModel()->rowCount(), 1);
        QVERIFY(!pane.cancelButton()->isEnabled());
    }
};

QTEST_MAIN(TstJobsPane)
#include "tst_jobs_pane.moc"
