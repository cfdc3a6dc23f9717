// Shared by the onboarding wizard tests: the in-process demo emulator, a session, a registry, an audit
// log and a job journal (with the window's JobCenter) in a temporary directory, and helpers that drive the
// wizard's pages and read its job.
#pragma once
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobtypes/KnownJobTypes.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"
#include "ui/onboarding/OnboardingCapacityPage.h"
#include "ui/onboarding/OnboardingChoicePage.h"
#include "ui/onboarding/OnboardingCustomerPage.h"
#include "ui/onboarding/OnboardingRunPage.h"
#include "ui/onboarding/OnboardingWizard.h"

using namespace td; // test code only

class OnboardingRig : public QObject
{
protected:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<td::ConnectionSession> m_session;
    std::unique_ptr<td::CustomerRegistry> m_registry;
    std::unique_ptr<td::AuditLog> m_audit;
    std::unique_ptr<td::JobJournal> m_journal;
    std::unique_ptr<td::JobCenter> m_center; // the window's, with its engine
    std::unique_ptr<td::OnboardingWizard> m_wizard;

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
        ctx.jobCenter = m_center.get();
        m_wizard = std::make_unique<OnboardingWizard>(ctx);
        m_wizard->runPage()->setPollInterval(50);
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

    // The wizard's job item ended (and its job with it), or waits for input.
    bool waitRunEnd(OnboardingWizard *w, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(
            [&] {
                const JobItemInfo i = w->runPage()->item();
                if (i.state == ItemState::NeedsInput)
                    return true;
                return !i.key.isEmpty() && isFinal(i.state) && !engine()->isActive(w->runPage()->jobId());
            },
            timeoutMs);
    }
    JobEngine *engine() const { return m_center->engine(); }
    static bool isDone(OnboardingWizard *w) { return w->runPage()->item().state == ItemState::Done; }
    static JobStepInfo step(OnboardingWizard *w, const QString &name)
    {
        for (const JobStepInfo &s : w->runPage()->steps()) {
            if (s.name == name)
                return s;
        }
        return {};
    }
    static QString out(OnboardingWizard *w, const char *step, const char *key)
    {
        return w->runPage()
            ->item()
            .result.value(QLatin1String(step))
            .toObject()
            .value(QLatin1String(key))
            .toString();
    }
    static QString failedStep(OnboardingWizard *w)
    {
        for (const JobStepInfo &s : w->runPage()->steps()) {
            if (s.state == StepState::Failed ||
                (s.state != StepState::Done && isFinal(w->runPage()->item().state)))
                return s.name;
        }
        return {};
    }

    // The app closes and starts again: a new JobCenter (and engine) over the same journal file.
    void restartJobs()
    {
        m_wizard.reset();
        m_center.reset();
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY2(m_journal->open(&error), qPrintable(error));
        m_center = std::make_unique<JobCenter>();
        m_center->setJournal(m_journal.get());
        QVERIFY(m_center->engine());
        registerKnownJobTypes(m_center->engine()->types(), m_registry.get());
        m_center->setSession(connId(), m_session.get());
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

    // initTestCase of every test class using the rig
    void initRig()
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
        m_session->setAuditLog(m_audit.get()); // as the window does: every write the session sends
        restartJobs();
    }

    void cleanupRig()
    {
        m_emu.setFaults(emu::FaultSettings{});
        m_wizard.reset();
    }
};
