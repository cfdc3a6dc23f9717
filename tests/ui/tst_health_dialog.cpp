// The Health check window on the demo estate: opened from the Tools menu, runs as a live operation in the
// Jobs tab, filters and sorts the findings, exports CSV/HTML, applies one fix after a confirmation (a
// "health-fix" job in the Jobs tab; audited, as the profile) and a re-check no longer shows it.
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "../core/HealthTestSupport.h"
#include "UiTestSupport.h"
#include "app/audit/AuditLog.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobJournal.h"
#include "ui/health/HealthDialog.h"
#include "ui/health/HealthFilterProxy.h"
#include "ui/health/HealthFindingsModel.h"
#include "ui/window/MainWindow.h"

using namespace td;

class TstHealthDialog : public QObject
{
    Q_OBJECT
private:
    int rowOf(HealthFilterProxy *proxy, const QString &rule, const QString &objectId) const
    {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QString key = proxy->index(r, 0).data(HealthFindingsModel::KeyRole).toString();
            if (key.startsWith(rule + QLatin1Char('|')) && key.contains(objectId))
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void runFilterExportFixRecheck()
    {
        emu::EmulatorServer server;
        QVERIFY(server.start(emu::EmulatorOptions{}));
        QNetworkAccessManager nam;
        QTemporaryDir dir;
        InventoryStore inventory(dir.filePath(QStringLiteral("inv.sqlite")));
        CustomerRegistry registry(dir.filePath(QStringLiteral("customers.sqlite")));
        AuditLog audit(dir.filePath(QStringLiteral("audit.sqlite")));
        JobJournal journal(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(inventory.open() && registry.open() && audit.open() && journal.open());
        const Connection c = tdtest::demoConnection(server);
        QVERIFY(tdtest::seedDemoRegistry(server, registry, c.id) > 0);

        MainWindow window(nullptr, nullptr, &nam);
        window.setAuditLog(&audit);
        window.setCustomerRegistry(&registry);
        window.context().jobCenter()->setJournal(&journal);
        window.openSession(c, server.primaryServicePrincipal().clientSecret);
        window.setInventory(&inventory);
        QAction *action = nullptr;
        for (QAction *a : window.findChild<QMenu *>(QStringLiteral("toolsMenu"))->actions())
            action = a->objectName() == QLatin1String("healthCheckAction") ? a : action;
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<HealthDialog *>(QStringLiteral("healthDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isChecking());
        // A live operation in the Jobs tab, with Cancel.
        const QVector<JobInfo> jobs = window.context().jobCenter()->jobs();
        QVERIFY(std::any_of(jobs.begin(), jobs.end(), [&](const JobInfo &j) {
            return j.title.contains(QLatin1String("Health check")) &&
                   window.context().jobCenter()->canCancel(j.id);
        }));
        QSignalSpy checked(dialog, &HealthDialog::checkFinished);
        QVERIFY(checked.wait(60000));
        QVERIFY2(dialog->statusText().contains(QLatin1String("finding")), qPrintable(dialog->statusText()));
        HealthFilterProxy *proxy = dialog->proxy();
        const int all = proxy->rowCount();
        QVERIFY(all > 30);

        // Sorted by severity (errors first), then filtered by text and by severity.
        QCOMPARE(
            proxy->index(0, HealthFindingsModel::SeverityCol).data(HealthFindingsModel::SortRole).toInt(),
            int(HealthSeverity::Error));
        dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"))
            ->setText(QStringLiteral("leftover-user"));
        QCOMPARE(proxy->rowCount(), 2);
        auto *severity = dialog->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(2); // errors only: leftover-user is a warning
        QCOMPARE(proxy->rowCount(), 0);
        severity->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), 2);

        // Export what the filter shows.
        const QString csv = dir.filePath(QStringLiteral("health.csv"));
        dialog->exportTo(csv);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 3);
        const QString html = dir.filePath(QStringLiteral("health.html"));
        dialog->exportTo(html);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(htmlFile.readAll().contains("<table>"));

        // Fix the C0003 leftover master user: preview, confirmation, then audited as the C0003 profile.
        const QString ws3 = tdtest::demoWorkspaceId(3);
        const int row = rowOf(proxy, QStringLiteral("leftover-user"), ws3);
        QVERIFY(row >= 0);
        dialog->table()->selectRow(row);
        auto *fixButton = dialog->findChild<QPushButton *>(QStringLiteral("fixButton"));
        QVERIFY(fixButton->isEnabled());
        fixButton->click();
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("healthFixConfirm"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(emu::DemoSeed::MasterUser));
        QSignalSpy fixed(dialog, &HealthDialog::fixesFinished);
        box->button(QMessageBox::Apply)->click();
        QVERIFY(fixed.wait(20000));
        QCOMPARE(fixed.first().at(0).toInt(), 1);
        const QVector<JobInfo> after = window.context().jobCenter()->jobs();
        QVERIFY(std::any_of(after.begin(), after.end(), [](const JobInfo &j) {
            return j.type == QLatin1String("health-fix") && j.state == JobState::Completed && j.total == 1;
        }));
        QVERIFY(
            proxy->index(rowOf(proxy, QStringLiteral("leftover-user"), ws3), HealthFindingsModel::StatusCol)
                .data()
                .toString()
                .contains(QLatin1String("Fixed")));
        const QVector<AuditEntry> entries = audit.latest(5);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("deleteGroupUser"));
        QCOMPARE(entries.first().identity, tdtest::demoProfileId(3));
        QVERIFY(entries.first().ok);

        // Re-check: gone; the C0007 one (no fix) stays.
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(run->text().contains(QLatin1String("Re-check")));
        run->click();
        QVERIFY(checked.wait(60000));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(rowOf(proxy, QStringLiteral("leftover-user"), ws3), -1);
        dialog->close();
    }
};

QTEST_MAIN(TstHealthDialog)
#include "tst_health_dialog.moc"
