// The onboarding wizard, continued: the .pbix file page, the model's parameters read after the import and
// filled in on the run page (the job's item needs input), the wizard's job in the Jobs tab (pause, resume
// after a restart, rollback as a job), and a rollback that still knows what an earlier run created after
// the wizard (and the app) went away.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>

#include "OnboardingRig.h"
#include "app/onboarding/OnboardRollbackJobType.h"
#include "ui/jobs/JobInputDialog.h"
#include "ui/jobs/JobsModel.h"
#include "ui/jobs/JobsPane.h"
#include "ui/onboarding/ModelParametersBox.h"
#include "ui/onboarding/OnboardingContentPage.h"
#include "ui/onboarding/OnboardingCredentialsPage.h"
#include "ui/onboarding/OnboardingParametersPage.h"
#include "ui/onboarding/OnboardingRunPage.h"

class TstOnboardingResume : public OnboardingRig
{
    Q_OBJECT

    // Fills page 1 and goes Next to the content page.
    OnboardingWizard *toContentPage(const QString &id, const QString &name)
    {
        OnboardingWizard *w = newWizard();
        w->customerPage()->customerIdEdit()->setText(id);
        w->customerPage()->displayNameEdit()->setText(name);
        while (w->currentId() != OnboardingWizard::ContentPage) {
            const int before = w->currentId();
            w->next();
            if (w->currentId() == before)
                return nullptr;
        }
        return w;
    }

    // Onboards `id` with a .pbix that is removed after the content page accepted it: the run creates the
    // profile and workspace, then stops at the import. Null when the wizard did not get there.
    OnboardingWizard *runWithVanishingPbix(const QString &id)
    {
        const QString file = m_dir.filePath(QStringLiteral("vanishing.pbix"));
        OnboardingWizard *w = toContentPage(id, QStringLiteral("Vanishing"));
        if (!w || !QFile::copy(samplePbix(), file))
            return nullptr;
        w->contentPage()->addFiles({file});
        w->next();
        w->parametersPage()->reviewCheck()->setChecked(false);
        if (!QFile::remove(file))
            return nullptr;
        while (w->currentId() != OnboardingWizard::RunPage)
            w->next();
        if (!waitRunEnd(w) || failedStep(w) != QLatin1String("import"))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase() { initRig(); }
    void cleanup() { cleanupRig(); }

    void contentPageAddsThroughTheFileDialogAndRefusesUnreadableFiles()
    {
        OnboardingWizard *w = toContentPage(QStringLiteral("C910"), QStringLiteral("Files"));
        QVERIFY(w);
        OnboardingContentPage *page = w->contentPage();
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add);
        add->click();
        auto *dlg = tdtest::waitModal<QFileDialog>("pbixFileDialog");
        QVERIFY(dlg);
        QVERIFY(dlg->nameFilters().join(QLatin1Char(' ')).contains(QLatin1String("*.pbix")));
        Q_EMIT dlg->filesSelected({samplePbix()}); // what the dialog emits when the user picks the file
        dlg->close();
        QCOMPARE(page->fileList()->count(), 1);
        page->addFiles({samplePbix()}); // the same file twice is listed once
        QCOMPARE(page->fileList()->count(), 1);

        const QString missing = m_dir.filePath(QStringLiteral("missing.pbix"));
        page->addFiles({missing, m_dir.path()}); // a file that does not exist, and a directory
        QCOMPARE(page->fileList()->count(), 3);
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ContentPage));
        auto *box = tdtest::waitModal<QMessageBox>("pbixUnreadable");
        QVERIFY(box);
        QVERIFY(box->text().contains(missing));
        QVERIFY(box->text().contains(m_dir.path()));
        QVERIFY(!box->text().contains(QLatin1String("sample-report")));
        box->close();

        // Remove the two bad entries with the Remove button; the good one stays and Next goes on.
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove);
        for (int i = page->fileList()->count() - 1; i >= 0; --i)
            page->fileList()->item(i)->setSelected(
                !page->fileList()->item(i)->text().endsWith(QLatin1String("sample-report.pbix")));
        remove->click();
        QCOMPARE(page->fileList()->count(), 1);
        page->conflictCombo()->setCurrentIndex(page->conflictCombo()->findData(QStringLiteral("Overwrite")));
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ParametersPage));
        const OnboardingPlan plan = w->plan();
        QCOMPARE(plan.pbixFiles, QStringList{QFileInfo(samplePbix()).absoluteFilePath()});
        QCOMPARE(plan.nameConflict, QStringLiteral("Overwrite"));
        QVERIFY(plan.reviewParameters); // the default: read the parameters from the imported model
    }

    void parametersAreReadFromTheImportedModel()
    {
        OnboardingWizard *w = toContentPage(QStringLiteral("C920"), QStringLiteral("Params"));
        QVERIFY(w);
        w->contentPage()->addFiles({samplePbix()});
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ParametersPage));
        QVERIFY(w->parametersPage()->reviewCheck()->isChecked());
        w->parametersPage()->setValue(QStringLiteral("Server"),
                                      QStringLiteral("sql-c920.example")); // pre-fill
        QSignalSpy upload(w->runPage(), &OnboardingRunPage::uploadProgress);
        while (w->currentId() != OnboardingWizard::RunPage)
            w->next();
        OnboardingRunPage *runPage = w->runPage();
        QVERIFY(waitRunEnd(w));
        QVERIFY(!upload.isEmpty()); // the upload reported its bytes
        QCOMPARE(upload.last().at(0).toLongLong(), upload.last().at(1).toLongLong());
        QCOMPARE(runPage->item().state, ItemState::NeedsInput);
        QCOMPARE(step(w, QStringLiteral("parameters")).state, StepState::NeedsInput);
        QVERIFY(!runPage->isRunning());
        QCOMPARE(step(w, QStringLiteral("import")).state, StepState::Done);
        QTRY_COMPARE(engine()->job(runPage->jobId()).state, JobState::NeedsInput);

        // The table lists exactly the imported model's parameters, as the service has them.
        const QString workspaceId = out(w, "workspace", "workspaceId");
        const QString datasetId = out(w, "import", "datasetId");
        const emu::Dataset *ds = dataset(workspaceId, datasetId);
        QVERIFY(ds);
        ModelParametersBox *box = runPage->parametersBox();
        QVERIFY(box->isVisible());
        QTableWidget *t = box->table();
        QCOMPARE(t->rowCount(), ds->parameters.size());
        for (int row = 0; row < t->rowCount(); ++row) {
            const emu::ModelParameter &p = ds->parameters.at(row);
            QCOMPARE(t->item(row, 0)->text(), p.name);
            QCOMPARE(t->item(row, 3)->text(), p.currentValue);
            const QString expected =
                p.name == QLatin1String("Server") ? QStringLiteral("sql-c920.example") : p.currentValue;
            QCOMPARE(t->item(row, 4)->text(), expected);
        }
        QVERIFY(!box->setValue(QStringLiteral("NoSuchParameter"), QStringLiteral("x")));

        // A required value left empty is refused; nothing is sent.
        const int updatesBefore = countRequests(QStringLiteral("POST"), QStringLiteral("UpdateParameters"));
        QVERIFY(box->setValue(QStringLiteral("Database"), QString()));
        box->applyButton()->click();
        QVERIFY(box->problem().contains(QLatin1String("Database")));
        QCOMPARE(runPage->item().state, ItemState::NeedsInput);
        QVERIFY(box->isVisible());

        QVERIFY(box->setValue(QStringLiteral("Database"), QStringLiteral("C920_DB")));
        box->applyButton()->click();
        QVERIFY(!box->isVisible());
        QVERIFY(runPage->item().inputs.contains(QStringLiteral("parameters"))); // journaled
        QVERIFY(waitRunEnd(w));
        QVERIFY2(isDone(w), qPrintable(runPage->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("UpdateParameters")),
                 updatesBefore + 1);
        ds = dataset(workspaceId, datasetId);
        QVERIFY(ds);
        for (const emu::ModelParameter &p : ds->parameters) {
            if (p.name == QLatin1String("Server"))
                QCOMPARE(p.currentValue, QStringLiteral("sql-c920.example"));
            if (p.name == QLatin1String("Database"))
                QCOMPARE(p.currentValue, QStringLiteral("C920_DB"));
        }
    }

    void rollbackAfterRestartDeletesWhatTheEarlierRunCreated()
    {
        // A .pbix that vanishes after the content page: the run creates profile and workspace, then fails
        // at the import. The wizard goes away (as when the app is closed).
        OnboardingWizard *w = runWithVanishingPbix(QStringLiteral("C930"));
        QVERIFY(w);
        const QString profileId = out(w, "profile", "profileId");
        const QString workspaceId = out(w, "workspace", "workspaceId");
        const QString profileName =
            step(w, QStringLiteral("profile")).output.value(QStringLiteral("displayName")).toString();
        QVERIFY(m_emu.state()->findProfile(profileId));
        QVERIFY(m_emu.state()->findWorkspace(workspaceId));
        restartJobs();

        const Customer stored = m_registry->find(connId(), QStringLiteral("C930"));
        QCOMPARE(stored.status, QStringLiteral("failed:import"));
        QCOMPARE(stored.onboarding.value(QStringLiteral("profileId")).toString(), profileId);
        QCOMPARE(stored.onboarding.value(QStringLiteral("workspaceId")).toString(), workspaceId);

        // A new wizard for the same customer (allowed: its onboarding failed) fails again at the import,
        // and its rollback deletes the profile and workspace the first run created.
        w = runWithVanishingPbix(QStringLiteral("C930"));
        QVERIFY(w);
        QCOMPARE(profilesNamed(profileName), 1); // found, not made twice
        QVERIFY(!step(w, QStringLiteral("profile")).output.value(QStringLiteral("created")).toBool());
        QTRY_VERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isEnabled());
        w->runPage()->askRollback();
        auto *box = tdtest::waitModal<QMessageBox>("rollbackConfirm");
        QVERIFY(box);
        QVERIFY(box->text().contains(profileId));
        QVERIFY(box->text().contains(workspaceId));
        box->findChild<QPushButton *>(QStringLiteral("rollbackYes"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_emu.state()->findProfile(profileId), 10000);
        QVERIFY(!m_emu.state()->findWorkspace(workspaceId));
        // The registry entry goes last, after the client has the answer to the profile delete.
        QTRY_VERIFY_WITH_TIMEOUT(m_registry->find(connId(), QStringLiteral("C930")).customerId.isEmpty(),
                                 10000);
    }

    void parameterReviewContinuesAfterARestart()
    {
        OnboardingWizard *w = toContentPage(QStringLiteral("C940"), QStringLiteral("Review later"));
        QVERIFY(w);
        w->contentPage()->addFiles({samplePbix()});
        while (w->currentId() != OnboardingWizard::RunPage)
            w->next();
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->runPage()->item().state, ItemState::NeedsInput);
        const QString jobId = w->runPage()->jobId();
        const QString workspaceId = out(w, "workspace", "workspaceId");
        const QString datasetId = out(w, "import", "datasetId");
        restartJobs(); // the app closes while the run waits for the values

        QCOMPARE(engine()->job(jobId).state, JobState::NeedsInput);
        const JobItemInfo waiting = m_journal->item(jobId, QStringLiteral("C940"));
        QCOMPARE(waiting.state, ItemState::NeedsInput);
        QCOMPARE(waiting.inputRequest.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("modelParameters"));
        const QJsonArray datasets = waiting.inputRequest.value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().toObject().value(QStringLiteral("datasetId")).toString(), datasetId);
        JobsPane pane(m_center.get());
        const int row = pane.model()->rowOf(jobId);
        QVERIFY(row >= 0);
        QVERIFY2(pane.model()
                     ->data(pane.model()->index(row, JobsModel::State))
                     .toString()
                     .contains(QLatin1String("need input")),
                 qPrintable(pane.model()->data(pane.model()->index(row, JobsModel::State)).toString()));

        // The Jobs tab's "Provide input…" shows the models' parameters and answers the request.
        pane.selectJob(jobId);
        QTRY_VERIFY(pane.inputButton()->isEnabled());
        pane.inputButton()->click();
        auto *dialog = tdtest::waitModal<JobInputDialog>("jobInputDialog");
        QVERIFY(dialog && dialog->parametersBox());
        QVERIFY(dialog->parametersBox()->table()->rowCount() > 0);
        const QJsonObject values{{QStringLiteral("Server"), QStringLiteral("sql-c940.example")},
                                 {QStringLiteral("Database"), QStringLiteral("C940_DB")}};
        for (auto it = values.begin(); it != values.end(); ++it)
            QVERIFY(dialog->parametersBox()->setValue(it.key(), it.value().toString()));
        dialog->parametersBox()->applyButton()->click();
        QVERIFY(m_journal->item(jobId, QStringLiteral("C940")).inputs.contains(QStringLiteral("parameters")));
        QTRY_COMPARE_WITH_TIMEOUT(engine()->job(jobId).state, JobState::Completed, 15000);
        const emu::Dataset *ds = dataset(workspaceId, datasetId);
        QVERIFY(ds);
        for (const emu::ModelParameter &p : ds->parameters) {
            if (values.contains(p.name))
                QCOMPARE(p.currentValue, values.value(p.name).toString());
        }
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C940")).status, QStringLiteral("active"));
    }

    void wizardRunIsAJobThatPausesResumesAfterARestartAndRollsBack()
    {
        OnboardingWizard *w = newWizard();
        emu::FaultSettings slow;
        slow.latencyMs = 200;
        m_emu.setFaults(slow);
        QVERIFY(fillAndStart(w, QStringLiteral("C950"), QStringLiteral("Jobs tab")));
        const QString jobId = w->runPage()->jobId();
        QVERIFY(!jobId.isEmpty());
        JobsPane pane(m_center.get());
        QVERIFY(pane.model()->rowOf(jobId) >= 0); // the wizard's run is in the Jobs tab
        QCOMPARE(pane.model()->jobAt(pane.model()->rowOf(jobId)).type, QStringLiteral("onboard"));

        QTRY_VERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("pauseButton"))->isEnabled());
        w->runPage()->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
        QCOMPARE(engine()->job(jobId).state, JobState::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(m_journal->item(jobId, QStringLiteral("C950")).state, ItemState::Pending,
                                  10000);
        QVERIFY(!isDone(w));
        QVERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled());

        restartJobs(); // the app closes while the run is paused
        m_emu.setFaults(emu::FaultSettings{});
        QCOMPARE(engine()->job(jobId).state, JobState::Interrupted);
        JobsPane again(m_center.get());
        again.selectJob(jobId);
        QVERIFY(again.resumeButton()->isEnabled());
        again.resumeCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(engine()->job(jobId).state, JobState::Completed, 15000);
        QCOMPARE(profilesNamed(QStringLiteral("C950 \u2013 Jobs tab")), 1);
        QCOMPARE(workspacesNamed(QStringLiteral("C950 \u2013 Jobs tab")), 1);
        const JobItemInfo item = m_journal->item(jobId, QStringLiteral("C950"));
        const QString profileId = item.result.value(QStringLiteral("profile"))
                                      .toObject()
                                      .value(QStringLiteral("profileId"))
                                      .toString();
        const QString workspaceId = item.result.value(QStringLiteral("workspace"))
                                        .toObject()
                                        .value(QStringLiteral("workspaceId"))
                                        .toString();
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C950")).status, QStringLiteral("active"));

        // Its rollback is a job too: the workspace, the profile and the registry entry, in that order.
        const JobRequest rollback = OnboardRollbackJobType::request(connId(), item, m_registry.get());
        const QStringList deletes = OnboardRollbackJobType::deletes(rollback);
        QCOMPARE(deletes.size(), 3);
        QVERIFY(deletes.at(0).contains(workspaceId));
        QVERIFY(deletes.at(1).contains(profileId));
        QString error;
        const QString rollbackId = engine()->submit(rollback, &error);
        QVERIFY2(!rollbackId.isEmpty(), qPrintable(error));
        QVERIFY(again.model()->rowOf(rollbackId) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine()->job(rollbackId).state, JobState::Completed, 10000);
        QVERIFY(!m_emu.state()->findWorkspace(workspaceId));
        QVERIFY(!m_emu.state()->findProfile(profileId));
        QVERIFY(m_registry->find(connId(), QStringLiteral("C950")).customerId.isEmpty());
    }

    void registryKeepsOnboardingStateAcrossSchemaUpgrade()
    {
        // A registry file of schema 1 (no onboarding column) opens, keeps its rows and gains the column.
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE customers (connection_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
                " customer_key TEXT NOT NULL, display_name TEXT NOT NULL, identity TEXT NOT NULL,"
                " profile_id TEXT, identity_connection_id TEXT, workspace_ids TEXT, capacity_id TEXT,"
                " status TEXT, created TEXT, updated TEXT, PRIMARY KEY (connection_id, customer_key))")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO customers VALUES ('conn', 'K1', 'k1', 'Old', 'profile',"
                                      " '', '', '', '', 'active', '', '')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        CustomerRegistry reg(path);
        QString error;
        QVERIFY2(reg.open(&error), qPrintable(error));
        QCOMPARE(reg.find(QStringLiteral("conn"), QStringLiteral("K1")).displayName, QStringLiteral("Old"));
        Customer c = reg.find(QStringLiteral("conn"), QStringLiteral("K1"));
        c.onboarding.insert(QStringLiteral("profileId"), QStringLiteral("x"));
        QVERIFY2(reg.upsert(c, &error), qPrintable(error));
        QCOMPARE(reg.find(QStringLiteral("conn"), QStringLiteral("K1"))
                     .onboarding.value(QStringLiteral("profileId")),
                 QJsonValue(QStringLiteral("x")));
    }
};

QTEST_MAIN(TstOnboardingResume)
#include "tst_onboarding_resume.moc"
