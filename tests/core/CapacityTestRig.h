#pragma once
// Capacity assignment tests: the demo emulator, a session with short retry pauses, a journal and a
// JobEngine with the "assign-capacity" type, plus the demo seed's ids by name.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "DemoSeed.h"
#include "EmulatorFixture.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "app/api/RequestScheduler.h"
#include "app/capacity/AssignCapacityJobType.h"
#include "app/capacity/CapacityPreflight.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"

struct CapacityTestRig
{
    EmulatorFixture emu;
    QTemporaryDir dir;
    std::unique_ptr<td::JobJournal> journal;
    std::unique_ptr<td::JobEngine> engine;

    static QString customer(int n)
    {
        return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
               emu::DemoSeed::customerNames().at(n - 1);
    }
    static QString profileOf(int n) { return emu::DemoSeed::id(QStringLiteral("profile:") + customer(n)); }
    static QString workspaceOf(int n)
    {
        return emu::DemoSeed::id(QStringLiteral("workspace:") + customer(n));
    }
    static QString workspaceNamed(const QString &name)
    {
        return emu::DemoSeed::id(QStringLiteral("workspace:") + name);
    }
    static QString cap(const char *name)
    {
        return emu::DemoSeed::id(QStringLiteral("capacity:") + QLatin1String(name));
    }

    bool start()
    {
        if (!emu.start() || !dir.isValid())
            return false;
        td::RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 200;
        emu.session->scheduler()->setRetryPolicy(fast);
        journal = std::make_unique<td::JobJournal>(dir.filePath(QStringLiteral("jobs.sqlite")));
        if (!journal->open())
            return false;
        newEngine();
        return true;
    }

    void newEngine(int concurrency = 4)
    {
        engine.reset();
        engine = std::make_unique<td::JobEngine>(journal.get());
        td::AssignCapacityJobType::registerWith(engine->types());
        engine->setSession(emu.connection().id, emu.session.get());
        engine->setMaxConcurrency(concurrency);
    }

    QString capacityOf(const QString &workspaceId) const
    {
        const emu::Workspace *w = emu.server->state()->workspaces().find(workspaceId);
        return w ? w->capacityId : QStringLiteral("<gone>");
    }

    // Runs a pre-flight to completion; error in *error.
    td::CapacityPlan preflight(const QVector<td::AssignTarget> &targets, const QString &capacityId,
                               td::ApiError *error = nullptr)
    {
        td::CapacityPreflight p(emu.session.get());
        p.setWorkspaces(targets);
        p.setTargetCapacityId(capacityId);
        QSignalSpy done(&p, &td::CapacityPreflight::finished);
        p.start();
        if (!done.wait(15000))
            qWarning("pre-flight did not finish");
        if (error && !done.isEmpty())
            *error = done.first().first().value<td::ApiError>();
        return p.plan();
    }

    static td::AssignTarget target(const QString &workspaceId, const QString &profileHint = {})
    {
        td::AssignTarget t;
        t.workspaceId = workspaceId;
        t.adminProfileId = profileHint;
        return t;
    }

    // Submits and waits for the job to end; returns the job id ("" on failure).
    QString run(const td::JobRequest &request, int timeoutMs = 15000)
    {
        QString error;
        QSignalSpy finished(engine.get(), &td::JobEngine::jobFinished);
        const QString id = engine->submit(request, &error);
        if (id.isEmpty()) {
            qWarning("submit failed: %s", qPrintable(error));
            return {};
        }
        if (!finished.wait(timeoutMs))
            qWarning("job %s did not finish", qPrintable(id));
        return id;
    }

    int writesSent() const
    {
        int n = 0;
        for (const emu::RequestRecord &r : emu.server->requestLog())
            n += r.method != QLatin1String("GET") && r.path.startsWith(QLatin1String("/v1.0/")) ? 1 : 0;
        return n;
    }
};
