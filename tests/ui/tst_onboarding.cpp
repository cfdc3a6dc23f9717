// The onboarding wizard against the in-process demo emulator: pages driven programmatically, the steps of
// its "onboard" job, idempotence, a failure mid-run resumed, rollback (a job) of exactly what was created.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

#include "EmulatorState.h"
#include "OnboardingRig.h"
#include "UiTestSupport.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/onboarding/OnboardingCapacityPage.h"
#include "ui/onboarding/OnboardingChoicePage.h"
#include "ui/onboarding/OnboardingContentPage.h"
#include "ui/onboarding/OnboardingCredentialsPage.h"
#include "ui/onboarding/OnboardingCustomerPage.h"
#include "ui/onboarding/OnboardingParametersPage.h"
#include "ui/onboarding/OnboardingRunPage.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/window/MainWindow.h"

using namespace td;

class TstOnboarding : public OnboardingRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initRig(); }
    void cleanup() { cleanupRig(); }

    void onboardsProfileWorkspaceCapacity()
    {
        const QString capacity = activeCapacity();
        QVERIFY(!capacity.isEmpty());
        OnboardingWizard *w = newWizard();
        const int auditBefore = m_audit->count();
        const int logBefore = int(m_emu.requestLog().size());
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("C100"));
        w->customerPage()->displayNameEdit()->setText(QStringLiteral("Contoso"));
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ProfilePage));
        QCOMPARE(w->profilePage()->preview(), QStringLiteral("C100 \u2013 Contoso"));
        w->profilePage()->templateEdit()->setText(QStringLiteral("{name} ({customerId})"));
        QCOMPARE(w->profilePage()->preview(), QStringLiteral("Contoso (C100)"));
        w->back();
        QVERIFY(fillAndStart(w, QStringLiteral("C100"), QStringLiteral("Contoso"), capacity));
        QVERIFY(waitRunEnd(w));
        QVERIFY2(isDone(w),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(step(w, QStringLiteral("import")).name.isEmpty()); // no content: no such step
        QCOMPARE(step(w, QStringLiteral("capacity")).state, StepState::Done);
        QCOMPARE(w->runPage()->steps().size(), 4);
        QCOMPARE(w->runPage()->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 4);
        QCOMPARE(w->runPage()->findChild<QProgressBar *>(QStringLiteral("progressBar"))->maximum(), 4);

        const Customer c = m_registry->find(connId(), QStringLiteral("C100"));
        QCOMPARE(c.status, QStringLiteral("active"));
        QCOMPARE(c.profileId, out(w, "profile", "profileId"));
        QCOMPARE(c.workspaceIds, QStringList{out(w, "workspace", "workspaceId")});
        QCOMPARE(c.capacityId, capacity);
        QCOMPARE(m_emu.state()->findProfile(c.profileId)->displayName, QStringLiteral("Contoso (C100)"));
        QCOMPARE(m_emu.state()->findWorkspace(c.workspaceIds.first())->name,
                 QStringLiteral("C100 \u2013 Contoso"));
        QCOMPARE(adminRightOf(c.workspaceIds.first(), c.profileId), QStringLiteral("Admin"));
        QCOMPARE(m_emu.state()->findWorkspace(c.workspaceIds.first())->capacityId.toLower(),
                 capacity.toLower());
        // One audit row per write the service received (createProfile, createGroup, assignToCapacity),
        // written by the session's request layer with the service's RequestId.
        const QVector<emu::RequestRecord> log = m_emu.requestLog();
        QStringList sent, audited, actions;
        for (int i = logBefore; i < log.size(); ++i) {
            if (log.at(i).method != QLatin1String("GET") &&
                log.at(i).path.startsWith(QLatin1String("/v1.0/")))
                sent << log.at(i).requestId;
        }
        for (const AuditEntry &e : m_audit->latest(m_audit->count() - auditBefore)) {
            audited << e.requestId;
            actions << e.action;
        }
        sent.sort();
        audited.sort();
        actions.sort();
        QCOMPARE(audited, sent);
        QCOMPARE(actions, (QStringList{QStringLiteral("assignToCapacity"), QStringLiteral("createGroup"),
                                       QStringLiteral("createProfile")}));
        QVERIFY(
            w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(c.profileId));
    }

    void duplicateCustomerIdRefused()
    {
        OnboardingWizard *w = newWizard();
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("c100")); // case-insensitive
        w->customerPage()->displayNameEdit()->setText(QStringLiteral("Someone else"));
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::CustomerPage));
        QVERIFY2(w->customerPage()->errorText().contains(QLatin1String("taken")),
                 qPrintable(w->customerPage()->errorText()));
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("bad id!"));
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::CustomerPage));
        QVERIFY(w->customerPage()->errorText().contains(QLatin1String("not valid")));
    }

    void sameOnboardingTwiceCreatesNothingTwice()
    {
        const QString name = QStringLiteral("C200 \u2013 Fabrikam");
        for (int round = 0; round < 2; ++round) {
            OnboardingWizard *w = newWizard();
            if (round == 1) // the first succeeded; mark it failed so page 1 lets it run again
            {
                Customer c = m_registry->find(connId(), QStringLiteral("C200"));
                c.status = QStringLiteral("failed:register");
                QVERIFY(m_registry->upsert(c));
            }
            const int profilePosts = countRequests(QStringLiteral("POST"), QStringLiteral("/myorg/profiles"));
            const int groupPosts = countRequests(QStringLiteral("POST"), QStringLiteral("/myorg/groups"));
            QVERIFY(fillAndStart(w, QStringLiteral("C200"), QStringLiteral("Fabrikam")));
            QVERIFY(waitRunEnd(w));
            QVERIFY2(isDone(w),
                     qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
            // Round 2 finds both (no create call); it still knows the first round created them (rollback).
            QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/myorg/profiles")) - profilePosts,
                     round == 0 ? 1 : 0);
            QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/myorg/groups")) - groupPosts,
                     round == 0 ? 1 : 0);
            const Customer c = m_registry->find(connId(), QStringLiteral("C200"));
            QCOMPARE(c.onboarding.value(QStringLiteral("profileId")).toString(),
                     out(w, "profile", "profileId"));
            QCOMPARE(c.onboarding.value(QStringLiteral("workspaceId")).toString(),
                     out(w, "workspace", "workspaceId"));
            QCOMPARE(profilesNamed(name), 1);
            QCOMPARE(workspacesNamed(name), 1);
        }
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C200")).status, QStringLiteral("active"));
    }

    void failureMidRunResumes()
    {
        OnboardingWizard *w = newWizard();
        // After the profile step is done, every request fails (500, no retries): the workspace step fails.
        connect(m_center.get(), &JobCenter::itemChanged, this, [this, w] {
            if (step(w, QStringLiteral("profile")).state == StepState::Done &&
                step(w, QStringLiteral("workspace")).attempts == 1) {
                emu::FaultSettings f;
                f.serverErrorShare = 1.0;
                m_emu.setFaults(f);
            }
        });
        QVERIFY(fillAndStart(w, QStringLiteral("C300"), QStringLiteral("Northwind")));
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->runPage()->item().state, ItemState::Failed);
        QCOMPARE(step(w, QStringLiteral("workspace")).state, StepState::Failed);
        QCOMPARE(step(w, QStringLiteral("profile")).state, StepState::Done);
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled());
        QVERIFY2(w->runPage()
                     ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(OnboardingRunPage::stepTitle(QStringLiteral("workspace"))),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(w->runPage()->findChild<QTreeWidget *>(QStringLiteral("stepTree"))->topLevelItem(1)->text(1),
                 displayName(ItemState::Failed));
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C300")).status,
                 QStringLiteral("failed:workspace"));

        disconnect(m_center.get(), &JobCenter::itemChanged, this, nullptr);
        m_emu.setFaults(emu::FaultSettings{});
        m_emu.clearRequestLog();
        w->runPage()->findChild<QPushButton *>(QStringLiteral("resumeButton"))->click();
        QVERIFY(waitRunEnd(w));
        QVERIFY2(isDone(w),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        for (const emu::RequestRecord &r : m_emu.requestLog())
            QVERIFY2(!r.path.endsWith(QLatin1String("/profiles")), "the done profile step ran again");
        QCOMPARE(profilesNamed(QStringLiteral("C300 \u2013 Northwind")), 1);
        QCOMPARE(workspacesNamed(QStringLiteral("C300 \u2013 Northwind")), 1);
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C300")).status, QStringLiteral("active"));
    }

    void cancelShowsStepAndResumes()
    {
        OnboardingWizard *w = newWizard();
        emu::FaultSettings slow;
        slow.latencyMs = 300;
        m_emu.setFaults(slow);
        QVERIFY(fillAndStart(w, QStringLiteral("C400"), QStringLiteral("Adventure Works")));
        QTRY_VERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->isEnabled());
        w->runPage()->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->click();
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->runPage()->item().state, ItemState::Cancelled);
        QCOMPARE(failedStep(w), QStringLiteral("profile"));
        QVERIFY2(w->runPage()->item().error.contains(QLatin1String("cancelled"), Qt::CaseInsensitive),
                 qPrintable(w->runPage()->item().error));
        m_emu.setFaults(emu::FaultSettings{});
        w->runPage()->resume();
        QVERIFY(waitRunEnd(w));
        QVERIFY(isDone(w));
    }

    void rollbackDeletesExactlyWhatWasCreated()
    {
        // An existing profile plus a workspace made by this onboarding: rollback deletes the workspace only.
        const emu::Profile existing =
            m_emu.state()->createProfile(spClientId(), QStringLiteral("Kept profile"));
        OnboardingWizard *w = newWizard();
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("C500"));
        w->customerPage()->displayNameEdit()->setText(QStringLiteral("Litware"));
        w->next();
        w->profilePage()->existingRadio()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(w->profilePage()->existingCombo()->findData(existing.id) >= 0, 10000);
        w->profilePage()->existingCombo()->setCurrentIndex(
            w->profilePage()->existingCombo()->findData(existing.id));
        while (w->currentId() != OnboardingWizard::RunPage)
            w->next();
        QVERIFY(waitRunEnd(w));
        QVERIFY2(isDone(w),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        const QString wsId = out(w, "workspace", "workspaceId");
        QVERIFY(m_emu.state()->findWorkspace(wsId));
        QCOMPARE(adminRightOf(wsId, existing.id), QStringLiteral("Admin"));
        const int profilesBefore = m_emu.state()->profiles().size();
        const int workspacesBefore = m_emu.state()->workspaces().size();

        QVERIFY(w->runPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isEnabled());
        w->runPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->click();
        auto *box = tdtest::waitModal<QMessageBox>("rollbackConfirm");
        QVERIFY(box);
        QVERIFY(box->text().contains(wsId));
        QVERIFY(!box->text().contains(QLatin1String("Delete profile")));
        QVERIFY(box->text().contains(QLatin1String("Kept")));
        box->findChild<QPushButton *>(QStringLiteral("rollbackYes"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_emu.state()->findWorkspace(wsId), 10000);
        QTRY_VERIFY(m_registry->find(connId(), QStringLiteral("C500")).customerId.isEmpty());
        QCOMPARE(m_emu.state()->workspaces().size(), workspacesBefore - 1);
        QCOMPARE(m_emu.state()->profiles().size(), profilesBefore);
        QVERIFY(m_emu.state()->findProfile(existing.id));
        // The rollback ran as a job of its own; the page forgets the onboarding it undid.
        const JobInfo rollback = engine()->job(w->runPage()->rollbackJobId());
        QCOMPARE(rollback.type, QStringLiteral("onboard-rollback"));
        QTRY_COMPARE(engine()->job(rollback.id).state, JobState::Completed);
        QVERIFY(w->runPage()->jobId().isEmpty());
    }

    void rollbackOfCreatedProfileAndWorkspace()
    {
        OnboardingWizard *w = newWizard();
        QVERIFY(fillAndStart(w, QStringLiteral("C600"), QStringLiteral("Tailspin")));
        QVERIFY(waitRunEnd(w));
        QVERIFY(isDone(w));
        const QString profileId = out(w, "profile", "profileId");
        const QString wsId = out(w, "workspace", "workspaceId");
        w->runPage()->askRollback();
        auto *box = tdtest::waitModal<QMessageBox>("rollbackConfirm");
        QVERIFY(box);
        QVERIFY(box->text().contains(profileId));
        QVERIFY(box->text().contains(wsId));
        box->findChild<QPushButton *>(QStringLiteral("rollbackYes"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_emu.state()->findProfile(profileId), 10000);
        QVERIFY(!m_emu.state()->findWorkspace(wsId));
    }
    void contentParametersCredentialsRefreshEmbed()
    {
        QVERIFY(QFile::exists(samplePbix()));
        const QString secret = QStringLiteral("S3cret-pw-7781!");
        OnboardingWizard *w = newWizard();
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("C700"));
        w->customerPage()->displayNameEdit()->setText(QStringLiteral("Wide World"));
        while (w->currentId() != OnboardingWizard::ContentPage)
            w->next();
        w->contentPage()->addFiles({samplePbix()});
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ParametersPage));
        w->parametersPage()->reviewCheck()->setChecked(false); // values known in advance, applied directly
        w->parametersPage()->setValue(QStringLiteral("Server"), QStringLiteral("sql-c700.example"));
        w->parametersPage()->setValue(QStringLiteral("Database"), QStringLiteral("C700"));
        w->next();
        OnboardingCredentialsPage *cred = w->credentialsPage();
        QVERIFY(cred->credentialsCheck()->isEnabled());
        QCOMPARE(cred->secretEdit()->echoMode(), QLineEdit::Password);
        cred->refreshCheck()->setChecked(true); // no credentials yet: the refresh fails
        cred->embedCheck()->setChecked(true);
        m_emu.clearRequestLog();
        w->next();
        QCOMPARE(w->currentId(), int(OnboardingWizard::RunPage));
        QVERIFY(waitRunEnd(w));
        QCOMPARE(failedStep(w), QStringLiteral("refresh"));
        QVERIFY2(w->runPage()
                     ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QLatin1String("CredentialsNotSpecified")),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(step(w, QStringLiteral("import")).state, StepState::Done);
        QCOMPARE(step(w, QStringLiteral("parameters")).state, StepState::Done);
        QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/imports")), 1);

        // Back to the credentials, fill them in, Next: the run resumes without importing again.
        w->back();
        QCOMPARE(w->currentId(), int(OnboardingWizard::CredentialsPage));
        cred->credentialsCheck()->setChecked(true);
        cred->typeCombo()->setCurrentIndex(
            cred->typeCombo()->findData(int(DatasourceCredentials::Type::Basic)));
        cred->usernameEdit()->setText(QStringLiteral("c700reader"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // Basic needs the password
        cred->secretEdit()->setText(secret);
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QVERIFY(waitRunEnd(w, 20000));
        QVERIFY2(isDone(w),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/imports")), 1);
        const QJsonObject import = step(w, QStringLiteral("import")).output;
        QCOMPARE(import.value(QStringLiteral("imports")).toArray().size(), 1);
        const QString datasetId = import.value(QStringLiteral("datasetId")).toString();
        const QString reportId = import.value(QStringLiteral("reportId")).toString();
        const emu::Dataset *ds = dataset(out(w, "workspace", "workspaceId"), datasetId);
        QVERIFY(ds);
        for (const emu::ModelParameter &p : ds->parameters) {
            if (p.name == QLatin1String("Server"))
                QCOMPARE(p.currentValue, QStringLiteral("sql-c700.example"));
            if (p.name == QLatin1String("Database"))
                QCOMPARE(p.currentValue, QStringLiteral("C700"));
        }
        QVERIFY(!ds->datasources.isEmpty());
        for (const emu::ModelDatasource &d : ds->datasources)
            QVERIFY(d.hasCredentials());
        QVERIFY(!ds->refreshes.isEmpty());
        QCOMPARE(ds->refreshes.first().status, QStringLiteral("Completed"));
        const JobStepInfo embed = step(w, QStringLiteral("embedcheck"));
        QCOMPARE(embed.state, StepState::Done);
        QVERIFY(!embed.output.value(QStringLiteral("expiration")).toString().isEmpty());
        QVERIFY(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(reportId));

        // The secret went to the service only: not in the registry, the audit log, the job journal or the
        // settings.
        w->button(QWizard::FinishButton)->click();
        for (const QString &file : {QStringLiteral("customers.sqlite"), QStringLiteral("audit.sqlite"),
                                    QStringLiteral("jobs.sqlite"), QStringLiteral("jobs.sqlite-wal")}) {
            QFile f(m_dir.filePath(file));
            if (!f.exists())
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
        for (const AuditEntry &e : m_audit->latest(50))
            QVERIFY(!e.details.contains(secret) && !e.error.contains(secret));
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C700")).status, QStringLiteral("active"));
    }

    void unknownParameterFailsWithTheModelsNames()
    {
        OnboardingWizard *w = newWizard();
        w->customerPage()->customerIdEdit()->setText(QStringLiteral("C800"));
        w->customerPage()->displayNameEdit()->setText(QStringLiteral("Proseware"));
        while (w->currentId() != OnboardingWizard::ContentPage)
            w->next();
        w->contentPage()->addFiles({samplePbix()});
        w->next();
        w->parametersPage()->reviewCheck()->setChecked(false);
        w->parametersPage()->setValue(QStringLiteral("Sever"), QStringLiteral("typo"));
        w->next();
        w->next();
        QVERIFY(waitRunEnd(w));
        QCOMPARE(failedStep(w), QStringLiteral("parameters"));
        QVERIFY2(w->runPage()
                     ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QLatin1String("Server")),
                 qPrintable(w->runPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
    }
    void mainWindowActionOpensTheWizard()
    {
        MainWindow window(nullptr, nullptr, &m_nam);
        auto *action = window.findChild<QAction *>(QStringLiteral("onboardCustomerAction"));
        QVERIFY(action);
        window.openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        window.setCustomerRegistry(m_registry.get());
        action->trigger();
        auto *wizard = window.findChild<OnboardingWizard *>(QStringLiteral("onboardingWizard"));
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->isModal());
        wizard->customerPage()->customerIdEdit()->setText(QStringLiteral("C100")); // taken (first test)
        wizard->customerPage()->displayNameEdit()->setText(QStringLiteral("Contoso again"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::CustomerPage));
        wizard->close();
    }
};

QTEST_MAIN(TstOnboarding)
#include "tst_onboarding.moc"
