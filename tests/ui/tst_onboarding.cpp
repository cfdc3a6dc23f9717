// The onboarding wizard (issue 4) against the in-process demo emulator: pages driven programmatically,
// the run's steps, idempotence, a failure mid-run resumed, rollback of exactly what was created.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
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
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "api/RequestScheduler.h"
#include "audit/AuditLog.h"
#include "onboarding/OnboardingCapacityPage.h"
#include "onboarding/OnboardingChoicePage.h"
#include "onboarding/OnboardingContentPage.h"
#include "onboarding/OnboardingCredentialsPage.h"
#include "onboarding/OnboardingCustomerPage.h"
#include "onboarding/OnboardingParametersPage.h"
#include "onboarding/OnboardingRun.h"
#include "onboarding/OnboardingRunPage.h"
#include "onboarding/OnboardingWizard.h"
#include "registry/CustomerRegistry.h"
#include "session/ConnectionSession.h"

using namespace td;
using Step = OnboardingRun::Step;
using State = OnboardingRun::State;

class TstOnboarding : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<CustomerRegistry> m_registry;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OnboardingWizard> m_wizard;

    QString connId() const { return m_session->connection().id; }
    QString spClientId() const { return m_emu.primaryServicePrincipal().clientId; }

    int profilesNamed(const QString &name) const
    {
        int n = 0;
        for (const emu::Profile &p : m_emu.state()->profiles().items())
            n += p.displayName == name ? 1 : 0;
        return n;
    }
    int workspacesNamed(const QString &name) const
    {
        int n = 0;
        for (const emu::Workspace &w : m_emu.state()->workspaces().items())
            n += w.name == name ? 1 : 0;
        return n;
    }
    QString adminRightOf(const QString &workspaceId, const QString &profileId) const
    {
        const emu::Workspace *w = m_emu.state()->findWorkspace(workspaceId);
        if (!w)
            return QStringLiteral("<no workspace>");
        for (const emu::Member &m : w->members) {
            if (m.profileId.compare(profileId, Qt::CaseInsensitive) == 0)
                return m.accessRight;
        }
        return QStringLiteral("<not a member>");
    }

    OnboardingWizard *newWizard()
    {
        OnboardingContext ctx;
        ctx.session = m_session.get();
        ctx.registry = m_registry.get();
        ctx.audit = m_audit.get();
        m_wizard = std::make_unique<OnboardingWizard>(ctx);
        m_wizard->run()->setPollInterval(50);
        m_wizard->show();
        return m_wizard.get();
    }

    // Fills page 1 and goes Next through the option pages (defaults: create profile and workspace, no
    // capacity, no content) to the run page; returns false when a page refused Next.
    bool fillAndStart(OnboardingWizard *w, const QString &id, const QString &name,
                      const QString &capacityId = {})
    {
        w->customerPage()->customerIdEdit()->setText(id);
        w->customerPage()->displayNameEdit()->setText(name);
        w->next();
        if (w->currentId() != OnboardingWizard::ProfilePage)
            return false;
        w->next();
        w->next();
        if (w->currentId() != OnboardingWizard::CapacityPage)
            return false;
        if (!capacityId.isEmpty()) {
            if (!QTest::qWaitFor([&] { return w->capacityPage()->capacityTree()->topLevelItemCount() > 0; },
                                 10000))
                return false;
            w->capacityPage()->assignCheck()->setChecked(true);
            if (!w->capacityPage()->selectCapacity(capacityId))
                return false;
        }
        while (w->currentId() != OnboardingWizard::RunPage) {
            const int before = w->currentId();
            w->next();
            if (w->currentId() == before)
                return false;
        }
        return true;
    }

    bool waitRunEnd(OnboardingWizard *w, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return !w->run()->isRunning(); }, timeoutMs);
    }

    QString activeCapacity() const
    {
        for (const emu::Capacity &c : m_emu.state()->capacities().items()) {
            if (c.state == QLatin1String("Active"))
                return c.id;
        }
        return {};
    }

    const emu::Dataset *dataset(const QString &workspaceId, const QString &datasetId) const
    {
        const emu::Workspace *w = m_emu.state()->findWorkspace(workspaceId);
        if (!w)
            return nullptr;
        for (const emu::Dataset &d : w->datasets) {
            if (d.id.compare(datasetId, Qt::CaseInsensitive) == 0)
                return &d;
        }
        return nullptr;
    }
    int countRequests(const QString &method, const QString &pathPart) const
    {
        int n = 0;
        for (const emu::RequestRecord &r : m_emu.requestLog())
            n += r.method == method && r.path.contains(pathPart) ? 1 : 0;
        return n;
    }
    static QString samplePbix()
    {
        return QStringLiteral(TD_TEST_DATA_DIR "/../../resources/demo/sample-report.pbix");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
        m_session = std::make_unique<ConnectionSession>(tdtest::demoConnection(m_emu),
                                                        m_emu.primaryServicePrincipal().clientSecret, &m_nam);
        RetryPolicy fast;
        fast.maxAttempts = 1; // an injected 500 fails the step at once
        m_session->scheduler()->setRetryPolicy(fast);
        m_registry = std::make_unique<CustomerRegistry>(m_dir.filePath(QStringLiteral("customers.sqlite")));
        QVERIFY(m_registry->open(&error));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(m_audit->open(&error));
    }

    void cleanup()
    {
        m_emu.setFaults(emu::FaultSettings{});
        m_wizard.reset();
    }

    void onboardsProfileWorkspaceCapacity()
    {
        const QString capacity = activeCapacity();
        QVERIFY(!capacity.isEmpty());
        OnboardingWizard *w = newWizard();
        const int auditBefore = m_audit->count();
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
        QVERIFY2(w->run()->isComplete(), qPrintable(w->runPage()->statusText()));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w->run()->status(Step::Import).state, State::Skipped);
        QCOMPARE(w->run()->status(Step::Capacity).state, State::Done);
        QCOMPARE(w->runPage()->progressBar()->value(), OnboardingRun::StepCount);

        const Customer c = m_registry->find(connId(), QStringLiteral("C100"));
        QCOMPARE(c.status, QStringLiteral("active"));
        QCOMPARE(c.profileId, w->run()->profileId());
        QCOMPARE(c.workspaceIds, QStringList{w->run()->workspaceId()});
        QCOMPARE(c.capacityId, capacity);
        QCOMPARE(m_emu.state()->findProfile(c.profileId)->displayName, QStringLiteral("Contoso (C100)"));
        QCOMPARE(m_emu.state()->findWorkspace(c.workspaceIds.first())->name,
                 QStringLiteral("C100 \u2013 Contoso"));
        QCOMPARE(adminRightOf(c.workspaceIds.first(), c.profileId), QStringLiteral("Admin"));
        QCOMPARE(m_emu.state()->findWorkspace(c.workspaceIds.first())->capacityId.toLower(),
                 capacity.toLower());
        // createProfile, createGroup, assignToCapacity, onboardCustomer
        QCOMPARE(m_audit->count() - auditBefore, 4);
        QVERIFY(w->runPage()->statusText().contains(c.profileId));
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
            QVERIFY(fillAndStart(w, QStringLiteral("C200"), QStringLiteral("Fabrikam")));
            QVERIFY(waitRunEnd(w));
            QVERIFY2(w->run()->isComplete(), qPrintable(w->runPage()->statusText()));
            QCOMPARE(w->run()->createdProfile(), round == 0);
            QCOMPARE(w->run()->createdWorkspace(), round == 0);
            QCOMPARE(profilesNamed(name), 1);
            QCOMPARE(workspacesNamed(name), 1);
        }
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C200")).status, QStringLiteral("active"));
    }

    void failureMidRunResumes()
    {
        OnboardingWizard *w = newWizard();
        // After the profile step is done, every request fails (500, no retries): the workspace step fails.
        connect(w->run(), &OnboardingRun::stepChanged, this, [this, w](int step) {
            if (step == int(Step::Profile) && w->run()->status(Step::Profile).state == State::Done) {
                emu::FaultSettings f;
                f.serverErrorShare = 1.0;
                m_emu.setFaults(f);
            }
        });
        QVERIFY(fillAndStart(w, QStringLiteral("C300"), QStringLiteral("Northwind")));
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->run()->failedStep(), int(Step::Workspace));
        QCOMPARE(w->run()->status(Step::Profile).state, State::Done);
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(w->runPage()->resumeButton()->isEnabled());
        QVERIFY2(w->runPage()->statusText().contains(OnboardingRun::stepTitle(Step::Workspace)),
                 qPrintable(w->runPage()->statusText()));
        QCOMPARE(w->runPage()->stepTree()->topLevelItem(int(Step::Workspace))->text(1),
                 OnboardingRun::stateName(State::Failed));
        QCOMPARE(m_registry->find(connId(), QStringLiteral("C300")).status,
                 QStringLiteral("failed:workspace"));

        disconnect(w->run(), &OnboardingRun::stepChanged, this, nullptr);
        m_emu.setFaults(emu::FaultSettings{});
        m_emu.clearRequestLog();
        w->runPage()->resumeButton()->click();
        QVERIFY(waitRunEnd(w));
        QVERIFY2(w->run()->isComplete(), qPrintable(w->runPage()->statusText()));
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
        QTRY_VERIFY(w->runPage()->cancelButton()->isEnabled());
        w->runPage()->cancelButton()->click();
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->run()->failedStep(), int(Step::Profile));
        QVERIFY2(w->run()->status(Step::Profile).message.contains(QLatin1String("cancelled")),
                 qPrintable(w->run()->status(Step::Profile).message));
        m_emu.setFaults(emu::FaultSettings{});
        w->runPage()->resume();
        QVERIFY(waitRunEnd(w));
        QVERIFY(w->run()->isComplete());
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
        QVERIFY2(w->run()->isComplete(), qPrintable(w->runPage()->statusText()));
        const QString wsId = w->run()->workspaceId();
        QVERIFY(m_emu.state()->findWorkspace(wsId));
        QCOMPARE(adminRightOf(wsId, existing.id), QStringLiteral("Admin"));
        const int profilesBefore = m_emu.state()->profiles().size();
        const int workspacesBefore = m_emu.state()->workspaces().size();

        QVERIFY(w->runPage()->rollbackButton()->isEnabled());
        w->runPage()->rollbackButton()->click();
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
        QTRY_COMPARE(w->run()->status(Step::Profile).state, State::Pending);
    }

    void rollbackOfCreatedProfileAndWorkspace()
    {
        OnboardingWizard *w = newWizard();
        QVERIFY(fillAndStart(w, QStringLiteral("C600"), QStringLiteral("Tailspin")));
        QVERIFY(waitRunEnd(w));
        QVERIFY(w->run()->isComplete());
        const QString profileId = w->run()->profileId();
        const QString wsId = w->run()->workspaceId();
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
        QCOMPARE(w->run()->failedStep(), int(Step::Refresh));
        QVERIFY2(w->runPage()->statusText().contains(QLatin1String("CredentialsNotSpecified")),
                 qPrintable(w->runPage()->statusText()));
        QCOMPARE(w->run()->status(Step::Import).state, State::Done);
        QCOMPARE(w->run()->status(Step::Parameters).state, State::Done);
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
        QVERIFY2(w->run()->isComplete(), qPrintable(w->runPage()->statusText()));
        QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/imports")), 1);
        QCOMPARE(w->run()->imports().size(), 1);
        const OnboardingImport imp = w->run()->imports().first();
        const emu::Dataset *ds = dataset(w->run()->workspaceId(), imp.datasetId);
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
        const OnboardingRun::StepStatus embed = w->run()->status(Step::EmbedCheck);
        QCOMPARE(embed.state, State::Done);
        QVERIFY(!embed.output.value(QStringLiteral("expiration")).toString().isEmpty());
        QVERIFY(w->runPage()->statusText().contains(imp.reportId));

        // The secret went to the service only: not in the registry, the audit log or the settings.
        w->button(QWizard::FinishButton)->click();
        for (const QString &file : {QStringLiteral("customers.sqlite"), QStringLiteral("audit.sqlite")}) {
            QFile f(m_dir.filePath(file));
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
        w->parametersPage()->setValue(QStringLiteral("Sever"), QStringLiteral("typo"));
        w->next();
        w->next();
        QVERIFY(waitRunEnd(w));
        QCOMPARE(w->run()->failedStep(), int(Step::Parameters));
        QVERIFY2(w->runPage()->statusText().contains(QLatin1String("Server")),
                 qPrintable(w->runPage()->statusText()));
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
